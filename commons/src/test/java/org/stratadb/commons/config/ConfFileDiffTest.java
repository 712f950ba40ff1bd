package org.stratadb.commons.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfFileDiffTest {
  static final ConfigKey<Integer> DN_PORT = ConfigLoaderTest.DN_PORT;
  static final ConfigKey<Boolean> SHARED_FLAG = ConfigLoaderTest.SHARED_FLAG;
  static final ConfFileSpec SPEC =
      ConfFileSpec.builder("test.properties", ConfFileDiffTest.class)
          .purpose("For tests.")
          .section("Network", DN_PORT)
          .section("Flags", SHARED_FLAG)
          .build();

  private static final String RENDERED = ConfFileRenderer.render(SPEC);

  @Test
  void renderedFileLooksAsDocumented() {
    assertTrue(
        RENDERED.endsWith(
            "# ==============================================================================\n"
                + "# Network\n"
                + "# ==============================================================================\n"
                + "\n"
                + "# A port.\n"
                + "# Accepts an integer port 0..65535; applies after a restart.\n"
                + "dn_port=100\n"
                + "\n"
                + "# ==============================================================================\n"
                + "# Flags\n"
                + "# ==============================================================================\n"
                + "\n"
                + "# F.\n"
                + "# Accepts true or false; applies after a restart.\n"
                + "shared_flag=false\n"),
        RENDERED);
    assertTrue(
        RENDERED.contains(
            "# The keys and docs here are declared in " + ConfFileDiffTest.class.getName()));
  }

  @Test
  void theRenderedFileIsInStep() {
    assertEquals(List.of(), ConfFileDiff.compare(SPEC, RENDERED));
  }

  @Test
  void reportsAnotherDefault() {
    assertEquals(
        List.of("key dn_port: the file sets '101', the declared default is '100'"),
        ConfFileDiff.compare(SPEC, RENDERED.replace("dn_port=100", "dn_port=101")));
  }

  @Test
  void reportsAMissingAndAnUndeclaredKey() {
    String text = RENDERED.replace("shared_flag=false", "shared_flags=false");
    assertEquals(
        List.of(
            "missing key shared_flag (expected 'shared_flag=false')",
            "key shared_flags (line "
                + lineOf("shared_flag=false")
                + ") is not declared in "
                + ConfFileDiffTest.class.getName()),
        ConfFileDiff.compare(SPEC, text));
  }

  @Test
  void reportsAnotherDoc() {
    assertEquals(
        List.of(
            "key dn_port: the comment above it is [# The port., # Accepts an integer port 0..65535;"
                + " applies after a restart.], the declaration renders [# A port., # Accepts an"
                + " integer port 0..65535; applies after a restart.]"),
        ConfFileDiff.compare(SPEC, RENDERED.replace("# A port.", "# The port.")));
  }

  @Test
  void reportsDuplicatesAndLayout() {
    assertEquals(
        List.of("key dn_port appears 2 times"),
        ConfFileDiff.compare(SPEC, RENDERED + "dn_port=100\n"));
    assertEquals(
        List.of(
            "layout differs at line "
                + lineOf("# Network")
                + ": expected '# Network', found '# Networking'"),
        ConfFileDiff.compare(SPEC, RENDERED.replace("# Network", "# Networking")));
  }

  private static int lineOf(String line) {
    return List.of(RENDERED.split("\n")).indexOf(line) + 1;
  }
}
