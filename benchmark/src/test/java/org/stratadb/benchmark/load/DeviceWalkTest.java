package org.stratadb.benchmark.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.stratadb.session.Tablet;

class DeviceWalkTest {
  private static final LoadOptions OPTIONS = LoadOptions.parse("sensors=3");

  @Test
  void timestampsContinueAcrossCallsAndRunsOfAnySize() {
    DeviceWalk walk = new DeviceWalk(7, 3, 1000, 10);
    Tablet small = WriteRun.newTablet(OPTIONS, 0, 4);
    Tablet big = WriteRun.newTablet(OPTIONS, 0, 6);
    walk.fill(small, 4);
    assertArrayEquals(new long[] {1000, 1010, 1020, 1030}, small.timestamps());
    walk.fill(big, 6);
    assertArrayEquals(new long[] {1040, 1050, 1060, 1070, 1080, 1090}, big.timestamps());
    assertEquals(6, big.getRowSize());
    assertEquals(10, walk.rows());
    assertEquals(1100, walk.nextTime());
  }

  @Test
  void valuesWalkByLessThanHalfAStepAndDependOnlyOnTheSeed() {
    DeviceWalk a = new DeviceWalk(42, 3, 0, 1);
    DeviceWalk b = new DeviceWalk(42, 3, 0, 1);
    double[] start = {a.value(0), a.value(1), a.value(2)};
    for (double v : start) {
      assertTrue(v >= 0 && v < 100, "start " + v);
    }
    Tablet ta = WriteRun.newTablet(OPTIONS, 0, 500);
    Tablet tb = WriteRun.newTablet(OPTIONS, 0, 500);
    a.fill(ta, 500);
    b.fill(tb, 500);
    for (int s = 0; s < 3; s++) {
      double[] col = ta.doubleColumn(s);
      assertArrayEquals(col, tb.doubleColumn(s));
      double previous = start[s];
      for (double v : col) {
        assertTrue(v - previous >= -0.5 && v - previous < 0.5, "step " + (v - previous));
        previous = v;
      }
      assertEquals(previous, a.value(s));
    }
    assertTrue(Arrays.stream(ta.doubleColumn(0)).distinct().count() > 400, "values move");
    DeviceWalk other = new DeviceWalk(43, 3, 0, 1);
    assertTrue(other.value(0) != a.value(0) || other.value(1) != a.value(1));
  }
}
