package org.stratadb.confignode.consensus;

import java.util.Optional;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.commons.net.HostPort;

/**
 * This ConfigNode does not lead the group; the RPC edge answers REDIRECTION_RECOMMEND with the
 * leader's internal endpoint, when known.
 */
public final class NotConfigLeaderException extends StrataException {
  private static final long serialVersionUID = 1L;

  private final transient HostPort leader;

  public NotConfigLeaderException(HostPort leaderInternalEndpoint) {
    super(
        StatusCode.REDIRECTION_RECOMMEND,
        leaderInternalEndpoint == null
            ? "this ConfigNode is not the leader and no leader is elected yet; retry"
            : "this ConfigNode is not the leader; the leader is " + leaderInternalEndpoint);
    this.leader = leaderInternalEndpoint;
  }

  public Optional<HostPort> leader() {
    return Optional.ofNullable(leader);
  }
}
