package org.stratadb.protocol.compat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;

/**
 * Reflective calls for the compatibility tests. IoTDB's classes live in another class loader, so
 * the tests can never name their types; every call on them goes through here. Failures of the
 * called code are rethrown with the original exception as cause so a test report shows what IoTDB's
 * own reader complained about.
 */
final class Reflect {
  private static final Map<Class<?>, Class<?>> BOXES =
      Map.of(
          boolean.class, Boolean.class,
          byte.class, Byte.class,
          short.class, Short.class,
          int.class, Integer.class,
          long.class, Long.class,
          double.class, Double.class,
          float.class, Float.class,
          char.class, Character.class);

  private Reflect() {}

  /** Calls the public method {@code name} whose parameters accept {@code args}. */
  static Object call(Object target, String name, Object... args) {
    Method method = findMethod(target.getClass(), name, args);
    return invoke(method, target, args);
  }

  /** Calls a public static method of {@code type}. */
  static Object callStatic(Class<?> type, String name, Object... args) {
    Method method = findMethod(type, name, args);
    return invoke(method, null, args);
  }

  /** Instantiates {@code type} through the public constructor that accepts {@code args}. */
  static Object construct(Class<?> type, Object... args) {
    for (Constructor<?> ctor : type.getConstructors()) {
      if (accepts(ctor, args)) {
        try {
          return ctor.newInstance(args);
        } catch (InvocationTargetException e) {
          throw new IllegalStateException(
              "new " + type.getSimpleName() + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
      }
    }
    throw new IllegalArgumentException(
        "no constructor of " + type.getName() + " accepts " + Arrays.toString(args));
  }

  /** Reads a public field, static when {@code target} is a class. */
  static Object field(Object target, String name) {
    boolean isStatic = target instanceof Class<?>;
    Class<?> type = isStatic ? (Class<?>) target : target.getClass();
    try {
      return type.getField(name).get(isStatic ? null : target);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + type.getName() + "." + name, e);
    }
  }

  private static Method findMethod(Class<?> type, String name, Object[] args) {
    for (Method method : type.getMethods()) {
      // Generated structs carry bridge methods next to the typed ones; either works.
      if (method.getName().equals(name) && accepts(method, args)) {
        return method;
      }
    }
    throw new IllegalArgumentException(
        "no public method " + type.getName() + "." + name + " accepts " + Arrays.toString(args));
  }

  private static boolean accepts(Executable executable, Object[] args) {
    Class<?>[] params = executable.getParameterTypes();
    if (params.length != args.length) {
      return false;
    }
    for (int i = 0; i < params.length; i++) {
      Class<?> param = params[i].isPrimitive() ? BOXES.get(params[i]) : params[i];
      if (args[i] == null ? params[i].isPrimitive() : !param.isInstance(args[i])) {
        return false;
      }
    }
    return true;
  }

  private static Object invoke(Method method, Object target, Object[] args) {
    if (target == null && !Modifier.isStatic(method.getModifiers())) {
      throw new IllegalArgumentException(method + " is not static");
    }
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      String where = method.getDeclaringClass().getSimpleName() + "." + method.getName();
      throw new IllegalStateException(where + " failed: " + e.getCause(), e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + method, e);
    }
  }
}
