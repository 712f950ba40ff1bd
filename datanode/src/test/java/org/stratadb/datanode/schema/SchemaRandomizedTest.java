package org.stratadb.datanode.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.stratadb.datanode.schema.SchemaFixtures.path;
import static org.stratadb.datanode.schema.SchemaFixtures.pattern;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.tsfile.enums.TSDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.commons.path.PathPattern;

/**
 * Random creations, writes and deletions checked against a plain map of series, with crash copies
 * recovered along the way. Prints its seed; set {@code -Dschema.seed=} to replay one.
 */
class SchemaRandomizedTest {
  private static final String[] NODES = {"a", "b", "c", "d"};
  private static final TSDataType[] TYPES = {
    TSDataType.INT32, TSDataType.INT64, TSDataType.DOUBLE, TSDataType.TEXT, TSDataType.BOOLEAN
  };

  @TempDir Path dir;

  /** What the model knows of a series. */
  record Known(TSDataType type, boolean aligned) {}

  private final TreeMap<PartialPath, Known> model = new TreeMap<>();
  private Random random;
  private long seed;

  @Test
  void randomOperationsAgreeWithAModel() throws IOException {
    seed = Long.getLong("schema.seed", System.nanoTime());
    System.out.println("SchemaRandomizedTest seed=" + seed);
    random = new Random(seed);
    SchemaSettings settings =
        SchemaSettings.builder()
            .snapshotEveryRecords(1 + random.nextInt(40))
            .syncLog(false)
            .build();
    SchemaEngine engine = SchemaEngine.open(dir.resolve("live"), settings);
    SchemaRegion region = engine.createRegion(1, path("root.sg"));
    int crashes = 0;
    int steps = Integer.getInteger("schema.steps", 600);
    for (int step = 0; step < steps; step++) {
      int op = random.nextInt(10);
      if (op < 4) {
        createOne(region);
      } else if (op < 6) {
        createAligned(region);
      } else if (op < 8) {
        write(region);
      } else {
        delete(region);
      }
      check(region, step);
      if (random.nextInt(100) == 0) {
        Path copy = dir.resolve("crash-" + crashes++);
        SchemaPersistenceTest.crashCopy(dir.resolve("live"), copy);
        try (SchemaEngine recovered = SchemaEngine.open(copy, settings)) {
          assertEquals(
              SchemaPersistenceTest.dump(region),
              SchemaPersistenceTest.dump(recovered.region(1).orElseThrow()),
              "seed=" + seed + " step=" + step);
        }
      }
    }
    List<String> last = SchemaPersistenceTest.dump(region);
    engine.close();
    try (SchemaEngine reopened = SchemaEngine.open(dir.resolve("live"), settings)) {
      assertEquals(
          last, SchemaPersistenceTest.dump(reopened.region(1).orElseThrow()), "seed=" + seed);
    }
  }

  private PartialPath randomDevice() {
    int depth = 1 + random.nextInt(3);
    List<String> nodes = new ArrayList<>(List.of("root", "sg"));
    for (int i = 0; i < depth; i++) {
      nodes.add(NODES[random.nextInt(NODES.length)]);
    }
    return PartialPath.of(nodes.toArray(String[]::new));
  }

  private String randomName() {
    return NODES[random.nextInt(NODES.length)];
  }

  private TSDataType randomType() {
    return TYPES[random.nextInt(TYPES.length)];
  }

  /** Whether the model says a series lies on {@code path} or below it. */
  private boolean seriesAtOrBelow(PartialPath path) {
    PartialPath next = model.ceilingKey(path);
    return next != null && path.isPrefixOf(next);
  }

  private boolean seriesAbove(PartialPath path) {
    for (int i = 3; i < path.length(); i++) {
      if (model.containsKey(path.prefix(i))) {
        return true;
      }
    }
    return false;
  }

  private Boolean deviceAlignment(PartialPath device) {
    for (Map.Entry<PartialPath, Known> e : model.tailMap(device, false).entrySet()) {
      if (!device.isPrefixOf(e.getKey())) {
        break;
      }
      if (e.getKey().length() == device.length() + 1) {
        return e.getValue().aligned();
      }
    }
    return null;
  }

  private void createOne(SchemaRegion region) {
    PartialPath device = randomDevice();
    String name = randomName();
    TSDataType type = randomType();
    PartialPath series = device.child(name);
    StatusCode expected = expectedCreateError(device, series);
    if (expected == null && Boolean.TRUE.equals(deviceAlignment(device))) {
      expected = StatusCode.ALIGNED_TIMESERIES_ERROR;
    }
    attempt(expected, () -> region.createTimeseries(device, MeasurementSpec.of(name, type)));
    if (expected == null) {
      model.put(series, new Known(type, false));
    }
  }

  private StatusCode expectedCreateError(PartialPath device, PartialPath series) {
    if (seriesAbove(series)) {
      return StatusCode.PATH_ALREADY_EXIST;
    }
    if (model.containsKey(series)) {
      return StatusCode.TIMESERIES_ALREADY_EXIST;
    }
    if (seriesAtOrBelow(series)) {
      return StatusCode.PATH_ALREADY_EXIST;
    }
    return null;
  }

