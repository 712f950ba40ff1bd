package org.stratadb.confignode.heartbeat;

/** A node's status as SHOW CLUSTER prints it. */
public enum NodeStatus {
  RUNNING("Running"),
  UNKNOWN("Unknown"),
  READ_ONLY("ReadOnly");

  private final String text;

  NodeStatus(String text) {
    this.text = text;
  }

  /** The text shown to users and sent on the wire. */
  public String text() {
    return text;
  }

  /** The status a node reported about itself; anything unrecognised counts as running. */
  public static NodeStatus reported(String text) {
    return READ_ONLY.text.equalsIgnoreCase(text) ? READ_ONLY : RUNNING;
  }
}
