package org.stratadb.commons.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link ConfFileSpec} as the text of a shipped conf file: a header, then each section
 * with, for every key, its doc line, a line on the accepted values and when a change applies, and
 * {@code key=default}.
 */
public final class ConfFileRenderer {
  private static final int MAX_LINE = 100;
  private static final String RULE = "# " + "=".repeat(78);

  private ConfFileRenderer() {}

  public static String render(ConfFileSpec spec) {
    List<String> lines = new ArrayList<>(header(spec));
    for (ConfFileSpec.Section section : spec.sections()) {
      lines.add("");
      lines.add(RULE);
      lines.add("# " + section.title());
      lines.add(RULE);
      for (ConfigKey<?> key : section.keys()) {
        lines.add("");
        lines.addAll(commentLines(key));
        lines.add(keyLine(key));
      }
    }
    return String.join("\n", lines) + "\n";
  }

  /**
   * The comment lines directly above a key: its doc, then what it accepts and when a change
   * applies. A line too long is split, and a list of choices gets one line per choice, so that each
   * can be copied.
   */
  public static List<String> commentLines(ConfigKey<?> key) {
    String when = key.changeMode().description();
    String accepts = "# Accepts " + key.expectation() + "; " + when + ".";
    if (accepts.length() <= MAX_LINE) {
      return List.of("# " + key.doc(), accepts);
    }
    List<String> choices = key.type().choices();
    if (choices.isEmpty()) {
      String sentence = Character.toUpperCase(when.charAt(0)) + when.substring(1) + ".";
      return List.of("# " + key.doc(), "# Accepts " + key.expectation() + ".", "# " + sentence);
    }
    List<String> lines = new ArrayList<>();
    lines.add("# " + key.doc());
    lines.add("# Accepts one of the following; " + when + ".");
    choices.forEach(c -> lines.add("#   " + c));
    return List.copyOf(lines);
  }

  /** {@code name=default}. */
  public static String keyLine(ConfigKey<?> key) {
    return key.name() + "=" + key.formatDefault();
  }

  private static List<String> header(ConfFileSpec spec) {
    List<String> lines = new ArrayList<>();
    lines.add("#");
    lines.add(
        "# Licensed under the Apache License, Version 2.0 (the \"License\"); you may not use");
    lines.add("# this file except in compliance with the License. You may obtain a copy of the");
    lines.add("# License at http://www.apache.org/licenses/LICENSE-2.0");
    lines.add("#");
    lines.add("# " + spec.fileName() + " (StrataDB)");
    lines.add("#");
    spec.purpose().forEach(p -> lines.add(p.isEmpty() ? "#" : "# " + p));
    lines.add("#");
    lines.add("# Each key shows its default. An empty or absent key takes the default; values in");
    lines.add("# iotdb-system.properties, where that file exists, override this file.");
    lines.add("# The keys and docs here are declared in " + spec.declaredBy() + ";");
    lines.add("# a unit test keeps this file in step with them.");
    lines.add("#");
    return lines;
  }
}
