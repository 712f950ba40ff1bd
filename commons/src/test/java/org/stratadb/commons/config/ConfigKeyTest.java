package org.stratadb.commons.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigKeyTest {

  private static ConfigKey.Builder<Integer> port(String name) {
    return ConfigKey.builder(name, ConfigTypes.INT)
        .defaultValue(6667)
        .validator(Validators.port())
        .doc("A port.");
  }

  @Test
  void expectationJoinsTypeAndRule() {
    assertEquals("an integer port 0..65535", port("dn_rpc_port").build().expectation());
    ConfigKey<Integer> factor =
        ConfigKey.builder("f", ConfigTypes.INT)
            .defaultValue(1)
            .validator(Validators.atLeast(1))
            .doc("d")
            .build();
    assertEquals("an integer >= 1", factor.expectation());
    assertEquals(
        "true or false",
        ConfigKey.builder("b", ConfigTypes.BOOLEAN)
            .defaultValue(true)
            .doc("d")
            .build()
            .expectation());
  }

  @Test
  void parseAppliesTheValidator() {
    ConfigKey<Integer> key = port("p").build();
    assertEquals(10, key.parse("10"));
    assertThrows(InvalidValueException.class, () -> key.parse("65536"));
    assertThrows(InvalidValueException.class, () -> key.parse("-1"));
  }

  @Test
  void defaultsToRestartAndKeepsDeprecatedNames() {
    ConfigKey<Integer> key = port("dn_seed").deprecatedName("dn_old_seed").build();
    assertEquals(ChangeMode.RESTART, key.changeMode());
    assertFalse(key.changeMode().changeableAtRuntime());
    assertTrue(ChangeMode.RUNTIME.changeableAtRuntime());
    assertEquals(List.of("dn_old_seed"), key.deprecatedNames());
    assertEquals("6667", key.formatDefault());
  }

  @Test
  void rejectsUnusableDeclarations() {
    assertThrows(IllegalStateException.class, () -> port("Dn_Rpc_Port").build());
    assertThrows(IllegalStateException.class, () -> port("dn rpc").build());
    assertThrows(IllegalStateException.class, () -> port("p").doc(" ").build());
    assertThrows(IllegalStateException.class, () -> port("p").doc("two\nlines").build());
    assertThrows(IllegalStateException.class, () -> port("p").defaultValue(null).build());
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> port("p").defaultValue(70000).build());
    assertTrue(e.getMessage().startsWith("p: default is not accepted"), e.getMessage());
  }

  @Test
  void validatorsDescribeThemselves() {
    assertEquals("> 0", Validators.positive().describe());
    assertEquals("in 1..10", Validators.between(1, 10).describe());
    assertThrows(InvalidValueException.class, () -> Validators.positive().check(0.0));
    Validators.positive().check(0.1);
    assertThrows(InvalidValueException.class, () -> Validators.between(1, 10).check(11L));
  }
}
