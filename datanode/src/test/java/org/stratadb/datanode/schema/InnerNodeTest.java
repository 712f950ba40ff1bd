package org.stratadb.datanode.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.apache.tsfile.enums.TSDataType;
import org.junit.jupiter.api.Test;

class InnerNodeTest {
  private static MeasurementNode measurement(String name) {
    return MeasurementNode.of(
        MeasurementSpec.of(name, TSDataType.INT32).withDefaults(SchemaSettings.defaults()));
  }

  @Test
  void childrenStaySortedAcrossTheArrayAndMapForms() {
    long seed = System.nanoTime();
    System.out.println("InnerNodeTest seed=" + seed);
    Random random = new Random(seed);
    InnerNode node = new InnerNode("d");
    TreeMap<String, Node> model = new TreeMap<>();
    for (int step = 0; step < 5000; step++) {
      String name = "n" + random.nextInt(60);
      if (random.nextInt(3) == 0) {
        node.removeChild(name);
        model.remove(name);
      } else {
        Node child = random.nextBoolean() ? measurement(name) : new InnerNode(name);
        node.putChild(child);
        model.put(name, child);
      }
      assertEquals(model.size(), node.childCount(), "seed=" + seed);
      List<String> names = Arrays.stream(node.sortedChildren()).map(n -> n.name).toList();
      assertEquals(List.copyOf(model.keySet()), names, "seed=" + seed);
      long measurements = model.values().stream().filter(n -> n instanceof MeasurementNode).count();
      assertEquals(measurements, node.measurementCount(), "seed=" + seed);
      String probe = "n" + random.nextInt(60);
      assertSame(model.get(probe), node.child(probe), "seed=" + seed);
    }
  }

  @Test
  void aliases() {
    InnerNode node = new InnerNode("d");
    MeasurementNode s1 = measurement("s1");
    node.putChild(s1);
    node.putAlias("a1", s1);
    assertSame(s1, node.aliased("a1"));
    assertTrue(node.nameTaken("a1"));
    assertTrue(node.nameTaken("s1"));
    node.removeAlias("a1");
    assertNull(node.aliased("a1"));
    node.removeAlias("nothing");
  }

  @Test
  void deviceViewLooksUpEveryName() {
    InnerNode node = new InnerNode("d");
    for (int i = 0; i < 100; i++) {
      node.putChild(measurement("m" + i));
    }
    node.putChild(new InnerNode("inner"));
    node.setDeviceKind(InnerNode.ALIGNED);
    DeviceSchema view = DeviceSchema.of(SchemaFixtures.path("root.sg.d"), node);
    assertEquals(100, view.size());
    assertTrue(view.aligned());
    for (int i = 0; i < 100; i++) {
      assertEquals("m" + i, view.column(view.indexOf("m" + i)).measurement());
    }
    assertEquals(-1, view.indexOf("inner"));
    assertEquals(-1, view.indexOf("m100"));
    assertTrue(view.toString().startsWith("root.sg.d (aligned)"));
  }
}
