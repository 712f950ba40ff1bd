package org.stratadb.confignode;

import java.time.Duration;
import org.apache.thrift.TException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.net.HostPort;
import org.stratadb.confignode.client.ConfigNodeClients;
import org.stratadb.confignode.client.Endpoints;
import org.stratadb.protocol.common.TSStatus;
import org.stratadb.protocol.confignode.TConfigNodeJoinReq;
import org.stratadb.protocol.confignode.TConfigNodeRegisterReq;
import org.stratadb.protocol.confignode.TConfigNodeRegisterResp;

/**
 * The joining side of ConfigNode registration: asks the seed (following redirects to the leader)
 * for an id, and later asks the leader to add this node's peer. Each step is retried a bounded
 * number of times while the cluster cannot be reached or is busy; a refusal ends it at once.
 */
final class ClusterJoiner {
  private static final Logger LOG = LoggerFactory.getLogger(ClusterJoiner.class);
  private static final int BUSY = StatusCode.OVERLAP_WITH_EXISTING_TASK.code();
  private static final int OK = StatusCode.SUCCESS_STATUS.code();
  private static final int JOIN_TRIES = 3;

  private final ConfigNodeClients clients;
  private final HostPort seed;
  private final int attempts;
  private final Duration retryDelay;
  private final Duration callTimeout;
  private final Duration joinTimeout;
  private HostPort leaderHint;

  /**
   * @param attempts tries of one request while the cluster cannot be reached or is busy
   * @param joinTimeout bound on waiting for the leader to add this node once it has begun
   */
  ClusterJoiner(
      ConfigNodeClients clients,
      HostPort seed,
      int attempts,
      Duration retryDelay,
      Duration callTimeout,
      Duration joinTimeout) {
    this.clients = clients;
    this.seed = seed;
    this.attempts = attempts;
    this.retryDelay = retryDelay;
    this.callTimeout = callTimeout;
    this.joinTimeout = joinTimeout;
    this.leaderHint = seed;
  }

  /**
   * Registers through the seed.
   *
   * @throws ConfigNodeStartupException if the cluster refuses this node or cannot be reached
   */
  TConfigNodeRegisterResp register(TConfigNodeRegisterReq req) {
    String what = "register with the cluster through cn_seed_config_node " + seed;
    return retry(what, false, t -> answer(clients.register(t, req, callTimeout))).value;
  }

  /**
   * Asks the leader to add this node, whose peer runs, and waits until it is a member. If the
   * leader's attempt fails (a new peer that called an election before the leader began adding it is
   * told to shut down), {@code restartPeer} makes a fresh peer and the join starts over, at most
   * {@value #JOIN_TRIES} times.
   */
  void join(TConfigNodeJoinReq req, Runnable restartPeer) {
    for (int attempt = 1; ; attempt++) {
      try {
        joinOnce(req);
        return;
      } catch (Refused e) {
        if (e.code != StatusCode.ADD_CONFIGNODE_ERROR.code() || attempt == JOIN_TRIES) {
          throw e;
        }
        LOG.warn("Joining the ConfigNode group failed ({}); starting over", e.getMessage());
        restartPeer.run();
      }
    }
  }

  private void joinOnce(TConfigNodeJoinReq req) {
    String what = "join the ConfigNode group";
    if (retry(what, true, t -> answer(clients.join(t, req, callTimeout))).status.getCode() == OK) {
      return;
    }
    long deadline = System.nanoTime() + joinTimeout.toNanos();
    while (System.nanoTime() - deadline < 0) {
      pause(); // the leader is adding this node
      Answer<TSStatus> a = retry(what, true, t -> answer(clients.join(t, req, callTimeout)));
      if (a.status.getCode() == OK) {
        return;
      }
    }
    throw new ConfigNodeStartupException(
        "the leader did not add this ConfigNode to the group within " + joinTimeout);
  }

  /** The cluster answered with an error. */
  static final class Refused extends ConfigNodeStartupException {
    private static final long serialVersionUID = 1L;
    final int code;

    Refused(int code, String message) {
      super(message);
      this.code = code;
    }
  }

  private static Answer<TConfigNodeRegisterResp> answer(TConfigNodeRegisterResp r) {
    return new Answer<>(r.getStatus(), r);
  }

  private static Answer<TSStatus> answer(TSStatus s) {
    return new Answer<>(s, s);
  }

  private record Answer<T>(TSStatus status, T value) {}

  @FunctionalInterface
  private interface Attempt<T> {
    Answer<T> at(HostPort target) throws TException;
  }

  /** Tries until a leader answers 200 (or, when {@code busyIsAnswer}, 304), following redirects. */
  private <T> Answer<T> retry(String what, boolean busyIsAnswer, Attempt<T> attempt) {
    HostPort target = leaderHint;
    String last = "no answer";
    for (int i = 1; i <= attempts; i++) {
      try {
        Answer<T> a = attempt.at(target);
        int code = a.status.getCode();
        if (code == OK || (busyIsAnswer && code == BUSY)) {
          leaderHint = target;
          return a;
        }
        if (code == StatusCode.REDIRECTION_RECOMMEND.code()) {
          HostPort next =
              a.status.isSetRedirectNode() ? Endpoints.of(a.status.getRedirectNode()) : null;
          last = target + " is not the leader";
          if (next != null && !next.equals(target)) {
            target = next;
            continue; // follow the redirect at once
          }
        } else if (code == StatusCode.CONSENSUS_NOT_INITIALIZED.code() || code == BUSY) {
          last = a.status.getMessage();
        } else {
          throw new Refused(code, a.status.getMessage());
        }
      } catch (TException e) {
        last = target + " does not answer (" + e.getMessage() + ")";
        if (i == 1 || i % 10 == 0) {
          LOG.info("Cannot {} yet: {}; retrying", what, last);
        }
        target = target.equals(seed) ? leaderHint : seed;
      }
      pause();
    }
    throw new ConfigNodeStartupException(
        "cannot " + what + " after " + attempts + " attempts: " + last);
  }

  private void pause() {
    try {
      Thread.sleep(retryDelay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConfigNodeStartupException("interrupted while joining the cluster", e);
    }
  }
}
