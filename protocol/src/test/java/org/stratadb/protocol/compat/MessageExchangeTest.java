package org.stratadb.protocol.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.stratadb.protocol.compat.ThriftRuntime.MessageHeader;

/**
 * Whole RPC messages, for every call of the service: one side's generated {@code Client} sends a
 * call with random arguments into memory; the other side's generated {@code Processor} reads it,
 * dispatches it by name to a recording service implementation and writes the reply; the client's
 * own {@code recv_} method must then return what the implementation answered. Run both ways, it
 * proves our server stubs against IoTDB's real client stubs and our client stubs against IoTDB's
 * real server stubs, headers (method name, message type, sequence id) included.
 */
class MessageExchangeTest {

  @TestFactory
  Stream<DynamicNode> everyCallCrossesInBothDirections() {
    ThriftRuntime ours = CompatTargets.ours();
    return CompatTargets.iotdb().stream()
        .map(target -> dynamicContainer(target.toString(), methods(ours, target)));
  }

  private static Stream<DynamicNode> methods(ThriftRuntime ours, IsolatedIotdbThrift target) {
    ThriftRuntime theirs = target.runtime();
    List<DynamicNode> nodes = new ArrayList<>();
    for (Class<?> wrapper : StructPairs.serviceWrappers(theirs)) {
      String name = wrapper.getSimpleName();
      if (!name.endsWith("_args")) {
        continue;
      }
      String method = name.substring(0, name.length() - "_args".length());
      List<DynamicTest> tests = new ArrayList<>();
      for (WireProtocol protocol : WireProtocol.values()) {
        String p = ", " + protocol.name().toLowerCase();
        String caseName = target.version() + "/" + method + "/" + protocol;
        tests.add(
            dynamicTest(
                "our client -> IoTDB server" + p,
                () -> exchange(ours, theirs, method, protocol, caseName + "/ours-client")));
        tests.add(
            dynamicTest(
                "IoTDB client -> our server" + p,
                () -> exchange(theirs, ours, method, protocol, caseName + "/iotdb-client")));
      }
      nodes.add(dynamicContainer(method, tests.stream()));
    }
    return nodes.stream();
  }

  private static void exchange(
      ThriftRuntime client,
      ThriftRuntime server,
      String method,
      WireProtocol protocol,
      String caseName) {
    Random random = CompatTargets.random(caseName);
    String context = caseName + ", " + CompatTargets.replayHint();
    Class<?> serverResult = server.findServiceWrapper(method + "_result");
    assertNotNull(serverResult, server.label() + " lacks " + method + "_result");

    Object clientIn = client.newMemoryTransport();
    Object clientOut = client.newMemoryTransport();
    Object stub =
        client.newClient(
            client.protocolOn(clientIn, protocol), client.protocolOn(clientOut, protocol));
    Object sentArgs =
        new RandomThriftFiller(client, random).full(client.findServiceWrapper(method + "_args"));
    Object[] sent = sendParameters(client, sentArgs);
    Reflect.call(stub, "send_" + method, sent);
    byte[] request = ThriftRuntime.contents(clientOut);

    MessageHeader call =
        ThriftRuntime.readMessageBegin(
            server.protocolOn(server.newMemoryTransport(request), protocol));
    assertEquals(new MessageHeader(method, ThriftRuntime.CALL, 1), call, context);

    FieldInfo success = server.schemas().field(serverResult, (short) 0);
    Object answer = new RandomThriftFiller(server, random).value(success.type());
    RecordingHandler handler = new RecordingHandler(method, answer);
    Object serverOut = server.newMemoryTransport();
    Reflect.call(
        handler.processorOn(server),
        "process",
        server.protocolOn(server.newMemoryTransport(request), protocol),
        server.protocolOn(serverOut, protocol));
    assertNotNull(handler.received(), server.label() + " did not dispatch " + method);
    assertEquals(
        NeutralForm.of(Arrays.asList(sent), client.schemas()),
        NeutralForm.of(Arrays.asList(handler.received()), server.schemas()),
        "arguments differ; " + context);

    ThriftRuntime.append(clientIn, ThriftRuntime.contents(serverOut));
    Object returned = Reflect.call(stub, "recv_" + method);
    assertEquals(
        NeutralForm.of(answer, server.schemas()),
        NeutralForm.of(returned, client.schemas()),
        "return value differs; " + context);
  }

  /** The {@code _args} fields in declaration order, which is the order send_ takes them in. */
  private static Object[] sendParameters(ThriftRuntime client, Object args) {
    List<FieldInfo> fields = client.schemas().fields(args.getClass());
    Object[] params = new Object[fields.size()];
    for (int i = 0; i < params.length; i++) {
      Object value = StructSchemas.get(args, fields.get(i));
      // Generated getters hand out binary fields as byte[], send_ takes a ByteBuffer.
      params[i] = value instanceof byte[] bytes ? ByteBuffer.wrap(bytes) : value;
    }
    return params;
  }
}
