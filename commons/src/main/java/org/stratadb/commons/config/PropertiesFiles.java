package org.stratadb.commons.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Reads one {@code .properties} file into trimmed values. */
final class PropertiesFiles {

  private PropertiesFiles() {}

  /**
   * The file's keys in name order (so that warnings come out in a stable order), values trimmed.
   *
   * @throws ConfigException if the file cannot be read or is not a properties file
   */
  static Map<String, String> read(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new ConfigException("Cannot read " + file.toAbsolutePath() + ": " + e, e);
    } catch (IllegalArgumentException e) {
      // Properties.load rejects a malformed \\uXXXX escape this way.
      throw new ConfigException("Cannot parse " + file.toAbsolutePath() + ": " + e.getMessage(), e);
    }
    return trimmed(properties);
  }

  static Map<String, String> trimmed(Map<?, ?> properties) {
    Map<String, String> result = new TreeMap<>();
    properties.forEach((k, v) -> result.put(k.toString().strip(), v.toString().strip()));
    return result;
  }
}
