package org.stratadb.protocol.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The service has the same calls as IoTDB's, with the same argument and return types, and every
 * type our service can put on the wire exists on IoTDB's side. Against a release before 1.3.3 we
 * may have exactly the three calls 1.3.3 added, and the two reply structs they brought.
 */
class ServiceSurfaceTest {
  private static final Set<String> ADDED_IN_1_3_3 =
      Set.of("testConnectionEmptyRPC", "showConfigurationTemplate", "showConfiguration");
  private static final Set<String> TYPES_ADDED_IN_1_3_3 =
      Set.of("TShowConfigurationTemplateResp", "TShowConfigurationResp");

  @TestFactory
  Stream<DynamicNode> serviceMatchesIotdb() {
    ThriftRuntime ours = CompatTargets.ours();
    return CompatTargets.iotdb().stream()
        .map(
            target ->
                dynamicContainer(
                    target.toString(),
                    Stream.of(
                        dynamicTest("same methods", () -> sameMethods(ours, target)),
                        dynamicTest("same signatures", () -> sameSignatures(ours, target)),
                        dynamicTest("no types IoTDB lacks", () -> noExtraTypes(ours, target)))));
  }

  @Test
  void iotdbClassesStayIsolated() throws Exception {
    ClassLoader testLoader = getClass().getClassLoader();
    for (IsolatedIotdbThrift target : CompatTargets.iotdb()) {
      ClassLoader loader = target.runtime().loader();
      assertSame(ClassLoader.getPlatformClassLoader(), loader.getParent());
      Class<?> theirTBase = loader.loadClass("org.apache.thrift.TBase");
      assertNotSame(testLoader.loadClass("org.apache.thrift.TBase"), theirTBase);
      assertSame(loader, theirTBase.getClassLoader(), "libthrift must come from IoTDB's jars");
    }
    assertThrows(
        ClassNotFoundException.class,
        () -> testLoader.loadClass(IsolatedIotdbThrift.SERVICE_PACKAGE + ".IClientRPCService"));
  }

  private static void sameMethods(ThriftRuntime ours, IsolatedIotdbThrift target) {
    Set<String> theirs = signatures(target.runtime()).keySet();
    Set<String> expected = new TreeSet<>(theirs);
    if (before133(target.version())) {
      assertTrue(
          theirs.stream().noneMatch(ADDED_IN_1_3_3::contains),
          "IoTDB " + target.version() + " already has a 1.3.3 call");
      expected.addAll(ADDED_IN_1_3_3);
    }
    assertEquals(expected, signatures(ours).keySet());
  }

  private static void sameSignatures(ThriftRuntime ours, IsolatedIotdbThrift target) {
    Map<String, String> theirs = signatures(target.runtime());
    Map<String, String> mine = new TreeMap<>(signatures(ours));
    mine.keySet().retainAll(theirs.keySet());
    assertEquals(theirs, mine);
    for (String method : theirs.keySet()) {
      assertNotNull(ours.findServiceWrapper(method + "_args"), method + "_args");
      assertNotNull(ours.findServiceWrapper(method + "_result"), method + "_result");
    }
  }

  private static void noExtraTypes(ThriftRuntime ours, IsolatedIotdbThrift target) {
    Set<String> extra = new TreeSet<>();
    for (Class<?> type : StructPairs.reachable(ours, Set.of())) {
      if (StructPairs.counterpart(ours, target.runtime(), type) == null) {
        extra.add(type.getSimpleName());
      }
    }
    Set<String> allowed = new TreeSet<>();
    if (before133(target.version())) {
      allowed.addAll(TYPES_ADDED_IN_1_3_3);
      ADDED_IN_1_3_3.forEach(m -> allowed.addAll(Set.of(m + "_args", m + "_result")));
    }
    assertEquals(allowed, extra, "types only StrataDB has");
  }

  /** Method name to "ReturnType(ArgType, ...)", with package names dropped. */
  private static Map<String, String> signatures(ThriftRuntime side) {
    Class<?> iface = side.load(side.serviceClass().getName() + "$Iface");
    Map<String, String> out = new TreeMap<>();
    for (Method method : iface.getMethods()) {
      String args =
          Arrays.stream(method.getGenericParameterTypes())
              .map(ServiceSurfaceTest::simpleTypeName)
              .collect(Collectors.joining(", "));
      out.put(method.getName(), simpleTypeName(method.getGenericReturnType()) + "(" + args + ")");
    }
    return out;
  }

  private static String simpleTypeName(Type type) {
    return type.getTypeName().replaceAll("[\\w.]*[.$]", "");
  }

  static boolean before133(String version) {
    int[] parts =
        Arrays.stream(version.split("[.-]")).limit(3).mapToInt(Integer::parseInt).toArray();
    return Arrays.compare(parts, new int[] {1, 3, 3}) < 0;
  }
}
