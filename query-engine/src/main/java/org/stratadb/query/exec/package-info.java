/**
 * Execution: pull-based {@link org.stratadb.query.exec.Operator}s over TsBlocks, built from plan
 * nodes by {@link org.stratadb.query.exec.Operators}. Region fragments start through a {@link
 * org.stratadb.query.exec.FragmentRunner} (in this process for now) when the root first pulls their
 * exchange. Operators work column by column, never allocate per row, never emit empty blocks and
 * bound the rows of the blocks they build; {@code eval} compiles expressions into column
 * evaluators.
 */
package org.stratadb.query.exec;
