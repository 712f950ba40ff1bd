package org.stratadb.commons.path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathPatternTest {

  private static boolean matches(String pattern, String path) {
    return PathPattern.parse(pattern).matches(PartialPath.parse(path));
  }

  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @CsvSource({
    "root.sg.d1.s1, root.sg.d1.s1, true",
    "root.sg.d1.s1, root.sg.d1.s2, false",
    "root.sg.d1.s1, root.sg.d1, false",
    "root.sg.d1, root.sg.d1.s1, false",
    "root.sg.*.s1, root.sg.d1.s1, true",
    "root.sg.*.s1, root.sg.d1.x.s1, false",
    "root.sg.*, root.sg.d1, true",
    "root.sg.*, root.sg, false",
    "root.**, root.sg, true",
    "root.**, root.sg.d1.s1, true",
    "root.**, root, false",
    "root.sg.**, root.sg, false",
    "root.sg.**, root.sg.d1, true",
    "root.**.s1, root.sg.d1.s1, true",
    "root.**.s1, root.s1, false",
    "root.**.s1, root.x.s1, true",
    "root.**.s1, root.sg.d1.s2, false",
    "root.**.d1.**, root.sg.d1.s1, true",
    "root.**.d1.**, root.sg.d1, false",
    "root.**.d1.**, root.d1.d1.d1, true",
    "root.*.**, root.sg.d, true",
    "root.*.**, root.sg, false",
    "**, root, true",
    "**, root.a.b, true",
    "*, root, true",
    "*, root.a, false",
    "root.sg.s*, root.sg.s1, true",
    "root.sg.s*, root.sg.s, true",
    "root.sg.s*, root.sg.t1, false",
    "root.sg.*1, root.sg.s1, true",
    "root.sg.*1, root.sg.s12, false",
    "root.sg.s*1, root.sg.s1, true",
    "root.sg.s*1, root.sg.sxx1, true",
    "root.sg.s*1, root.sg.sxx2, false",
    "root.sg.*a*b*, root.sg.xaybz, true",
    "root.sg.*a*b*, root.sg.xbya, false",
    "root.**.s*, root.sg.d.s9, true",
    "root.sg.`a.b`, root.sg.`a.b`, true",
    "root.sg.*, root.sg.`a.b`, true",
  })
  void matchesLikeIotdb(String pattern, String path, boolean expected) {
    assertEquals(expected, matches(pattern, path));
  }

  @ParameterizedTest(name = "{0} below {1} = {2}")
  @CsvSource({
    "root.sg.d1.s1, root, true",
    "root.sg.d1.s1, root.sg, true",
    "root.sg.d1.s1, root.sg.d1.s1, true",
    "root.sg.d1.s1, root.sg.d1.s1.x, false",
    "root.sg.d1.s1, root.sg2, false",
    "root.*.d1, root.x, true",
    "root.*.d1, root.x.d2, false",
    "root.**.s1, root.a.b.c.d, true",
    "root.sg.**, root.other, false",
    "root.sg.**, root.sg, true",
  })
  void mayMatchBelow(String pattern, String prefix, boolean expected) {
    assertEquals(expected, PathPattern.parse(pattern).mayMatchBelow(PartialPath.parse(prefix)));
  }

  @Test
  void steppingByHandAgreesWithMatches() {
    PathPattern pattern = PathPattern.parse("root.**.d*.s1");
    long state = pattern.initialState();
    state = pattern.step(state, "root");
    assertFalse(pattern.isAccepting(state));
    state = pattern.step(state, "sg");
    state = pattern.step(state, "d1");
    assertTrue(pattern.canGrow(state));
    long beforeLast = state;
    state = pattern.step(state, "s1");
    assertTrue(pattern.isAccepting(state));
    assertTrue(pattern.acceptsLast(beforeLast, "s1"));
    assertFalse(pattern.acceptsLast(beforeLast, "s2"));
    assertTrue(pattern.lastNodeIsPlain());
    assertFalse(PathPattern.parse("root.sg.*").lastNodeIsPlain());
    long dead = pattern.step(pattern.initialState(), "notroot");
    assertTrue(pattern.isDead(dead));
    assertTrue(pattern.isDead(pattern.step(dead, "root")));
  }

  @Test
  void acceptedStateWithoutGrowthStopsDescent() {
    PathPattern pattern = PathPattern.parse("root.sg.d1");
    long state = pattern.initialState();
    for (String node : new String[] {"root", "sg", "d1"}) {
      state = pattern.step(state, node);
    }
    assertTrue(pattern.isAccepting(state));
    assertFalse(pattern.canGrow(state));
    assertTrue(pattern.isDead(pattern.step(state, "s1")));
  }

  @Test
  void manyMultiLevelWildcardsStayFast() {
    StringBuilder pattern = new StringBuilder("root");
    for (int i = 0; i < 30; i++) {
      pattern.append(".**");
    }
    pattern.append(".nomatch");
    StringBuilder path = new StringBuilder("root");
    for (int i = 0; i < 200; i++) {
      path.append(".n").append(i);
    }
    PathPattern p = PathPattern.parse(pattern.toString());
    PartialPath target = PartialPath.parse(path.toString());
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertFalse(p.matches(target)));
    String longName = "a".repeat(5000) + "b";
    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () -> assertFalse(PathPattern.nodeMatches("*a*a*a*a*a*a*a*a*c", longName)));
  }

  @Test
  void tooLongPatternsAreRejected() {
    StringBuilder text = new StringBuilder("root");
    for (int i = 1; i < PathPattern.MAX_NODES; i++) {
      text.append(".n");
    }
    PathPattern longest = PathPattern.parse(text.toString());
    assertTrue(longest.matches(PartialPath.parse(text.toString())));
    IllegalPathException e =
        assertThrows(IllegalPathException.class, () -> PathPattern.parse(text + ".x"));
    assertTrue(e.getMessage().contains("at most 63 nodes"), e.getMessage());
  }

  @Test
  void equalityFollowsThePath() {
    assertEquals(PathPattern.parse("root.sg.*"), PathPattern.parse("root.`sg`.*"));
    assertEquals(
        PathPattern.parse("root.sg.*").hashCode(), PathPattern.parse("root.sg.*").hashCode());
    assertEquals("root.sg.*", PathPattern.parse("root.sg.*").toString());
  }

  /** A reference matcher written the obvious (exponential) way, for small random cases. */
  private static boolean reference(String[] p, int pi, String[] s, int si) {
    if (pi == p.length) {
      return si == s.length;
    }
    if (p[pi].equals("**")) {
      for (int k = si + 1; k <= s.length; k++) {
        if (reference(p, pi + 1, s, k)) {
          return true;
        }
      }
      return false;
    }
    return si < s.length
        && s[si].matches(p[pi].replace("*", ".*"))
        && reference(p, pi + 1, s, si + 1);
  }

  @Test
  void randomPatternsAgreeWithReference() {
    long seed = System.nanoTime();
    System.out.println("PathPatternTest.randomPatternsAgreeWithReference seed=" + seed);
    Random random = new Random(seed);
    String[] patternNodes = {"a", "b", "*", "**", "a*", "*b", "ab"};
    String[] pathNodes = {"a", "b", "ab", "ba", "abb"};
    for (int round = 0; round < 5000; round++) {
      String[] p = new String[1 + random.nextInt(5)];
      for (int i = 0; i < p.length; i++) {
        p[i] = patternNodes[random.nextInt(patternNodes.length)];
      }
      String[] s = new String[1 + random.nextInt(6)];
      for (int i = 0; i < s.length; i++) {
        s[i] = pathNodes[random.nextInt(pathNodes.length)];
      }
      PathPattern pattern = new PathPattern(PartialPath.of(p));
      PartialPath path = PartialPath.of(s);
      assertEquals(
          reference(p, 0, s, 0),
          pattern.matches(path),
          "seed=" + seed + " pattern=" + pattern + " path=" + path);
      if (reference(p, 0, s, 0)) {
        // every prefix of a matching path must let a tree walk descend
        for (int len = 1; len <= s.length; len++) {
          assertTrue(pattern.mayMatchBelow(path.prefix(len)), "seed=" + seed + " " + pattern);
        }
      }
    }
  }
}
