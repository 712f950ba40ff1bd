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
 * number of times while the cluster cannot be reached; a refusal ends it at once.
 */
final class ClusterJoiner {
  private static final Logger LOG = LoggerFactory.getLogger(ClusterJoiner.class);

  private final ConfigNodeClients clients;
  private final HostPort seed;
  private final int attempts;
  private final Duration retryDelay;
  private final Duration callTimeout;
  private HostPort leaderHint;

  ClusterJoiner(
      ConfigNodeClients clients,
      HostPort seed,
      int attempts,
      Duration retryDelay,
      Duration callTimeout) {
    this.clients = clients;
    this.seed = seed;
    this.attempts = attempts;
    this.retryDelay = retryDelay;
    this.callTimeout = callTimeout;
    this.leaderHint = seed;
  }

  /**
   * Registers through the seed.
   *
   * @throws ConfigNodeStartupException if the cluster refuses this node or cannot be reached
   */
  TConfigNodeRegisterResp register(TConfigNodeRegisterReq req) {
    return retry(
        "register with the cluster through cn_seed_config_node " + seed,
        target -> {
          TConfigNodeRegisterResp resp = clients.register(target, req, callTimeout);
          return new Answer<>(resp.getStatus(), resp);
        });
  }

  /** Asks the leader to add this node to the group. */
  void join(TConfigNodeJoinReq req) {
    retry(
        "join the ConfigNode group",
        target -> {
          TSStatus s = clients.join(target, req, callTimeout);
          return new Answer<>(s, s);
        });
  }

  private record Answer<T>(TSStatus status, T value) {}

  @FunctionalInterface
  private interface Attempt<T> {
    Answer<T> at(HostPort target) throws TException;
  }

  private <T> T retry(String what, Attempt<T> attempt) {
    HostPort target = leaderHint;
    String last = "no answer";
    for (int i = 1; i <= attempts; i++) {
      try {
        Answer<T> a = attempt.at(target);
        int code = a.status.getCode();
        if (code == StatusCode.SUCCESS_STATUS.code()) {
          leaderHint = target;
          return a.value;
        }
        if (code == StatusCode.REDIRECTION_RECOMMEND.code()) {
          HostPort next =
              a.status.isSetRedirectNode() ? Endpoints.of(a.status.getRedirectNode()) : null;
          last = target + " is not the leader";
          if (next != null && !next.equals(target)) {
            target = next;
            continue; // follow the redirect at once
          }
        } else if (code == StatusCode.CONSENSUS_NOT_INITIALIZED.code()) {
          last = a.status.getMessage();
        } else {
          throw new ConfigNodeStartupException(a.status.getMessage());
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
