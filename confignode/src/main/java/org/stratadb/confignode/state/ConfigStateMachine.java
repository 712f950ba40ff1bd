package org.stratadb.confignode.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.consensus.api.IStateMachine;
import org.stratadb.protocol.confignode.state.TCommandResult;
import org.stratadb.protocol.confignode.state.TConfigCommand;

/**
 * The state machine of the ConfigNode group: decodes each committed command, applies it to the
 * {@link ClusterState} and encodes the result; snapshots are one {@link SnapshotFile}.
 */
public final class ConfigStateMachine implements IStateMachine {
  private static final Logger LOG = LoggerFactory.getLogger(ConfigStateMachine.class);

  private final ClusterState state;
  private final Consumer<Boolean> leadershipListener;
  private final StateJournal journal;

  /**
   * For a consensus with a log of its own (Ratis), which replays it after a restart.
   *
   * @param leadershipListener told true when this replica becomes leader, false when it stops
   */
  public ConfigStateMachine(ClusterState state, Consumer<Boolean> leadershipListener) {
    this(state, leadershipListener, null);
  }

  /**
   * @param journal keeps the state durable when the consensus logs nothing (SimpleConsensus); null
   *     otherwise
   */
  public ConfigStateMachine(
      ClusterState state, Consumer<Boolean> leadershipListener, StateJournal journal) {
    this.state = state;
    this.leadershipListener = leadershipListener;
    this.journal = journal;
  }

  public ClusterState state() {
    return state;
  }

  @Override
  public void start() {
    if (journal != null) {
      journal.recover(state);
    }
  }

  @Override
  public void stop() {
    if (journal != null) {
      journal.close();
    }
  }

  @Override
  public ByteBuffer apply(ByteBuffer request) {
    TConfigCommand command;
    try {
      command = StateCodec.decodeCommand(request);
    } catch (IllegalArgumentException e) {
      LOG.error("Skipping an unreadable ConfigNode command: {}", e.getMessage());
      return StateCodec.encodeResult(
          new TCommandResult(StatusCode.INTERNAL_SERVER_ERROR.code()).setMessage(e.getMessage()));
    }
    TCommandResult result = state.apply(command);
    if (journal != null && result.getCode() == StatusCode.SUCCESS_STATUS.code()) {
      journal.append(request, state);
    }
    return StateCodec.encodeResult(result);
  }

  @Override
  public ByteBuffer read(ByteBuffer query) {
    // The ConfigNode reads its state in process; nothing is read through consensus.
    return ByteBuffer.allocate(0);
  }

  @Override
  public boolean takeSnapshot(Path snapshotDir) {
    try {
      SnapshotFile.write(snapshotDir.resolve(SnapshotFile.NAME), state.toRecord());
      return true;
    } catch (IOException e) {
      LOG.warn("Cannot write a ConfigNode snapshot into {}: {}", snapshotDir, e.toString());
      return false;
    }
  }

  @Override
  public void loadSnapshot(Path snapshotDir) {
    try {
      state.load(SnapshotFile.read(snapshotDir.resolve(SnapshotFile.NAME)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void onLeadershipChange(boolean isLeader) {
    leadershipListener.accept(isLeader);
  }
}
