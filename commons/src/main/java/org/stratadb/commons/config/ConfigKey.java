package org.stratadb.commons.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One configuration setting: its name in the conf files, its type, default, validation rule,
 * one-line documentation, and when a change takes effect.
 *
 * <p>Keys are declared as constants by the module that uses them (for example {@code
 * ClusterConfigKeys} in commons, {@code DataNodeConfigKeys} in the DataNode) and are immutable. The
 * {@link ConfigLoader} reads their values into a {@link ConfigValues}; the shipped conf files are
 * rendered from the same declarations, so name, default and doc live in exactly one place.
 *
 * @param <T> the type of the value
 */
public final class ConfigKey<T> {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_.]*");

  private final String name;
  private final ConfigType<T> type;
  private final T defaultValue;
  private final Validator<? super T> validator;
  private final String doc;
  private final ChangeMode changeMode;
  private final List<String> deprecatedNames;

  private ConfigKey(Builder<T> b) {
    this.name = b.name;
    this.type = b.type;
    this.defaultValue = b.defaultValue;
    this.validator = b.validator;
    this.doc = b.doc;
    this.changeMode = b.changeMode;
    this.deprecatedNames = List.copyOf(b.deprecatedNames);
  }

  public static <T> Builder<T> builder(String name, ConfigType<T> type) {
    return new Builder<>(name, type);
  }

  /**
   * Parses and validates the text of this setting.
   *
   * @throws InvalidValueException if the value is not acceptable
   */
  public T parse(String text) {
    T value = type.parse(text);
    validator.check(value);
    return value;
  }

  /** What this key accepts, e.g. "an integer port 0..65535", ending "expected ..." messages. */
  public String expectation() {
    String rule = validator.describe();
    return rule.isEmpty() ? type.expectation() : type.expectation() + " " + rule;
  }

  /** The default as it is written in a conf file. */
  public String formatDefault() {
    return type.format(defaultValue);
  }

  public String name() {
    return name;
  }

  public ConfigType<T> type() {
    return type;
  }

  public T defaultValue() {
    return defaultValue;
  }

  public String doc() {
    return doc;
  }

  public ChangeMode changeMode() {
    return changeMode;
  }

  /** Older names still read (with a warning), e.g. names IoTDB used before 1.3. */
  public List<String> deprecatedNames() {
    return deprecatedNames;
  }

  @Override
  public String toString() {
    return name;
  }

  /** Builds a key; {@link #build()} rejects declarations that could not work. */
  public static final class Builder<T> {
    private final String name;
    private final ConfigType<T> type;
    private T defaultValue;
    private Validator<? super T> validator = Validators.any();
    private String doc;
    private ChangeMode changeMode = ChangeMode.RESTART;
    private final List<String> deprecatedNames = new ArrayList<>();

    private Builder(String name, ConfigType<T> type) {
      this.name = Objects.requireNonNull(name, "name");
      this.type = Objects.requireNonNull(type, "type");
    }

    public Builder<T> defaultValue(T value) {
      this.defaultValue = value;
      return this;
    }

    public Builder<T> validator(Validator<? super T> value) {
      this.validator = Objects.requireNonNull(value, "validator");
      return this;
    }

    /** One line, in our own words, shown above the key in the shipped conf file. */
    public Builder<T> doc(String value) {
      this.doc = value;
      return this;
    }

    public Builder<T> changeMode(ChangeMode value) {
      this.changeMode = Objects.requireNonNull(value, "changeMode");
      return this;
    }

    public Builder<T> deprecatedName(String value) {
      deprecatedNames.add(value);
      return this;
    }

    /**
     * @throws IllegalStateException if the name, doc or default is unusable; declarations are code,
     *     so this fails the first test that touches the declaring class
     */
    public ConfigKey<T> build() {
      require(NAME.matcher(name).matches(), "name must be lower case letters, digits, '_' or '.'");
      deprecatedNames.forEach(d -> require(NAME.matcher(d).matches(), "bad deprecated name " + d));
      require(doc != null && !doc.isBlank(), "needs a doc line");
      require(doc.indexOf('\n') < 0 && doc.indexOf('\r') < 0, "doc must be one line");
      require(defaultValue != null, "needs a default value");
      ConfigKey<T> key = new ConfigKey<>(this);
      try {
        // The default must survive the trip through the shipped file: format, then parse.
        T reparsed = key.parse(key.formatDefault());
        require(reparsed.equals(defaultValue), "default does not survive format and parse");
      } catch (InvalidValueException e) {
        throw new IllegalStateException(name + ": default is not accepted: " + e.getMessage(), e);
      }
      return key;
    }

    private void require(boolean condition, String problem) {
      if (!condition) {
        throw new IllegalStateException("config key " + name + ": " + problem);
      }
    }
  }
}
