package org.stratadb.commons.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stratadb.commons.net.HostPort;

class ConfigTypesTest {

  enum Colour implements ConfigChoice {
    RED("red"),
    GREEN("green"),
    BLUE("blue");

    private final String text;

    Colour(String text) {
      this.text = text;
    }

    @Override
    public String configValue() {
      return text;
    }
  }

  private static Optional<String> rejection(ConfigType<?> type, String text) {
    return assertThrows(InvalidValueException.class, () -> type.parse(text)).detail();
  }

  @Test
  void numbers() {
    assertEquals(6667, ConfigTypes.INT.parse("6667"));
    assertEquals(-3, ConfigTypes.INT.parse("-3"));
    assertEquals(604_800_000_000L, ConfigTypes.LONG.parse("604800000000"));
    assertEquals(0.5, ConfigTypes.DOUBLE.parse("0.5"));
    assertEquals("5.0", ConfigTypes.DOUBLE.format(5.0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "1.5", "99999999999", "0x10", "1e3"})
  void intRejectsNonIntegers(String text) {
    assertEquals(Optional.empty(), rejection(ConfigTypes.INT, text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "Infinity", "x"})
  void doubleRejectsNonFiniteAndText(String text) {
    rejection(ConfigTypes.DOUBLE, text);
  }

  @Test
  void booleanIsStrict() {
    assertEquals(true, ConfigTypes.BOOLEAN.parse("TRUE"));
    assertEquals(false, ConfigTypes.BOOLEAN.parse("false"));
    rejection(ConfigTypes.BOOLEAN, "yes");
    rejection(ConfigTypes.BOOLEAN, "flase");
  }

  @Test
  void hostAcceptsIpv4NamesAndIpv6WithOrWithoutBrackets() {
    assertEquals("0.0.0.0", ConfigTypes.HOST.parse("0.0.0.0"));
    assertEquals("iotdb-1", ConfigTypes.HOST.parse("iotdb-1"));
    assertEquals("::1", ConfigTypes.HOST.parse("[::1]"));
    assertEquals("::", ConfigTypes.HOST.parse("::"));
    rejection(ConfigTypes.HOST, "127.0.0.1:10710");
    rejection(ConfigTypes.HOST, "300.0.0.1");
  }

  @Test
  void hostPortCarriesTheReason() {
    assertEquals(new HostPort("::1", 10710), ConfigTypes.HOST_PORT.parse("[::1]:10710"));
    assertEquals(
        Optional.of("no ':port' after the host"), rejection(ConfigTypes.HOST_PORT, "127.0.0.1"));
  }

  @Test
  void hostPortListSplitsOnCommasAndSemicolons() {
    assertEquals(
        List.of(new HostPort("a", 1), new HostPort("::1", 2), new HostPort("c", 3)),
        ConfigTypes.HOST_PORT_LIST.parse("a:1, [::1]:2;c:3"));
    assertEquals(
        "a:1,[::1]:2",
        ConfigTypes.HOST_PORT_LIST.format(List.of(new HostPort("a", 1), new HostPort("::1", 2))));
  }

  @Test
  void listErrorsNameTheEntry() {
    assertEquals(
        Optional.of("entry 2 'b': no ':port' after the host"),
        rejection(ConfigTypes.HOST_PORT_LIST, "a:1,b"));
    assertEquals(
        Optional.of("entry 2 is empty"), rejection(ConfigTypes.HOST_PORT_LIST, "a:1,,c:3"));
    assertEquals(Optional.of("entry 2 is empty"), rejection(ConfigTypes.DIR_LIST, "a,"));
  }

  @Test
  void dirListAcceptsBothSeparators() {
    assertEquals(
        List.of(Path.of("data/wal1"), Path.of("/abs/wal2"), Path.of("wal3")),
        ConfigTypes.DIR_LIST.parse("data/wal1,/abs/wal2;wal3"));
    assertEquals("a/b,c", ConfigTypes.DIR_LIST.format(List.of(Path.of("a/b"), Path.of("c"))));
  }

  @Test
  void dirTiersKeepTheTierStructure() {
    List<List<Path>> tiers = ConfigTypes.DIR_TIERS.parse("/ssd1, /ssd2;/hdd1");
    assertEquals(
        List.of(List.of(Path.of("/ssd1"), Path.of("/ssd2")), List.of(Path.of("/hdd1"))), tiers);
    assertEquals("/ssd1,/ssd2;/hdd1", ConfigTypes.DIR_TIERS.format(tiers));
    assertEquals(Optional.of("entry 3 is empty"), rejection(ConfigTypes.DIR_TIERS, "a,b;"));
  }

  @Test
  void parsedListsAreImmutable() {
    List<Path> dirs = ConfigTypes.DIR_LIST.parse("a,b");
    assertThrows(UnsupportedOperationException.class, () -> dirs.add(Path.of("c")));
    List<List<Path>> tiers = ConfigTypes.DIR_TIERS.parse("a;b");
    assertThrows(UnsupportedOperationException.class, () -> tiers.get(0).clear());
  }

  @Test
  void choiceIgnoresCaseAndListsTheAcceptedValues() {
    ConfigType<Colour> type = ConfigTypes.choice(Colour.class);
    assertEquals(Colour.GREEN, type.parse("GREEN"));
    assertEquals("green", type.format(Colour.GREEN));
    assertEquals("one of red, green, blue", type.expectation());
    assertEquals(Optional.empty(), rejection(type, "purple"));
  }

  @Test
  void restrictedChoiceExplainsAKnownButRefusedValue() {
    ConfigType<Colour> type = ConfigTypes.choice(Colour.class, Set.of(Colour.BLUE, Colour.RED));
    assertEquals("one of red, blue", type.expectation());
    assertEquals(Optional.of("green is not supported for this setting"), rejection(type, "green"));
  }
}
