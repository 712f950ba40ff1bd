package org.stratadb.commons.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a setting's value came from: a conf file, another named source (a map handed over by a test
 * harness, say), or the key's default. Error messages and diagnostics print it.
 */
public final class ConfigOrigin {

  /** The value is the key's declared default. */
  public static final ConfigOrigin DEFAULT = new ConfigOrigin("default", null);

  private final String description;
  private final Path file;

  private ConfigOrigin(String description, Path file) {
    this.description = description;
    this.file = file;
  }

  public static ConfigOrigin file(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return new ConfigOrigin(absolute.toString(), absolute);
  }

  /** A source that is not a file, e.g. "test properties" or "environment". */
  public static ConfigOrigin named(String description) {
    return new ConfigOrigin(Objects.requireNonNull(description, "description"), null);
  }

  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  public boolean isDefault() {
    return this == DEFAULT;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConfigOrigin other
        && description.equals(other.description)
        && Objects.equals(file, other.file);
  }

  @Override
  public int hashCode() {
    return description.hashCode();
  }

  @Override
  public String toString() {
    return description;
  }
}
