package org.stratadb.consensus;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratadb.commons.cluster.ConsensusProtocolClass;
import org.stratadb.commons.net.HostPort;
import org.stratadb.consensus.api.ConsensusSettings;
import org.stratadb.consensus.iot.IoTConsensus;
import org.stratadb.consensus.ratis.RatisConsensus;
import org.stratadb.consensus.simple.SimpleConsensus;
import org.stratadb.consensus.testing.KvRegistry;

class ConsensusFactoryTest {
  @TempDir Path tmp;

  @Test
  void eachProtocolClassMakesItsImplementation() {
    ConsensusSettings s =
        new ConsensusSettings(1, new HostPort("127.0.0.1", 0), tmp, 10, Duration.ofSeconds(1));
    KvRegistry r = new KvRegistry(null);
    assertInstanceOf(
        SimpleConsensus.class, ConsensusFactory.create(ConsensusProtocolClass.SIMPLE, s, r));
    assertInstanceOf(
        RatisConsensus.class, ConsensusFactory.create(ConsensusProtocolClass.RATIS, s, r));
    assertInstanceOf(IoTConsensus.class, ConsensusFactory.create(ConsensusProtocolClass.IOT, s, r));
  }
}