  private void createAligned(SchemaRegion region) {
    PartialPath device = randomDevice();
    String first = randomName();
    String second = randomName();
    List<MeasurementSpec> specs = new ArrayList<>();
    specs.add(MeasurementSpec.of(first, randomType()));
    if (!second.equals(first)) {
      specs.add(MeasurementSpec.of(second, randomType()));
    }
    StatusCode expected = null;
    for (MeasurementSpec spec : specs) {
      StatusCode e = expectedCreateError(device, device.child(spec.name()));
      expected = expected == null ? e : expected;
    }
    if (expected == null && Boolean.FALSE.equals(deviceAlignment(device))) {
      expected = StatusCode.ALIGNED_TIMESERIES_ERROR;
    }
    // the first problem found may differ in kind between two measurements; compare success only
    StatusCode want = expected;
    boolean ok = attempt(want, () -> region.createAlignedTimeseries(device, specs), want != null);
    if (ok) {
      for (MeasurementSpec spec : specs) {
        model.put(device.child(spec.name()), new Known(spec.type(), true));
      }
    }
  }

  private void write(SchemaRegion region) {
    PartialPath device = randomDevice();
    boolean aligned = random.nextBoolean();
    String[] names = {randomName(), randomName()};
    TSDataType[] types = {randomType(), randomType()};
    WriteColumns out = new WriteColumns();
    Boolean current = deviceAlignment(device);
    boolean creates = false;
    for (String name : names) {
      creates |= !model.containsKey(device.child(name));
    }
    try {
      region.resolveWrite(device.toString(), aligned, names, types, true, out);
    } catch (StrataException e) {
      boolean allowed =
          (e.statusCode() == StatusCode.ALIGNED_TIMESERIES_ERROR
                  && creates
                  && current != null
                  && current != aligned)
              || (e.statusCode() == StatusCode.PATH_ALREADY_EXIST
                  && seriesAbove(device.child("x")));
      if (!allowed) {
        fail("seed=" + seed + " unexpected " + e);
      }
      return;
    }
    boolean deviceAligned = current != null ? current : aligned;
    for (int i = 0; i < names.length; i++) {
      PartialPath series = device.child(names[i]);
      Known known = model.get(series);
      if (known != null) {
        assertEquals(known.type() == types[i], out.column(i) != null, "seed=" + seed);
      } else if (out.column(i) != null) {
        assertEquals(types[i], out.column(i).type(), "seed=" + seed);
        model.put(series, new Known(types[i], deviceAligned));
      } else {
        assertEquals(
            StatusCode.PATH_ALREADY_EXIST,
            out.failure(i) == null ? null : out.failure(i).statusCode(),
            "seed="
                + seed
                + " "
                + device
                + java.util.Arrays.toString(names)
                + java.util.Arrays.toString(types)
                + " aligned="
                + aligned
                + " current="
                + current
                + " model="
                + model.keySet()
                + " i="
                + i
                + " col0="
                + out.column(0)
                + " f0="
                + out.failure(0));
      }
    }
  }

  private void delete(SchemaRegion region) {
    String[] shapes = {"root.sg.**.%s", "root.sg.%s.*", "root.sg.*.%s.**", "root.sg.%s"};
    String text = String.format(shapes[random.nextInt(shapes.length)], randomName());
    PathPattern p = pattern(text);
    List<SeriesSchema> deleted = region.deleteTimeseries(List.of(p));
    List<PartialPath> expected = model.keySet().stream().filter(p::matches).toList();
    assertEquals(
        expected,
        deleted.stream().map(SeriesSchema::path).sorted().toList(),
        "seed=" + seed + " " + text);
    expected.forEach(model::remove);
  }

  private boolean attempt(StatusCode expected, Runnable action) {
    return attempt(expected, action, false);
  }

  private boolean attempt(StatusCode expected, Runnable action, boolean anyError) {
    try {
      action.run();
    } catch (StrataException e) {
      if (expected == null || (!anyError && e.statusCode() != expected)) {
        fail("seed=" + seed + " expected " + expected + " got " + e);
      }
      return false;
    }
    if (expected != null) {
      fail("seed=" + seed + " expected " + expected + " but it succeeded");
    }
    return true;
  }

  private void check(SchemaRegion region, int step) {
    List<SeriesSchema> all = region.fetchSeries(pattern("root.**"));
    assertEquals(
        List.copyOf(model.keySet()),
        all.stream().map(SeriesSchema::path).toList(),
        "seed=" + seed + " step=" + step);
    for (SeriesSchema s : all) {
      Known known = model.get(s.path());
      assertEquals(known.type(), s.type(), "seed=" + seed + " " + s.path());
      assertEquals(known.aligned(), s.aligned(), "seed=" + seed + " " + s.path());
    }
    long devices = model.keySet().stream().map(PartialPath::parent).distinct().count();
    assertEquals(devices, region.countDevices(pattern("root.**")), "seed=" + seed);
  }
}
