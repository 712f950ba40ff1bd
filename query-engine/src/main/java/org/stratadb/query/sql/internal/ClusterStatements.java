package org.stratadb.query.sql.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.stratadb.query.sql.ast.Flush;
import org.stratadb.query.sql.ast.RegionKind;
import org.stratadb.query.sql.ast.ShowRegions;
import org.stratadb.query.sql.ast.Statement;
import org.stratadb.query.sql.grammar.StrataSqlParser;
import org.stratadb.query.sql.grammar.StrataSqlParser.FlushContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.ShowRegionsContext;

/** Cluster inspection and maintenance: SHOW REGIONS and FLUSH (the rest have no clauses). */
final class ClusterStatements {
  private ClusterStatements() {}

  static Statement showRegions(ShowRegionsContext ctx) {
    RegionKind kind = RegionKind.ALL;
    if (ctx.kind != null) {
      kind = ctx.kind.getType() == StrataSqlParser.SCHEMA ? RegionKind.SCHEMA : RegionKind.DATA;
    }
    List<Integer> nodeIds = new ArrayList<>();
    for (TerminalNode id : ctx.INTEGER_LITERAL()) {
      nodeIds.add(Literals.nonNegativeInt(id, "NODEID is out of range"));
    }
    return new ShowRegions(kind, Names.prefixPaths(ctx.prefixPath()), nodeIds);
  }

  static Statement flush(FlushContext ctx) {
    Optional<Boolean> sequence =
        ctx.booleanLiteral() == null
            ? Optional.empty()
            : Optional.of(ctx.booleanLiteral().TRUE() != null);
    boolean localOnly = ctx.scope != null && ctx.scope.getType() == StrataSqlParser.LOCAL;
    return new Flush(Names.prefixPaths(ctx.prefixPath()), sequence, localOnly);
  }
}
