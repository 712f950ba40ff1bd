package org.stratadb.commons.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusCodeTest {

  @Test
  void everyCodeNumberIsUnique() {
    Set<Integer> seen = new HashSet<>();
    for (StatusCode code : StatusCode.values()) {
      assertTrue(seen.add(code.code()), "code number used twice: " + code);
    }
  }

  @Test
  void everyCodeIsFoundByItsNumber() {
    Arrays.stream(StatusCode.values())
        .forEach(code -> assertEquals(Optional.of(code), StatusCode.of(code.code())));
  }

  @Test
  void unknownNumbersAreEmpty() {
    assertEquals(Optional.empty(), StatusCode.of(0));
    assertEquals(Optional.empty(), StatusCode.of(810));
    assertEquals(Optional.empty(), StatusCode.of(-1));
  }

  /**
   * A sample across every hundred of the IoTDB 1.3 table, including the three clients branch on.
   */
  @ParameterizedTest
  @CsvSource({
    "200, SUCCESS_STATUS",
    "202, CONFIGURATION_ERROR",
    "204, SHUT_DOWN_ERROR",
    "302, MULTIPLE_ERROR",
    "305, INTERNAL_SERVER_ERROR",
    "307, LICENSE_ERROR",
    "400, REDIRECTION_RECOMMEND",
    "500, DATABASE_NOT_EXIST",
    "508, PATH_NOT_EXIST",
    "527, MEASUREMENT_ALREADY_EXISTS_IN_TEMPLATE",
    "600, SYSTEM_READ_ONLY",
    "611, DISK_SPACE_INSUFFICIENT",
    "700, SQL_PARSE_ERROR",
    "716, EXPLAIN_ANALYZE_FETCH_ERROR",
    "800, INIT_AUTH_ERROR",
    "802, NOT_LOGIN",
    "811, NOT_HAS_PRIVILEGE",
    "818, AUTH_OPERATE_EXCEPTION",
    "904, CONSENSUS_NOT_INITIALIZED",
    "907, LACK_PARTITION_ALLOCATION",
    "1000, ADD_CONFIGNODE_ERROR",
    "1002, REJECT_NODE_START",
    "1004, DATANODE_NOT_EXIST"
  })
  void numbersMatchIotdbNames(int number, String name) {
    assertEquals(name, StatusCode.of(number).orElseThrow().name());
  }

  @Test
  void tableCoversTheWholeRangeOfTheFactSheet() {
    // 5 + 8 + 1 + 28 + 12 + 17 + 18 codes in the 2xx..8xx rows of the IoTDB 1.3 table, plus the
    // region (900-907) and node (1000-1004) codes the cluster uses.
    assertEquals(89 + 8 + 5, StatusCode.values().length);
  }

  @Test
  void exceptionsCarryTheirCode() {
    StrataException e = new StrataException(StatusCode.PATH_NOT_EXIST, "root.sg.d1.s1 not found");
    assertSame(StatusCode.PATH_NOT_EXIST, e.statusCode());
    assertEquals("root.sg.d1.s1 not found", e.getMessage());
    assertThrows(NullPointerException.class, () -> new StrataException(null, "x"));
  }
}
