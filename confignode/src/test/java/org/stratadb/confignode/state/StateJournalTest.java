package org.stratadb.confignode.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stratadb.confignode.state.StateFixtures.createDb;
import static org.stratadb.confignode.state.StateFixtures.init;
import static org.stratadb.confignode.state.StateFixtures.registerDn;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratadb.protocol.confignode.state.TClusterStateRecord;
import org.stratadb.protocol.confignode.state.TConfigCommand;

class StateJournalTest {
  @TempDir Path dir;

  private ConfigStateMachine open(ClusterState state, long compactEvery) {
    ConfigStateMachine sm =
        new ConfigStateMachine(state, b -> {}, new StateJournal(dir, compactEvery));
    sm.start();
    return sm;
  }

  private static void apply(ConfigStateMachine sm, List<TConfigCommand> commands) {
    for (TConfigCommand c : commands) {
      assertEquals(200, StateCodec.decodeResult(sm.apply(StateCodec.encodeCommand(c))).getCode());
    }
  }

  private static final List<TConfigCommand> COMMANDS =
      List.of(
          init(), registerDn(1, 6667), createDb("root.a"), createDb("root.b"), registerDn(2, 6677));

  @Test
  void aStateWithoutConsensusLogSurvivesACrash() {
    ClusterState before = new ClusterState();
    apply(open(before, 1000), COMMANDS); // never stopped: a crash
    ClusterState after = new ClusterState();
    open(after, 1000);
    assertEquals(before.toRecord(), after.toRecord());
  }

  @Test
  void compactionSnapshotsAndEmptiesTheJournal() throws IOException {
    ClusterState before = new ClusterState();
    ConfigStateMachine sm = open(before, 2);
    apply(sm, COMMANDS);
    sm.stop();
    assertTrue(Files.exists(dir.resolve(StateJournal.SNAPSHOT)));
    assertTrue(
        Files.size(dir.resolve(StateJournal.JOURNAL)) > 0, "one command after the last compaction");
    ClusterState after = new ClusterState();
    open(after, 2);
    assertEquals(before.toRecord(), after.toRecord());
  }

  @Test
  void aTornLastRecordIsDroppedAndTheRestKept() throws IOException {
    ClusterState before = new ClusterState();
    ConfigStateMachine sm = open(before, 1000);
    apply(sm, COMMANDS.subList(0, 3));
    TClusterStateRecord kept = before.toRecord();
    apply(sm, COMMANDS.subList(3, 4));
    sm.stop();
    Path log = dir.resolve(StateJournal.JOURNAL);
    long size = Files.size(log);
    try (FileChannel ch = FileChannel.open(log, StandardOpenOption.WRITE)) {
      ch.truncate(size - 3);
    }
    ClusterState after = new ClusterState();
    ConfigStateMachine reopened = open(after, 1000);
    assertEquals(kept, after.toRecord());
    apply(reopened, List.of(createDb("root.c")));
    reopened.stop();
    ClusterState again = new ClusterState();
    open(again, 1000);
    assertEquals(
        after.toRecord(), again.toRecord(), "appending after the cut keeps a clean journal");
  }
}
