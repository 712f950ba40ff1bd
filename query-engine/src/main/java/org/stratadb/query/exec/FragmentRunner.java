package org.stratadb.query.exec;

import org.stratadb.query.plan.PlanFragment;

/**
 * Starts fragment instances and streams their output. The local runner builds the fragment's
 * operators over a region reader in this process; a remote one would send the fragment to the
 * region's DataNode and stream the blocks back.
 */
public interface FragmentRunner {

  /** Starts {@code fragment}; its blocks are pulled from the returned operator. */
  Operator start(PlanFragment fragment);
}
