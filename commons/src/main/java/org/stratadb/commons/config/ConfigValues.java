package org.stratadb.commons.config;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The loaded value of every declared key, each with the {@link ConfigOrigin} it came from, plus the
 * home directory that relative paths resolve against. Immutable.
 *
 * <p>Modules do not pass this around; they build their own typed config object from it once (for
 * example {@code DataNodeConfig.from(values)}) and keep the values only for diagnostics.
 */
public final class ConfigValues {
  private final Map<String, Entry<?>> entries;
  private final Path home;

  private ConfigValues(Map<String, Entry<?>> entries, Path home) {
    this.entries = Map.copyOf(entries);
    this.home = home;
  }

  /** Every key at its default, e.g. for tests or for printing the defaults. */
  public static ConfigValues defaults(Collection<? extends ConfigKey<?>> keys, Path home) {
    Builder builder = new Builder(home);
    keys.forEach(builder::putDefault);
    return builder.build();
  }

  /**
   * The value of {@code key}.
   *
   * @throws IllegalArgumentException if the key was not among those loaded (a programming error)
   */
  public <T> T get(ConfigKey<T> key) {
    @SuppressWarnings("unchecked") // put() stores each value under its own key
    T value = (T) entry(key).value();
    return value;
  }

  /** Where the value of {@code key} came from. */
  public ConfigOrigin origin(ConfigKey<?> key) {
    return entry(key).origin();
  }

  /** {@code key=value (from origin)}, for messages about one setting. */
  public String describe(ConfigKey<?> key) {
    Entry<?> e = entry(key);
    return key.name() + "=" + e.text() + " (from " + e.origin() + ")";
  }

  /** The text of the value as a conf file would hold it. */
  public String text(ConfigKey<?> key) {
    return entry(key).text();
  }

  /** The directory relative paths resolve against; absolute. */
  public Path home() {
    return home;
  }

  /** {@code path} against {@link #home()} if relative, normalized. */
  public Path resolve(Path path) {
    return home.resolve(path).normalize();
  }

  public List<Path> resolveAll(List<Path> paths) {
    return paths.stream().map(this::resolve).toList();
  }

  private Entry<?> entry(ConfigKey<?> key) {
    Entry<?> e = entries.get(key.name());
    if (e == null || e.key() != key) {
      throw new IllegalArgumentException("config key " + key.name() + " was not loaded");
    }
    return e;
  }

  private record Entry<T>(ConfigKey<T> key, T value, ConfigOrigin origin) {
    String text() {
      return key.type().format(value);
    }
  }

  /** Collects values; used by the loader. */
  static final class Builder {
    private final Map<String, Entry<?>> entries = new LinkedHashMap<>();
    private final Path home;

    Builder(Path home) {
      this.home = home.toAbsolutePath().normalize();
    }

    <T> Builder put(ConfigKey<T> key, T value, ConfigOrigin origin) {
      Entry<T> entry =
          new Entry<>(
              key, Objects.requireNonNull(value, key.name()), Objects.requireNonNull(origin));
      if (entries.putIfAbsent(key.name(), entry) != null) {
        throw new IllegalArgumentException("config key " + key.name() + " declared twice");
      }
      return this;
    }

    <T> Builder putDefault(ConfigKey<T> key) {
      return put(key, key.defaultValue(), ConfigOrigin.DEFAULT);
    }

    ConfigValues build() {
      return new ConfigValues(entries, home);
    }
  }
}
