package org.stratadb.commons.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HostPortTest {

  @ParameterizedTest
  @CsvSource({
    "127.0.0.1:10710, 127.0.0.1, 10710",
    "localhost:6667, localhost, 6667",
    "iotdb-1:10710, iotdb-1, 10710",
    "node_1.example.com:1, node_1.example.com, 1",
    "host:0, host, 0",
    "host:65535, host, 65535",
    "'  10.0.0.2:10710 ', 10.0.0.2, 10710",
    "[::1]:10710, ::1, 10710",
    "[fe80::1%eth0]:10710, fe80::1%eth0, 10710",
    "[::ffff:10.0.0.1]:6667, ::ffff:10.0.0.1, 6667"
  })
  void parsesValidEndpoints(String text, String host, int port) {
    HostPort parsed = HostPort.parse(text);
    assertEquals(new HostPort(host, port), parsed);
    assertEquals(parsed, HostPort.parse(parsed.toString()), "toString must parse back");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "127.0.0.1| no ':port' after the host",
        ":10710| no host before ':'",
        "::1:10710| an IPv6 address needs brackets, as in [::1]:10710",
        "[::1]10710| no ':port' after ']'",
        "[::1:10710| '[' without a closing ']'",
        "[abc]:1| 'abc' in brackets is not an IPv6 address",
        "host:abc| port 'abc' is not a number in 0..65535",
        "host:| port '' is not a number in 0..65535",
        "host:-1| port '-1' is not a number in 0..65535",
        "host:70000| port 70000 is not in 0..65535",
        "256.1.1.1:1| '256.1.1.1' is not a host name, IPv4 or IPv6 address",
        "1.2.3:5| '1.2.3' is not a host name, IPv4 or IPv6 address",
        "ho st:1| 'ho st' is not a host name, IPv4 or IPv6 address",
        "-host:1| '-host' is not a host name, IPv4 or IPv6 address",
        "a:1,b:2| a list where a single host:port is expected"
      })
  void rejectsMalformedEndpointsWithAReason(String text, String reason) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> HostPort.parse(text));
    assertEquals(reason, e.getMessage());
  }

  @Test
  void rejectsEmptyText() {
    assertEquals(
        "empty address",
        assertThrows(IllegalArgumentException.class, () -> HostPort.parse("  ")).getMessage());
  }

  @Test
  void printsIpv6InBrackets() {
    assertEquals("[::1]:10710", new HostPort("::1", 10710).toString());
    assertEquals("127.0.0.1:10710", new HostPort("127.0.0.1", 10710).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.0.0.0:1", "[::]:1", "[0:0:0:0:0:0:0:0]:1"})
  void recognisesWildcards(String text) {
    assertTrue(HostPort.parse(text).isWildcard());
  }

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1:1", "[::1]:1", "zero:1", "0.0.0.1:1"})
  void concreteAddressesAreNotWildcards(String text) {
    assertFalse(HostPort.parse(text).isWildcard());
  }

  @Test
  void hostSyntaxNeverNeedsTheNetwork() {
    // A name that cannot resolve is still syntactically fine: parsing must not look it up.
    assertTrue(HostSyntax.isValidHost("no-such-host.invalid"));
    assertFalse(HostSyntax.isValidHost("a..b"));
    assertFalse(HostSyntax.isValidHost("x".repeat(64)));
  }
}
