package org.stratadb.storage.region;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stratadb.storage.io.FileSync;
import org.stratadb.storage.mods.PathPattern;

/**
 * Time-to-live rules of a region, pattern to milliseconds. For a device the most specific matching
 * pattern (the one with most nodes) decides, so a device-level TTL overrides a database-wide one.
 * Kept in a small text file in the region's system directory, rewritten atomically on change.
 */
final class TtlRules {
  static final long NO_TTL = Long.MAX_VALUE;
  private static final String FILE = "ttl.rules";

  private final Path file;
  private volatile Map<String, Long> rules;
  private volatile Map<PathPattern, Long> parsed;

  private TtlRules(Path file, Map<String, Long> rules) {
    this.file = file;
    this.rules = rules;
    this.parsed = parse(rules);
  }

  private static Map<PathPattern, Long> parse(Map<String, Long> rules) {
    Map<PathPattern, Long> parsed = new LinkedHashMap<>();
    rules.forEach((pattern, ttl) -> parsed.put(PathPattern.parse(pattern), ttl));
    return parsed;
  }

  static TtlRules load(Path systemDir) throws IOException {
    Path file = systemDir.resolve(FILE);
    Map<String, Long> rules = new LinkedHashMap<>();
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        int tab = line.lastIndexOf('\t');
        if (tab > 0) {
          rules.put(line.substring(0, tab), Long.parseLong(line.substring(tab + 1).trim()));
        }
      }
    }
    return new TtlRules(file, rules);
  }

  synchronized void set(String pattern, long ttlMillis) throws IOException {
    PathPattern.parse(pattern);
    Map<String, Long> next = new LinkedHashMap<>(rules);
    if (ttlMillis == NO_TTL) {
      next.remove(pattern);
    } else {
      next.put(pattern, ttlMillis);
    }
    save(next);
    parsed = parse(next);
    rules = next;
  }

  /** The TTL of a device, or {@link #NO_TTL}. */
  long ttlOf(String device) {
    long ttl = NO_TTL;
    int bestNodes = -1;
    for (Map.Entry<PathPattern, Long> rule : parsed.entrySet()) {
      PathPattern pattern = rule.getKey();
      if (pattern.matchesDevice(device) && pattern.nodeCount() >= bestNodes) {
        ttl = rule.getValue();
        bestNodes = pattern.nodeCount();
      }
    }
    return ttl;
  }

  /** The oldest visible time of a device at {@code nowMillis}. */
  long visibleFrom(String device, long nowMillis) {
    long ttl = ttlOf(device);
    long from = nowMillis - ttl;
    // A TTL longer than the clock's distance from Long.MIN_VALUE wraps around: nothing expires.
    return ttl == NO_TTL || from > nowMillis ? Long.MIN_VALUE : from;
  }

  boolean isEmpty() {
    return rules.isEmpty();
  }

  private void save(Map<String, Long> next) throws IOException {
    Files.createDirectories(file.getParent());
    StringBuilder text = new StringBuilder();
    next.forEach((pattern, ttl) -> text.append(pattern).append('\t').append(ttl).append('\n'));
    FileSync.writeAtomically(file, text.toString().getBytes(StandardCharsets.UTF_8));
  }

  List<String> patterns() {
    return List.copyOf(rules.keySet());
  }
}
