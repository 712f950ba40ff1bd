package org.stratadb.consensus.api;

/** No local peer of a group lives on this node. */
public class GroupNotFoundException extends ConsensusException {
  private static final long serialVersionUID = 1L;

  public GroupNotFoundException(ConsensusGroupId group) {
    super(group + " has no peer on this node");
  }
}
