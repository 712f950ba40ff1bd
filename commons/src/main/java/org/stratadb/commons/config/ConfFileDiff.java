package org.stratadb.commons.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares the text of a shipped conf file with its {@link ConfFileSpec} and lists every difference
 * in words: missing or undeclared keys, other defaults, other docs, and finally any difference in
 * layout against {@link ConfFileRenderer}'s output.
 */
public final class ConfFileDiff {

  private ConfFileDiff() {}

  /** The differences, one sentence each; empty when the file is exactly what the spec renders. */
  public static List<String> compare(ConfFileSpec spec, String actualText) {
    Map<String, FileKey> inFile = parse(actualText);
    List<String> problems = new ArrayList<>();
    Map<String, ConfigKey<?>> declared = new LinkedHashMap<>();
    spec.keys().forEach(k -> declared.put(k.name(), k));

    declared.values().forEach(key -> compareKey(key, inFile.get(key.name()), problems));
    inFile.forEach(
        (name, entry) -> {
          if (!declared.containsKey(name)) {
            problems.add(
                "key "
                    + name
                    + " (line "
                    + entry.line
                    + ") is not declared in "
                    + spec.declaredBy());
          }
          if (entry.count > 1) {
            problems.add("key " + name + " appears " + entry.count + " times");
          }
        });
    if (problems.isEmpty()) {
      firstLayoutDifference(ConfFileRenderer.render(spec), actualText).ifPresent(problems::add);
    }
    return problems;
  }

  private static void compareKey(ConfigKey<?> key, FileKey entry, List<String> problems) {
    if (entry == null) {
      problems.add(
          "missing key " + key.name() + " (expected '" + ConfFileRenderer.keyLine(key) + "')");
      return;
    }
    if (!entry.value.equals(key.formatDefault())) {
      problems.add(
          "key "
              + key.name()
              + ": the file sets '"
              + entry.value
              + "', the declared default is '"
              + key.formatDefault()
              + "'");
    }
    List<String> expected = ConfFileRenderer.commentLines(key);
    if (!entry.comments.equals(expected)) {
      problems.add(
          "key "
              + key.name()
              + ": the comment above it is "
              + entry.comments
              + ", the declaration renders "
              + expected);
    }
  }

  private static Optional<String> firstLayoutDifference(String expected, String actual) {
    String[] e = expected.split("\n", -1);
    String[] a = actual.split("\n", -1);
    for (int i = 0; i < Math.max(e.length, a.length); i++) {
      String el = i < e.length ? e[i] : "<end of file>";
      String al = i < a.length ? a[i] : "<end of file>";
      if (!el.equals(al)) {
        return Optional.of(
            "layout differs at line " + (i + 1) + ": expected '" + el + "', found '" + al + "'");
      }
    }
    return Optional.empty();
  }

  /** Each key line with the comment lines directly above it (no blank line between). */
  private static Map<String, FileKey> parse(String text) {
    Map<String, FileKey> keys = new LinkedHashMap<>();
    List<String> comments = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("#") || line.startsWith("!")) {
        comments.add(line);
        continue;
      }
      int eq = line.indexOf('=');
      if (eq > 0) {
        String name = line.substring(0, eq).strip();
        FileKey previous = keys.get(name);
        if (previous != null) {
          previous.count++;
        } else {
          keys.put(name, new FileKey(line.substring(eq + 1).strip(), List.copyOf(comments), i + 1));
        }
      }
      comments.clear();
    }
    return keys;
  }

  private static final class FileKey {
    final String value;
    final List<String> comments;
    final int line;
    int count = 1;

    FileKey(String value, List<String> comments, int line) {
      this.value = value;
      this.comments = comments;
      this.line = line;
    }
  }
}
