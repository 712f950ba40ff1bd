package org.stratadb.consensus;

import org.stratadb.commons.cluster.ConsensusProtocolClass;
import org.stratadb.consensus.api.ConsensusSettings;
import org.stratadb.consensus.api.IConsensus;
import org.stratadb.consensus.api.StateMachineRegistry;
import org.stratadb.consensus.iot.IoTConsensus;
import org.stratadb.consensus.ratis.RatisConsensus;
import org.stratadb.consensus.ratis.RatisTuning;
import org.stratadb.consensus.simple.SimpleConsensus;

/**
 * The entry point of the consensus module: makes the {@link IConsensus} that a configured protocol
 * class names. The instance is not started; call {@link IConsensus#start()}.
 */
public final class ConsensusFactory {
  private ConsensusFactory() {}

  public static IConsensus create(
      ConsensusProtocolClass protocol, ConsensusSettings settings, StateMachineRegistry registry) {
    return create(protocol, settings, registry, RatisTuning.defaults());
  }

  /**
   * As {@link #create(ConsensusProtocolClass, ConsensusSettings, StateMachineRegistry)}, with Ratis
   * timing.
   */
  public static IConsensus create(
      ConsensusProtocolClass protocol,
      ConsensusSettings settings,
      StateMachineRegistry registry,
      RatisTuning ratisTuning) {
    return switch (protocol) {
      case SIMPLE -> new SimpleConsensus(settings, registry);
      case RATIS -> new RatisConsensus(settings, registry, ratisTuning);
      case IOT -> new IoTConsensus(settings, registry);
    };
  }
}
