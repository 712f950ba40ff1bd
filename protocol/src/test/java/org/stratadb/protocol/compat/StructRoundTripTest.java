package org.stratadb.protocol.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every struct the client service can carry survives a trip through the other side's reader and
 * writer, in both directions and with both protocols. A field that one side numbers or types
 * differently is skipped by the other side's reader, so it is missing when the value comes back; a
 * field one side requires and the other may omit makes the minimal cases fail in the reader's own
 * validation.
 */
class StructRoundTripTest {
  /** Random instances per case; each one draws new sizes, values and nesting. */
  private static final int ROUNDS = 4;

  private enum Shape {
    FULL,
    MINIMAL
  }

  @TestFactory
  Stream<DynamicNode> everyStructRoundTripsThroughIotdb() {
    ThriftRuntime ours = CompatTargets.ours();
    return CompatTargets.iotdb().stream()
        .map(
            target ->
                dynamicContainer(
                    target.toString(),
                    StructPairs.structs(ours, target).stream()
                        .map(pair -> dynamicContainer(pair.name(), cases(ours, target, pair)))));
  }

  private static Stream<DynamicTest> cases(
      ThriftRuntime ours, IsolatedIotdbThrift target, StructPairs.Pair pair) {
    ThriftRuntime theirs = target.runtime();
    List<DynamicTest> tests = new ArrayList<>();
    for (WireProtocol protocol : WireProtocol.values()) {
      for (Shape shape : Shape.values()) {
        String suffix = shape.name().toLowerCase() + ", " + protocol.name().toLowerCase();
        String prefix = target.version() + "/" + pair.name() + "/";
        tests.add(
            dynamicTest(
                "ours -> IoTDB -> ours, " + suffix,
                () -> {
                  assertNotNull(pair.ours(), "StrataDB lacks " + pair.name());
                  roundTrip(ours, pair.ours(), theirs, pair.theirs(), protocol, shape, prefix);
                }));
        tests.add(
            dynamicTest(
                "IoTDB -> ours -> IoTDB, " + suffix,
                () -> {
                  assertNotNull(pair.ours(), "StrataDB lacks " + pair.name());
                  roundTrip(theirs, pair.theirs(), ours, pair.ours(), protocol, shape, prefix);
                }));
      }
    }
    return tests.stream();
  }

  /**
   * Writes a random instance with {@code from}, reads it with {@code to}, writes it back with
   * {@code to} and reads it again with {@code from}. The value {@code to} read must equal the
   * original field by field, and the value that comes home must be equal under {@code from}'s own
   * generated equals().
   */
  private static void roundTrip(
      ThriftRuntime from,
      Class<?> fromClass,
      ThriftRuntime to,
      Class<?> toClass,
      WireProtocol protocol,
      Shape shape,
      String casePrefix) {
    String caseName = casePrefix + from.label() + "/" + shape + "/" + protocol;
    RandomThriftFiller filler = new RandomThriftFiller(from, CompatTargets.random(caseName));
    for (int round = 0; round < ROUNDS; round++) {
      Object original = shape == Shape.FULL ? filler.full(fromClass) : filler.minimal(fromClass);
      String context = caseName + " round " + round + ", " + CompatTargets.replayHint();

      Object across = to.deserialize(toClass, from.serialize(original, protocol), protocol);
      assertEquals(
          NeutralForm.of(original, from.schemas()),
          NeutralForm.of(across, to.schemas()),
          to.label() + " read something else than " + from.label() + " wrote; " + context);

      Object home = from.deserialize(fromClass, to.serialize(across, protocol), protocol);
      assertEquals(original, home, "value changed on its way back; " + context);
    }
  }
}
