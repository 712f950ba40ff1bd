package org.stratadb.commons.config;

import java.util.List;
import java.util.function.Predicate;
import org.stratadb.commons.net.HostPort;

/** The validators StrataDB's keys share. */
public final class Validators {

  private Validators() {}

  /** Accepts every value of the type. */
  public static <T> Validator<T> any() {
    return of(v -> true, "");
  }

  /** A TCP port to bind: 0..65535, where 0 lets the OS choose a free one. */
  public static Validator<Integer> port() {
    return of(p -> p >= 0 && p <= HostPort.MAX_PORT, "port 0.." + HostPort.MAX_PORT);
  }

  /** {@code value >= min}, e.g. a replication factor of at least 1. */
  public static Validator<Number> atLeast(long min) {
    return of(n -> compare(n, min) >= 0, ">= " + min);
  }

  /** {@code value > 0}, e.g. an interval or a count of slots. */
  public static Validator<Number> positive() {
    return of(n -> compare(n, 0) > 0, "> 0");
  }

  /** {@code min <= value <= max}. */
  public static Validator<Number> between(long min, long max) {
    return of(n -> compare(n, min) >= 0 && compare(n, max) <= 0, "in " + min + ".." + max);
  }

  /**
   * An endpoint another node can connect to: a concrete host (not a wildcard address such as
   * 0.0.0.0) and a port other than 0.
   */
  public static Validator<HostPort> connectable() {
    return new Validator<>() {
      @Override
      public void check(HostPort value) {
        String problem = connectProblem(value);
        if (problem != null) {
          throw new InvalidValueException(problem);
        }
      }

      @Override
      public String describe() {
        return "";
      }
    };
  }

  /** A non-empty list of endpoints, each {@link #connectable()}. */
  public static Validator<List<HostPort>> allConnectable() {
    return new Validator<>() {
      @Override
      public void check(List<HostPort> value) {
        if (value.isEmpty()) {
          throw new InvalidValueException("no endpoint given");
        }
        for (int i = 0; i < value.size(); i++) {
          String problem = connectProblem(value.get(i));
          if (problem != null) {
            throw new InvalidValueException("entry " + (i + 1) + " " + problem);
          }
        }
      }

      @Override
      public String describe() {
        return "";
      }
    };
  }

  private static String connectProblem(HostPort endpoint) {
    if (endpoint.isWildcard()) {
      return "'" + endpoint + "' is a wildcard address; give the node's reachable address";
    }
    if (endpoint.port() == 0) {
      return "'" + endpoint + "' has port 0; give the port the node listens on";
    }
    return null;
  }

  private static int compare(Number n, long bound) {
    if (n instanceof Double || n instanceof Float) {
      return Double.compare(n.doubleValue(), bound);
    }
    return Long.compare(n.longValue(), bound);
  }

  /** A validator from a predicate whose failure the description alone explains. */
  public static <T> Validator<T> of(Predicate<T> rule, String description) {
    return new Validator<>() {
      @Override
      public void check(T value) {
        if (!rule.test(value)) {
          throw new InvalidValueException();
        }
      }

      @Override
      public String describe() {
        return description;
      }
    };
  }
}
