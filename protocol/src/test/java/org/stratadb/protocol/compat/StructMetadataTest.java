package org.stratadb.protocol.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The declarations themselves agree: for every paired struct the same (id, name, type,
 * requiredness) fields, the same values straight out of the no-argument constructor (IDL defaults),
 * and for every enum the same name to number mapping. The round trips would catch most of this too;
 * these tests say precisely which declaration is off.
 */
class StructMetadataTest {

  @TestFactory
  Stream<DynamicNode> structsDeclareTheSameFields() {
    ThriftRuntime ours = CompatTargets.ours();
    return CompatTargets.iotdb().stream()
        .map(
            target ->
                dynamicContainer(
                    target.toString(),
                    StructPairs.structs(ours, target).stream()
                        .map(
                            pair ->
                                dynamicContainer(
                                    pair.name(),
                                    Stream.of(
                                        dynamicTest("fields", () -> sameFields(ours, target, pair)),
                                        dynamicTest(
                                            "defaults",
                                            () -> sameDefaults(ours, target, pair)))))));
  }

  @TestFactory
  Stream<DynamicNode> enumsMapNamesToTheSameNumbers() {
    ThriftRuntime ours = CompatTargets.ours();
    return CompatTargets.iotdb().stream()
        .map(
            target ->
                dynamicContainer(
                    target.toString(),
                    StructPairs.enums(ours, target).stream()
                        .map(pair -> dynamicTest(pair.name(), () -> sameConstants(pair)))));
  }

  private static void sameFields(
      ThriftRuntime ours, IsolatedIotdbThrift target, StructPairs.Pair pair) {
    assertNotNull(pair.ours(), "StrataDB lacks " + pair.name());
    assertEquals(
        signatures(target.runtime().schemas().fields(pair.theirs())),
        signatures(ours.schemas().fields(pair.ours())),
        pair.name() + " fields differ from IoTDB " + target.version());
  }

  private static void sameDefaults(
      ThriftRuntime ours, IsolatedIotdbThrift target, StructPairs.Pair pair) {
    assertNotNull(pair.ours(), "StrataDB lacks " + pair.name());
    ThriftRuntime theirs = target.runtime();
    assertEquals(
        NeutralForm.of(theirs.newInstance(pair.theirs()), theirs.schemas()),
        NeutralForm.of(ours.newInstance(pair.ours()), ours.schemas()),
        pair.name() + " defaults differ from IoTDB " + target.version());
  }

  private static void sameConstants(StructPairs.Pair pair) {
    assertNotNull(pair.ours(), "StrataDB lacks enum " + pair.name());
    assertEquals(constants(pair.theirs()), constants(pair.ours()), pair.name());
  }

  /** One line per field, sorted by id, so a mismatch shows as a readable diff. */
  private static List<String> signatures(List<FieldInfo> fields) {
    Map<Short, String> byId = new TreeMap<>();
    fields.forEach(f -> byId.put(f.id(), f.signature()));
    return List.copyOf(byId.values());
  }

  private static Map<String, Integer> constants(Class<?> enumClass) {
    Map<String, Integer> out = new TreeMap<>();
    for (Object constant : enumClass.getEnumConstants()) {
      out.put(((Enum<?>) constant).name(), StructSchemas.enumValue(constant));
    }
    return out;
  }
}
