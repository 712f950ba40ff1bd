package org.stratadb.protocol.compat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * A service implementation for either side's generated {@code Processor}, built as a dynamic proxy
 * of that side's {@code IClientRPCService.Iface} (so it needs no compile-time type): it accepts
 * exactly one expected call, remembers its arguments and answers with a prepared value.
 */
final class RecordingHandler implements InvocationHandler {
  private final String expectedMethod;
  private final Object answer;
  private Object[] received;

  RecordingHandler(String expectedMethod, Object answer) {
    this.expectedMethod = expectedMethod;
    this.answer = answer;
  }

  /** A processor of {@code side} that dispatches to this handler. */
  Object processorOn(ThriftRuntime side) {
    String service = side.serviceClass().getName();
    Class<?> iface = side.load(service + "$Iface");
    Object implementation = Proxy.newProxyInstance(side.loader(), new Class<?>[] {iface}, this);
    return Reflect.construct(side.load(service + "$Processor"), implementation);
  }

  /** The arguments of the call, or null if the processor never made it. */
  Object[] received() {
    return received;
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) {
    if (method.getDeclaringClass() == Object.class) {
      return switch (method.getName()) {
        case "hashCode" -> System.identityHashCode(proxy);
        case "equals" -> proxy == args[0];
        default -> "RecordingHandler(" + expectedMethod + ")";
      };
    }
    if (!method.getName().equals(expectedMethod)) {
      throw new IllegalStateException(
          "processor dispatched to " + method.getName() + ", expected " + expectedMethod);
    }
    received = args == null ? new Object[0] : args.clone();
    return answer;
  }
}
