package org.stratadb.storage.tsfile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.tsfile.file.metadata.IDeviceID;
import org.junit.jupiter.api.Test;

class DeviceIdsTest {

  @Test
  void laysOutSegmentsAsTsFileDoesForTreePaths() {
    assertSegments("root", "root");
    assertSegments("root.sg", "root", "sg");
    assertSegments("root.sg.d1", "root.sg", "d1");
    assertSegments("root.sg.d1.x", "root.sg.d1", "x");
    assertSegments("root.a.b.c.d", "root.a.b", "c", "d");
  }

  @Test
  void keepsBackQuotedNodesWhole() {
    assertSegments("root.sg.`a.b`", "root.sg", "`a.b`");
    assertSegments("root.sg.`a``.b`.c", "root.sg.`a``.b`", "c");
  }

  @Test
  void keepsAMalformedPathAsOneSegment() {
    assertSegments("root.sg.`a", "root.sg.`a");
    assertSegments("root..a", "root..a");
    assertSegments("root.a.", "root.a.");
  }

  private static void assertSegments(String device, String... segments) {
    IDeviceID id = DeviceIds.of(device);
    assertArrayEquals(segments, id.getSegments());
    assertEquals(device, id.toString(), "the id prints as the path it came from");
  }
}
