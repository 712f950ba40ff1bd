package org.stratadb.commons.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.stratadb.commons.net.HostPort;
import org.stratadb.commons.net.HostSyntax;

/**
 * The value types of StrataDB's configuration keys. Each parses strictly (no silent fallback to a
 * default on a typo) and formats back to the text it accepts.
 */
public final class ConfigTypes {

  private static final String IPV6_HINT = "IPv6 in brackets as [::1]:10710";

  public static final ConfigType<String> STRING = new SimpleType<>("a string", s -> s, s -> s);

  public static final ConfigType<Integer> INT =
      new SimpleType<>("an integer", ConfigTypes::parseInt, String::valueOf);

  public static final ConfigType<Long> LONG =
      new SimpleType<>("an integer", ConfigTypes::parseLong, String::valueOf);

  public static final ConfigType<Boolean> BOOLEAN =
      new SimpleType<>("true or false", ConfigTypes::parseBoolean, String::valueOf);

  public static final ConfigType<Double> DOUBLE =
      new SimpleType<>("a number", ConfigTypes::parseDouble, String::valueOf);

  /** An address to bind to or announce: IPv4, host name, or IPv6 (brackets optional). */
  public static final ConfigType<String> HOST =
      new SimpleType<>(
          "an IPv4 address, host name or IPv6 address", ConfigTypes::parseHost, s -> s);

  public static final ConfigType<HostPort> HOST_PORT =
      new SimpleType<>("host:port, " + IPV6_HINT, ConfigTypes::parseHostPort, HostPort::toString);

  /** Endpoints separated by commas (IoTDB's form) or semicolons. */
  public static final ConfigType<List<HostPort>> HOST_PORT_LIST =
      new ListType<>(
          "a comma-separated list of host:port, " + IPV6_HINT, ConfigTypes::parseHostPort, ",");

  /** A directory; a relative one is later resolved against the node's home directory. */
  public static final ConfigType<Path> DIR =
      new SimpleType<>("a directory path", ConfigTypes::parsePath, ConfigTypes::formatPath);

  /** Directories separated by commas or semicolons. */
  public static final ConfigType<List<Path>> DIR_LIST =
      new ListType<>("a comma-separated list of directory paths", ConfigTypes::parsePath, ",") {
        @Override
        public String format(List<Path> value) {
          return String.join(",", value.stream().map(ConfigTypes::formatPath).toList());
        }
      };

  /**
   * Storage tiers of directories: commas separate the directories of one tier, semicolons separate
   * tiers, as in {@code /ssd1,/ssd2;/hdd1}.
   */
  public static final ConfigType<List<List<Path>>> DIR_TIERS = new DirTiersType();

  private ConfigTypes() {}

  /** One of the constants of {@code type}, written as their {@link ConfigChoice#configValue()}. */
  public static <E extends Enum<E> & ConfigChoice> ConfigType<E> choice(Class<E> type) {
    return new ChoiceType<>(type, Set.of(type.getEnumConstants()));
  }

  /**
   * Like {@link #choice(Class)}, but only {@code allowed} are accepted here; naming another
   * constant of the enum gets a message saying it is not supported for this key.
   */
  public static <E extends Enum<E> & ConfigChoice> ConfigType<E> choice(
      Class<E> type, Set<E> allowed) {
    return new ChoiceType<>(type, allowed);
  }

  private static int parseInt(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new InvalidValueException();
    }
  }

  private static long parseLong(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new InvalidValueException();
    }
  }

  private static boolean parseBoolean(String text) {
    // Boolean.parseBoolean reads every typo as false; a setting must not flip that quietly.
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new InvalidValueException();
    };
  }

  private static double parseDouble(String text) {
    try {
      double value = Double.parseDouble(text);
      if (Double.isNaN(value) || Double.isInfinite(value)) {
        throw new InvalidValueException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw new InvalidValueException();
    }
  }

  private static String parseHost(String text) {
    String host =
        text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
    if (!HostSyntax.isValidHost(host)) {
      throw new InvalidValueException();
    }
    return host;
  }

  private static HostPort parseHostPort(String text) {
    try {
      return HostPort.parse(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidValueException(e.getMessage());
    }
  }

  static Path parsePath(String text) {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new InvalidValueException(e.getReason());
    }
  }

  /** Forward slashes, so that the shipped files read the same on every OS. */
  static String formatPath(Path path) {
    return path.toString().replace('\\', '/');
  }

  /** A type made of a parse function and a format function. */
  private record SimpleType<T>(
      String expectation, Function<String, T> parser, Function<T, String> formatter)
      implements ConfigType<T> {

    @Override
    public T parse(String text) {
      return parser.apply(text);
    }

    @Override
    public String format(T value) {
      return formatter.apply(value);
    }
  }
}
