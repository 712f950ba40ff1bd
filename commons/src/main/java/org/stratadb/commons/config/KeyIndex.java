package org.stratadb.commons.config;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds declared keys by name or deprecated name, and suggests a key for a likely typo. */
final class KeyIndex {
  private static final int MAX_TYPO_DISTANCE = 2;

  private final List<ConfigKey<?>> keys;
  private final Map<String, ConfigKey<?>> byName = new LinkedHashMap<>();
  private final Map<String, ConfigKey<?>> byDeprecatedName = new LinkedHashMap<>();

  KeyIndex(Collection<? extends ConfigKey<?>> keys) {
    this.keys = List.copyOf(keys);
    for (ConfigKey<?> key : this.keys) {
      claim(key.name(), key, byName);
      key.deprecatedNames().forEach(d -> claim(d, key, byDeprecatedName));
    }
  }

  private void claim(String name, ConfigKey<?> key, Map<String, ConfigKey<?>> map) {
    if (byName.containsKey(name) || byDeprecatedName.containsKey(name)) {
      throw new IllegalArgumentException("config key name " + name + " is declared twice");
    }
    map.put(name, key);
  }

  /** Keys in declaration order. */
  List<ConfigKey<?>> keys() {
    return keys;
  }

  Optional<ConfigKey<?>> byName(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  Optional<ConfigKey<?>> byDeprecatedName(String name) {
    return Optional.ofNullable(byDeprecatedName.get(name));
  }

  /** The declared key closest to {@code name}, if it is close enough to be a typo of it. */
  Optional<String> suggest(String name) {
    String best = null;
    int bestDistance = MAX_TYPO_DISTANCE + 1;
    for (String candidate : byName.keySet()) {
      int d = distance(name, candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance; key names are short, so the quadratic table is fine. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
