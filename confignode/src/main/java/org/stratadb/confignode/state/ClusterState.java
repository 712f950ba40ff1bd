package org.stratadb.confignode.state;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.protocol.confignode.state.TClusterStateRecord;
import org.stratadb.protocol.confignode.state.TCommandResult;
import org.stratadb.protocol.confignode.state.TConfigCommand;

/**
 * Everything the ConfigNodes replicate: nodes, databases, region groups, the partition table and
 * the id counters. Commands change it (on every replica, in log order); readers see it through
 * {@link #read}. Thread-safe.
 */
public final class ClusterState {
  private static final Logger LOG = LoggerFactory.getLogger(ClusterState.class);

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private StateTables tables = new StateTables();

  /** Runs {@code reader} under the read lock; it must copy whatever it keeps. */
  public <T> T read(Function<ClusterStateView, T> reader) {
    lock.readLock().lock();
    try {
      return reader.apply(tables);
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Applies one command; a rejected command changes nothing.
   *
   * @return code 200, or the rejection's code and reason
   */
  public TCommandResult apply(TConfigCommand command) {
    lock.writeLock().lock();
    try {
      new CommandApplier(tables).apply(command);
      return new TCommandResult(StatusCode.SUCCESS_STATUS.code());
    } catch (StrataException e) {
      return new TCommandResult(e.statusCode().code()).setMessage(e.getMessage());
    } catch (RuntimeException e) {
      LOG.error("Applying {} failed", command.getSetField(), e);
      return new TCommandResult(StatusCode.INTERNAL_SERVER_ERROR.code())
          .setMessage("applying " + command.getSetField() + " failed: " + e);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** A copy of the whole state. */
  public TClusterStateRecord toRecord() {
    lock.readLock().lock();
    try {
      return StateRecords.toRecord(tables);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Replaces the whole state. */
  public void load(TClusterStateRecord record) {
    StateTables loaded = StateRecords.fromRecord(record);
    lock.writeLock().lock();
    try {
      tables = loaded;
    } finally {
      lock.writeLock().unlock();
    }
  }
}
