package org.stratadb.commons.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the conf files of one node into {@link ConfigValues}.
 *
 * <p>The files come from a {@link ConfigLayout} (IoTDB 1.3's legacy pair of files, its newer single
 * {@code iotdb-system.properties}, or both, the later file winning). Values are trimmed; an empty
 * value counts as unset, so it falls back to an earlier file or to the default. Every value keeps
 * its {@link ConfigOrigin}. A value that does not parse or validate stops the load with a one-line
 * {@link ConfigException}; a key nobody declares is handled by the {@link UnknownKeyPolicy}, which
 * at most logs a warning. Which files were read is logged at INFO.
 *
 * <p>The loader holds no state between calls and never reads system properties or the environment:
 * the caller decides where the conf and home directories are.
 */
public final class ConfigLoader {
  private static final Logger LOG = LoggerFactory.getLogger(ConfigLoader.class);

  private final String processName;
  private final ConfigLayout layout;
  private final UnknownKeyPolicy policy;
  private final KeyIndex index;

  /**
   * @param processName used in log lines, e.g. "DataNode"
   * @param keys every key the process declares; names and deprecated names must be unique
   */
  public ConfigLoader(
      String processName,
      ConfigLayout layout,
      UnknownKeyPolicy policy,
      Collection<? extends ConfigKey<?>> keys) {
    this.processName = processName;
    this.layout = layout;
    this.policy = policy;
    this.index = new KeyIndex(keys);
  }

  /** The standard layout and unknown-key policy of {@code role}. */
  public static ConfigLoader forRole(NodeRole role, Collection<? extends ConfigKey<?>> keys) {
    return new ConfigLoader(
        role.displayName(), ConfigLayout.forRole(role), UnknownKeyPolicy.forRole(role), keys);
  }

  /**
   * Loads the layout's files from {@code confDir}; missing files simply leave their keys at the
   * defaults.
   *
   * @param homeDir the directory relative paths in the values resolve against
   * @throws ConfigException if {@code confDir} is not a directory, a file cannot be read, or a
   *     value is invalid
   */
  public ConfigValues load(Path confDir, Path homeDir) {
    Path dir = checkConfDir(confDir);
    Map<String, RawValue> settings = new HashMap<>();
    List<String> read = new ArrayList<>();
    List<String> absent = new ArrayList<>();
    for (String name : layout.fileNames()) {
      Path file = dir.resolve(name);
      if (Files.isRegularFile(file)) {
        collect(PropertiesFiles.read(file), ConfigOrigin.file(file), settings);
        read.add(name);
      } else {
        absent.add(name);
      }
    }
    logFiles(dir, read, absent);
    return resolve(settings, homeDir);
  }

  /**
   * Loads values from a map instead of files, under the same rules; for test harnesses and other
   * sources that hand over properties directly.
   */
  public ConfigValues load(Map<String, String> properties, ConfigOrigin origin, Path homeDir) {
    Map<String, RawValue> settings = new HashMap<>();
    collect(PropertiesFiles.trimmed(properties), origin, settings);
    return resolve(settings, homeDir);
  }

  private static Path checkConfDir(Path confDir) {
    Path dir = confDir.toAbsolutePath().normalize();
    if (!Files.exists(dir)) {
      throw new ConfigException("Configuration directory " + dir + " does not exist");
    }
    if (!Files.isDirectory(dir)) {
      throw new ConfigException("Configuration directory " + dir + " is not a directory");
    }
    return dir;
  }

  /** Adds one source's values to {@code settings}, overriding what earlier sources set. */
  private void collect(
      Map<String, String> values, ConfigOrigin origin, Map<String, RawValue> settings) {
    Map<String, RawValue> current = new HashMap<>();
    Map<String, RawValue> viaOldNames = new HashMap<>();
    values.forEach(
        (name, text) -> {
          Optional<ConfigKey<?>> key = index.byName(name);
          if (key.isPresent()) {
            putIfSet(current, key.get(), new RawValue(text, name, origin));
            return;
          }
          Optional<ConfigKey<?>> renamed = index.byDeprecatedName(name);
          if (renamed.isPresent()) {
            LOG.warn("{} in {} is a deprecated name; use {}", name, origin, renamed.get().name());
            putIfSet(viaOldNames, renamed.get(), new RawValue(text, name, origin));
            return;
          }
          warnIfUnknown(name, origin);
        });
    // Within one source the current name wins over a deprecated one.
    viaOldNames.forEach(current::putIfAbsent);
    settings.putAll(current);
  }

  private static void putIfSet(Map<String, RawValue> into, ConfigKey<?> key, RawValue raw) {
    if (!raw.text().isEmpty()) {
      into.put(key.name(), raw);
    }
  }

  private void warnIfUnknown(String name, ConfigOrigin origin) {
    if (policy.judge(name) == UnknownKeyPolicy.Verdict.WARN) {
      String hint = index.suggest(name).map(s -> "; did you mean " + s + "?").orElse("");
      LOG.warn("Unknown configuration key {} in {} is ignored{}", name, origin, hint);
    }
  }

  private ConfigValues resolve(Map<String, RawValue> settings, Path homeDir) {
    ConfigValues.Builder builder = new ConfigValues.Builder(homeDir);
    for (ConfigKey<?> key : index.keys()) {
      put(builder, key, settings.get(key.name()));
    }
    return builder.build();
  }

  private static <T> void put(ConfigValues.Builder builder, ConfigKey<T> key, RawValue raw) {
    if (raw == null) {
      builder.putDefault(key);
      return;
    }
    T value;
    try {
      value = key.parse(raw.text());
    } catch (InvalidValueException e) {
      String expectation = key.expectation() + e.detail().map(d -> " (" + d + ")").orElse("");
      throw ConfigException.invalidValue(raw.nameUsed(), raw.text(), raw.origin(), expectation);
    }
    builder.put(key, value, raw.origin());
  }

  private void logFiles(Path dir, List<String> read, List<String> absent) {
    if (read.isEmpty()) {
      LOG.warn(
          "{}: no configuration file in {} (looked for {}); every setting takes its default",
          processName,
          dir,
          String.join(", ", absent));
      return;
    }
    LOG.info(
        "{} configuration from {}: read {}{}{}",
        processName,
        dir,
        String.join(", ", read),
        read.size() > 1 ? " (later files override earlier ones)" : "",
        absent.isEmpty() ? "" : "; absent, so defaults apply: " + String.join(", ", absent));
  }

  /** A value as written, before parsing, with the name it was written under. */
  private record RawValue(String text, String nameUsed, ConfigOrigin origin) {}
}
