package org.stratadb.commons.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stratadb.commons.error.StatusCode;

class PartialPathTest {

  @Test
  void parsesPlainNodes() {
    PartialPath path = PartialPath.parse("root.sg.d1.s1");
    assertEquals(List.of("root", "sg", "d1", "s1"), path.nodes());
    assertEquals(4, path.length());
    assertEquals("s1", path.lastNode());
    assertEquals("sg", path.node(1));
    assertEquals("root.sg.d1.s1", path.toString());
  }

  @Test
  void parsesQuotedNodesAndQuotesThemBack() {
    PartialPath path = PartialPath.parse("root.sg.`a.b`.`x``y`.`with space`");
    assertEquals(List.of("root", "sg", "a.b", "x`y", "with space"), path.nodes());
    assertEquals("root.sg.`a.b`.`x``y`.`with space`", path.toString());
    assertEquals(path, PartialPath.parse(path.toString()));
  }

  @Test
  void quotingAPlainNodeIsTheSameNode() {
    assertEquals(PartialPath.parse("root.sg.d1"), PartialPath.parse("root.`sg`.d1"));
    assertEquals("root.sg.d1", PartialPath.parse("root.`sg`.d1").toString());
  }

  @Test
  void acceptsThePlainCharacterSet() {
    PartialPath path = PartialPath.parse("root.a_b.c:d.e@f.g#h.i$j.{k}.温度.123");
    assertEquals(
        List.of("root", "a_b", "c:d", "e@f", "g#h", "i$j", "{k}", "温度", "123"), path.nodes());
    assertEquals("root.a_b.c:d.e@f.g#h.i$j.{k}.温度.123", path.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        ".",
        "root.",
        ".root",
        "root..sg",
        "root.sg d",
        "root.sg\td",
        "root.s-g",
        "root.s/g",
        "root.`unclosed",
        "root.``",
        "root.`a`b",
        "root.a`b`",
        "root.`a`.`",
        "root.`a*`",
        "root.`*`",
        "root.s(1)"
      })
  void rejectsIllegalPaths(String text) {
    IllegalPathException e =
        assertThrows(IllegalPathException.class, () -> PartialPath.parse(text));
    assertEquals(StatusCode.ILLEGAL_PATH, e.statusCode());
    assertTrue(e.getMessage().startsWith(text + " is not a legal path, because "), e.getMessage());
  }

  @Test
  void rejectsNull() {
    assertThrows(IllegalPathException.class, () -> PartialPath.parse(null));
  }

  @Test
  void parseFullNeedsRoot() {
    assertEquals("root.sg", PartialPath.parseFull("root.sg").toString());
    IllegalPathException e =
        assertThrows(IllegalPathException.class, () -> PartialPath.parseFull("sg.d1"));
    assertEquals("sg.d1 is not a legal path, because a full path starts with root", e.getMessage());
  }

  @Test
  void suffixPathsNeedNoRoot() {
    assertEquals(List.of("d1", "s1"), PartialPath.parse("d1.s1").nodes());
    assertEquals(List.of("s1"), PartialPath.parse("s1").nodes());
  }

  @Test
  void ofChecksNodesAndCopiesTheArray() {
    String[] nodes = {"root", "sg", "a.b"};
    PartialPath path = PartialPath.of(nodes);
    nodes[1] = "changed";
    assertEquals("root.sg.`a.b`", path.toString());
    assertThrows(IllegalPathException.class, PartialPath::of);
    assertThrows(IllegalPathException.class, () -> PartialPath.of("root", ""));
    assertThrows(IllegalPathException.class, () -> PartialPath.of("root", null));
  }

  @Test
  void parentChildConcatPrefix() {
    PartialPath path = PartialPath.parse("root.sg.d1.s1");
    assertEquals(PartialPath.parse("root.sg.d1"), path.parent());
    assertEquals(path, path.parent().child("s1"));
    assertEquals(path, PartialPath.parse("root.sg").concat(PartialPath.parse("d1.s1")));
    assertEquals(PartialPath.parse("root.sg"), path.prefix(2));
    assertEquals(path, path.prefix(4));
    assertThrows(IllegalArgumentException.class, () -> path.prefix(0));
    assertThrows(IllegalArgumentException.class, () -> path.prefix(5));
    assertThrows(IllegalPathException.class, () -> PartialPath.parse("root").parent());
    assertThrows(IllegalPathException.class, () -> path.child(""));
    assertEquals("root.sg.d1.s1.`x.y`", path.child("x.y").toString());
  }

  @Test
  void wildcards() {
    assertFalse(PartialPath.parse("root.sg.d1").hasWildcard());
    assertTrue(PartialPath.parse("root.*.d1").hasWildcard());
    assertTrue(PartialPath.parse("root.**").hasWildcard());
    assertTrue(PartialPath.parse("root.sg.s*").hasWildcard());
    assertEquals("root.sg.s*", PartialPath.parse("root.sg.s*").toString());
  }

  @Test
  void prefixOf() {
    PartialPath sg = PartialPath.parse("root.sg");
    assertTrue(sg.isPrefixOf(PartialPath.parse("root.sg.d1")));
    assertTrue(sg.isPrefixOf(sg));
    assertFalse(sg.isPrefixOf(PartialPath.parse("root.sg2.d1")));
    assertFalse(sg.isPrefixOf(PartialPath.parse("root")));
  }

  @Test
  void equalityHashAndOrder() {
    PartialPath a = PartialPath.parse("root.sg.a");
    assertEquals(a, PartialPath.of("root", "sg", "a"));
    assertEquals(a.hashCode(), PartialPath.of("root", "sg", "a").hashCode());
    assertNotEquals(a, PartialPath.parse("root.sg.b"));
    assertNotEquals(a, "root.sg.a");
    // node-wise order: a shorter path sorts before its extensions, "a.b" node after "a"
    List<PartialPath> paths =
        new ArrayList<>(
            List.of(
                PartialPath.parse("root.sg.b"),
                PartialPath.parse("root.sg.a.x"),
                PartialPath.parse("root.sg.`a.b`"),
                PartialPath.parse("root.sg.a")));
    Collections.sort(paths);
    assertEquals(
        List.of("root.sg.a", "root.sg.a.x", "root.sg.`a.b`", "root.sg.b"),
        paths.stream().map(PartialPath::toString).toList());
  }

  @Test
  void mutableNodesAreACopy() {
    PartialPath path = PartialPath.parse("root.sg");
    List<String> nodes = path.toMutableNodes();
    nodes.add("d1");
    assertEquals(2, path.length());
    assertThrows(UnsupportedOperationException.class, () -> path.nodes().add("x"));
  }

  @Test
  void randomNodesRoundTripThroughText() {
    long seed = System.nanoTime();
    System.out.println("PartialPathTest.randomNodesRoundTripThroughText seed=" + seed);
    Random random = new Random(seed);
    String alphabet = "abcXYZ019_:@#${}.` -温";
    for (int round = 0; round < 2000; round++) {
      String[] nodes = new String[1 + random.nextInt(6)];
      for (int i = 0; i < nodes.length; i++) {
        StringBuilder node = new StringBuilder();
        int len = 1 + random.nextInt(5);
        for (int k = 0; k < len; k++) {
          node.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        nodes[i] = node.toString();
      }
      PartialPath path = PartialPath.of(nodes);
      PartialPath again = PartialPath.parse(path.toString());
      assertEquals(path, again, "seed=" + seed + " text=" + path);
      assertEquals(path.toString(), again.toString(), "seed=" + seed);
    }
  }
}
