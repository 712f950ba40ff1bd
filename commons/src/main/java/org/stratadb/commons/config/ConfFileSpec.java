package org.stratadb.commons.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The content of one shipped conf file: its name, a few lines saying what it is for, and its keys
 * grouped in titled sections. The module that declares the keys declares the spec next to them;
 * {@link ConfFileRenderer} turns it into the file and {@link ConfFileDiff} checks the file against
 * it.
 *
 * @param fileName e.g. {@code iotdb-datanode.properties}
 * @param declaredBy the class holding the key declarations, named in the file and in test failures
 * @param purpose lines of prose at the top of the file, without the leading {@code #}
 * @param sections the keys, grouped
 */
public record ConfFileSpec(
    String fileName, String declaredBy, List<String> purpose, List<Section> sections) {

  public ConfFileSpec {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(declaredBy, "declaredBy");
    purpose = List.copyOf(purpose);
    sections = List.copyOf(sections);
  }

  /** A titled group of keys. */
  public record Section(String title, List<ConfigKey<?>> keys) {
    public Section {
      Objects.requireNonNull(title, "title");
      keys = List.copyOf(keys);
    }
  }

  /** Every key of the file, in order. */
  public List<ConfigKey<?>> keys() {
    List<ConfigKey<?>> all = new ArrayList<>();
    sections.forEach(s -> all.addAll(s.keys()));
    return List.copyOf(all);
  }

  public static Builder builder(String fileName, Class<?> declaredBy) {
    return new Builder(fileName, declaredBy.getName());
  }

  /** Builds a spec section by section. */
  public static final class Builder {
    private final String fileName;
    private final String declaredBy;
    private final List<String> purpose = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();

    private Builder(String fileName, String declaredBy) {
      this.fileName = fileName;
      this.declaredBy = declaredBy;
    }

    public Builder purpose(String... lines) {
      purpose.addAll(List.of(lines));
      return this;
    }

    public Builder section(String title, ConfigKey<?>... keys) {
      sections.add(new Section(title, List.of(keys)));
      return this;
    }

    public ConfFileSpec build() {
      return new ConfFileSpec(fileName, declaredBy, purpose, sections);
    }
  }
}
