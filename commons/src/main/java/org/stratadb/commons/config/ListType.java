package org.stratadb.commons.config;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A list of one element type, written with commas or semicolons between entries. An empty entry is
 * an error rather than skipped: {@code a,,b} is more often a lost value than a wish.
 */
class ListType<E> implements ConfigType<List<E>> {
  private final String expectation;
  private final Function<String, E> elementParser;
  private final String separator;

  ListType(String expectation, Function<String, E> elementParser, String separator) {
    this.expectation = expectation;
    this.elementParser = elementParser;
    this.separator = separator;
  }

  @Override
  public List<E> parse(String text) {
    return parseEntries(text.split("[,;]", -1), 0, elementParser);
  }

  /**
   * Parses already split entries; {@code firstIndex} counts entries before these, so that the
   * message can name the entry's position in the whole value.
   */
  static <E> List<E> parseEntries(String[] entries, int firstIndex, Function<String, E> parser) {
    List<E> result = new ArrayList<>(entries.length);
    for (int i = 0; i < entries.length; i++) {
      String entry = entries[i].strip();
      int position = firstIndex + i + 1;
      if (entry.isEmpty()) {
        throw new InvalidValueException("entry " + position + " is empty");
      }
      try {
        result.add(parser.apply(entry));
      } catch (InvalidValueException e) {
        String why = e.detail().map(d -> ": " + d).orElse("");
        throw new InvalidValueException("entry " + position + " '" + entry + "'" + why);
      }
    }
    return List.copyOf(result);
  }

  @Override
  public String format(List<E> value) {
    return String.join(separator, value.stream().map(String::valueOf).toList());
  }

  @Override
  public String expectation() {
    return expectation;
  }
}
