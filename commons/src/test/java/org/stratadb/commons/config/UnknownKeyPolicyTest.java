package org.stratadb.commons.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnknownKeyPolicyTest {

  @ParameterizedTest(name = "{0} sees undeclared {1}: {2}")
  @CsvSource({
    "DATA_NODE, dn_typo, WARN",
    "DATA_NODE, cn_anything, IGNORE",
    "DATA_NODE, shared_typo, WARN",
    "CONFIG_NODE, cn_typo, WARN",
    "CONFIG_NODE, dn_anything, IGNORE",
    "CONFIG_NODE, shared_typo, IGNORE"
  })
  void followsTheDocumentedRule(NodeRole role, String key, UnknownKeyPolicy.Verdict verdict) {
    assertEquals(verdict, UnknownKeyPolicy.forRole(role).judge(key));
  }
}
