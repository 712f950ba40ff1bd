package org.stratadb.storage.mods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathPatternTest {

  @ParameterizedTest(name = "{0} matches {1}.{2}: {3}")
  @CsvSource({
    "root.sg.d1.s1,     root.sg.d1,       s1, true",
    "root.sg.d1.s1,     root.sg.d1,       s2, false",
    "root.sg.d1.s1,     root.sg.d2,       s1, false",
    "root.sg.d1.s1,     root.sg.d1.x,     s1, false",
    "root.sg.*.s1,      root.sg.d1,       s1, true",
    "root.sg.*.s1,      root.sg.d1.x,     s1, false",
    "root.sg.*.s1,      root.sg,          s1, false",
    "root.sg.*.*,       root.sg.d9,       s7, true",
    "root.sg.**,        root.sg.d1,       s1, true",
    "root.sg.**,        root.sg.a.b.c,    s1, true",
    "root.sg.**,        root.sg,          s1, true",
    "root.sg.**,        root,             sg, false",
    "root.sg.**,        root.sgx.d1,      s1, false",
    "root.**.s1,        root.sg.d1,       s1, true",
    "root.**.s1,        root.a.b.c.d,     s1, true",
    "root.**.s1,        root,             s1, false",
    "root.**.s1,        root.sg.d1,       s2, false",
    "root.**.d1.**,     root.sg.d1,       s1, true",
    "root.**.d1.**,     root.sg.d1.x,     s1, true",
    "root.**.d1.**,     root.d1,          s1, false",
    "root.**.d1.**,     root.sg.d2,       s1, false",
    "root.**.**,        root.a,           b,  true",
    "root.**.**,        root,             b,  false",
    "root.sg.d*.s1,     root.sg.d12,      s1, true",
    "root.sg.d*.s1,     root.sg.e12,      s1, false",
    "root.sg.*1.s*,     root.sg.d1,       s99, true",
    "root.sg.`a.b`.s1,  root.sg.`a.b`,    s1, true",
    "root.sg.`a.b`.s1,  root.sg.a.b,      s1, false",
    "root.sg.`*`.s1,    root.sg.d1,       s1, false",
    "root.sg.`*`.s1,    root.sg.`*`,      s1, true",
  })
  void matchesSeries(String pattern, String device, String measurement, boolean expected) {
    assertEquals(expected, PathPattern.parse(pattern).matches(device, measurement));
  }

  @ParameterizedTest(name = "{0} may match a series of {1}: {2}")
  @CsvSource({
    "root.sg.d1.s1,  root.sg.d1,    true",
    "root.sg.d1.s1,  root.sg,       false",
    "root.sg.d1.s1,  root.sg.d1.s1, false",
    "root.sg.*.s1,   root.sg.dx,    true",
    "root.sg.**,     root.sg,       true",
    "root.sg.**,     root.sg.a.b,   true",
    "root.sg.**,     root.other,    false",
    "root.**.s1,     root.a.b.c,    true",
    "root.**.s1,     root,          false",
    "root.sg.d1.*,   root.sg.d1,    true",
    "root.sg.d1.*,   root.sg.d1.x,  false",
    "root.*.*.*,     root.sg,       false",
  })
  void mayMatchDevice(String pattern, String device, boolean expected) {
    assertEquals(expected, PathPattern.parse(pattern).mayMatchDevice(device));
  }

  @Test
  void devicePatternsForTtl() {
    assertTrue(PathPattern.parse("root.sg.**").matchesDevice("root.sg.d1"));
    assertTrue(PathPattern.parse("root.sg.d1").matchesDevice("root.sg.d1"));
    assertFalse(PathPattern.parse("root.sg.d1").matchesDevice("root.sg.d1.x"));
    assertFalse(PathPattern.parse("root.sg.**").matchesDevice("root.sg"));
  }

  @Test
  void parsing() {
    assertThrows(IllegalArgumentException.class, () -> PathPattern.parse("root..s1"));
    assertThrows(IllegalArgumentException.class, () -> PathPattern.parse("root.sg."));
    assertThrows(IllegalArgumentException.class, () -> PathPattern.parse("root.`sg"));
    assertTrue(PathPattern.parse("root.sg.d1.s1").isExact());
    assertFalse(PathPattern.parse("root.sg.*.s1").isExact());
    assertEquals(4, PathPattern.parse("root.sg.`a.b`.s1").nodeCount());
    assertEquals(PathPattern.parse("root.**"), PathPattern.parse("root.**"));
    assertEquals("root.sg.**", PathPattern.parse("root.sg.**").toString());
  }

  @Test
  void globsWithinANode() {
    assertTrue(PathPattern.globMatches("a*b*c", "aXXbYc"));
    assertTrue(PathPattern.globMatches("*", ""));
    assertFalse(PathPattern.globMatches("a*b", "ab c"));
    assertTrue(PathPattern.globMatches("**x", "yx"));
  }
}
