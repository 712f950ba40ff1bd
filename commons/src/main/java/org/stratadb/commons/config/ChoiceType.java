package org.stratadb.commons.config;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** One constant of an enum, selected by its {@link ConfigChoice#configValue()}, ignoring case. */
final class ChoiceType<E extends Enum<E> & ConfigChoice> implements ConfigType<E> {
  private final List<E> all;
  private final List<E> allowed;

  ChoiceType(Class<E> type, Set<E> allowed) {
    this.all = List.of(type.getEnumConstants());
    // Declaration order, so that messages and docs list the choices the same way every time.
    this.allowed = all.stream().filter(allowed::contains).toList();
    if (this.allowed.isEmpty()) {
      throw new IllegalArgumentException("no allowed constant of " + type.getName());
    }
  }

  @Override
  public E parse(String text) {
    for (E e : all) {
      if (e.configValue().equalsIgnoreCase(text)) {
        if (!allowed.contains(e)) {
          throw new InvalidValueException(e.configValue() + " is not supported for this setting");
        }
        return e;
      }
    }
    throw new InvalidValueException();
  }

  @Override
  public String format(E value) {
    return value.configValue();
  }

  @Override
  public String expectation() {
    return "one of "
        + allowed.stream().map(ConfigChoice::configValue).collect(Collectors.joining(", "));
  }

  @Override
  public List<String> choices() {
    return allowed.stream().map(ConfigChoice::configValue).toList();
  }

  @Override
  public String toString() {
    return "choice" + Arrays.toString(allowed.toArray());
  }
}
