package org.stratadb.datanode.rpc.client;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Calls Apache IoTDB's client classes by name. Tests never compile against them (checkstyle bans
 * {@code org.apache.iotdb} imports); they load them from the test class path and pick methods by
 * name and argument types. A call that throws inside IoTDB's code throws {@link Failure} with the
 * original exception as its cause.
 */
final class Reflect {
  private static final Map<Class<?>, Class<?>> BOXES =
      Map.of(
          boolean.class, Boolean.class,
          byte.class, Byte.class,
          short.class, Short.class,
          int.class, Integer.class,
          long.class, Long.class,
          float.class, Float.class,
          double.class, Double.class,
          char.class, Character.class);

  private Reflect() {}

  /** An exception thrown by the reflectively called code. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failure(Throwable cause) {
      super(cause.toString(), cause);
    }
  }

  /**
   * Loads from the thread's context class loader when one is set (the isolated IoTDB client tests
   * set theirs), else from the test class path.
   */
  static Class<?> load(String name) {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    try {
      return Class.forName(name, true, context != null ? context : Reflect.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("not on the test class path: " + name, e);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static Object enumValue(String enumClass, String constant) {
    return Enum.valueOf((Class<? extends Enum>) load(enumClass), constant);
  }

  static Object construct(String className, Object... args) {
    return construct(load(className), args);
  }

  static Object construct(Class<?> type, Object... args) {
    Constructor<?> match = null;
    for (Constructor<?> c : type.getConstructors()) {
      if (fits(c, args)) {
        match = c;
        break;
      }
    }
    if (match == null) {
      throw new IllegalArgumentException(
          "no constructor of " + type.getName() + " fits " + types(args));
    }
    try {
      return match.newInstance(args);
    } catch (InvocationTargetException e) {
      throw new Failure(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  static Object call(Object target, String name, Object... args) {
    return invoke(target.getClass(), target, name, args);
  }

  static Object callStatic(String className, String name, Object... args) {
    return invoke(load(className), null, name, args);
  }

  static Object field(Object target, String name) {
    try {
      return target.getClass().getField(name).get(target);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object invoke(Class<?> type, Object target, String name, Object[] args) {
    Method match = null;
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name)
          && (target != null || Modifier.isStatic(m.getModifiers()))
          && fits(m, args)) {
        match = m;
        break;
      }
    }
    if (match == null) {
      throw new IllegalArgumentException("no method " + type.getName() + "." + name + types(args));
    }
    try {
      match.trySetAccessible();
      return match.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw new Failure(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean fits(Executable executable, Object[] args) {
    Class<?>[] params = executable.getParameterTypes();
    if (params.length != args.length) {
      return false;
    }
    for (int i = 0; i < params.length; i++) {
      Class<?> param = params[i];
      Object arg = args[i];
      if (arg == null) {
        if (param.isPrimitive()) {
          return false;
        }
      } else if (!(param.isPrimitive() ? BOXES.get(param) : param).isInstance(arg)) {
        return false;
      }
    }
    return true;
  }

  private static List<String> types(Object[] args) {
    List<String> names = new ArrayList<>();
    for (Object arg : args) {
      names.add(arg == null ? "null" : arg.getClass().getSimpleName());
    }
    return names;
  }
}
