package org.stratadb.commons.config;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * Decides which keys a node that does not declare them should warn about. Unknown keys are never
 * fatal: a warning names the file and key, and the value is ignored.
 *
 * <p>The shared files ({@code iotdb-common.properties}, {@code iotdb-system.properties}) hold keys
 * for both roles, so "not declared here" does not mean "unknown". The rule:
 *
 * <ol>
 *   <li>a key with the process's own prefix ({@code cn_} for a ConfigNode, {@code dn_} for a
 *       DataNode) that the process does not declare is unknown: warn;
 *   <li>a key with another role's prefix belongs to that role: ignore silently;
 *   <li>a key without a role prefix is shared; it is checked only where {@code checkSharedKeys} is
 *       set. The DataNode sets it, because it reads nearly every shared key; the ConfigNode does
 *       not. Hence every shared key the ConfigNode uses must be declared in commons, where the
 *       DataNode sees it too.
 * </ol>
 */
public final class UnknownKeyPolicy {

  /** What to do about a key no declared key (or deprecated name) matches. */
  public enum Verdict {
    WARN,
    IGNORE
  }

  private final String ownPrefix;
  private final Set<String> otherPrefixes;
  private final boolean checkSharedKeys;

  public UnknownKeyPolicy(String ownPrefix, Set<String> otherPrefixes, boolean checkSharedKeys) {
    this.ownPrefix = Objects.requireNonNull(ownPrefix, "ownPrefix");
    this.otherPrefixes = Set.copyOf(otherPrefixes);
    this.checkSharedKeys = checkSharedKeys;
  }

  /** StrataDB's rule for {@code role}, as described on this class. */
  public static UnknownKeyPolicy forRole(NodeRole role) {
    Set<String> others =
        Set.copyOf(
            Arrays.stream(NodeRole.values())
                .filter(r -> r != role)
                .map(NodeRole::keyPrefix)
                .toList());
    return new UnknownKeyPolicy(role.keyPrefix(), others, role == NodeRole.DATA_NODE);
  }

  /** The verdict on a key that this process does not declare. */
  public Verdict judge(String undeclaredKey) {
    if (undeclaredKey.startsWith(ownPrefix)) {
      return Verdict.WARN;
    }
    if (otherPrefixes.stream().anyMatch(undeclaredKey::startsWith)) {
      return Verdict.IGNORE;
    }
    return checkSharedKeys ? Verdict.WARN : Verdict.IGNORE;
  }

  @Override
  public String toString() {
    return "UnknownKeyPolicy[own="
        + ownPrefix
        + ", ignored="
        + otherPrefixes
        + ", checkSharedKeys="
        + checkSharedKeys
        + "]";
  }
}
