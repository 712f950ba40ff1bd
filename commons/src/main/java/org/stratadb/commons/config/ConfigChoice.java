package org.stratadb.commons.config;

/**
 * An enum whose constants are written in configuration files under a fixed text, such as a
 * consensus class name or {@code ms}. Used with {@link ConfigTypes#choice}.
 */
public interface ConfigChoice {

  /** The text that selects this constant in a conf file. */
  String configValue();
}
