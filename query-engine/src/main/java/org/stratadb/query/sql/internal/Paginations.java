package org.stratadb.query.sql.internal;

import java.util.List;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.stratadb.query.sql.SqlSemanticException;
import org.stratadb.query.sql.ast.Pagination;
import org.stratadb.query.sql.grammar.StrataSqlParser.PaginationItemContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.RowPaginationClauseContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.RowPaginationItemContext;

/** LIMIT/OFFSET and SLIMIT/SOFFSET clauses, each allowed once, in any order. */
final class Paginations {
  private Paginations() {}

  /** The row and series pagination of a query. */
  record Both(Pagination rows, Pagination series) {}

  static Pagination rows(RowPaginationClauseContext ctx) {
    if (ctx == null) {
      return Pagination.NONE;
    }
    Accumulator acc = new Accumulator();
    for (RowPaginationItemContext item : ctx.rowPaginationItem()) {
      acc.addRow(item);
    }
    return acc.rows();
  }

  static Both both(List<PaginationItemContext> items) {
    Accumulator acc = new Accumulator();
    for (PaginationItemContext item : items) {
      if (item.rowPaginationItem() != null) {
        acc.addRow(item.rowPaginationItem());
      } else if (item.SLIMIT() != null) {
        once(acc.seriesLimit, "SLIMIT");
        acc.seriesLimit = limit(item.INTEGER_LITERAL(), "SLIMIT", "SN");
      } else {
        once(acc.seriesOffset, "SOFFSET");
        acc.seriesOffset = offset(item.INTEGER_LITERAL(), "SOFFSET", "SOFFSETValue");
      }
    }
    return new Both(acc.rows(), acc.series());
  }

  private static void once(long current, String clause) {
    if (current >= 0) {
      throw new SqlSemanticException(clause + " is given more than once");
    }
  }

  /** A LIMIT-like value: at least 1. */
  private static long limit(TerminalNode token, String clause, String name) {
    long value = offset(token, clause, name);
    if (value == 0) {
      throw new SqlSemanticException(
          clause + " <" + name + ">: " + name + " should be greater than 0.");
    }
    return value;
  }

  /** An OFFSET-like value: at least 0. */
  private static long offset(TerminalNode token, String clause, String name) {
    return Literals.nonNegativeLong(
        token, "Out of range. " + clause + " <" + name + ">: " + name + " should be Int64.");
  }

  /** Collects the clauses; -1 marks one not given. */
  private static final class Accumulator {
    long rowLimit = -1;
    long rowOffset = -1;
    long seriesLimit = -1;
    long seriesOffset = -1;

    void addRow(RowPaginationItemContext item) {
      if (item.LIMIT() != null) {
        once(rowLimit, "LIMIT");
        rowLimit = limit(item.INTEGER_LITERAL(), "LIMIT", "N");
      } else {
        once(rowOffset, "OFFSET");
        rowOffset = offset(item.INTEGER_LITERAL(), "OFFSET", "OFFSETValue");
      }
    }

    Pagination rows() {
      return new Pagination(Math.max(rowLimit, 0), Math.max(rowOffset, 0));
    }

    Pagination series() {
      return new Pagination(Math.max(seriesLimit, 0), Math.max(seriesOffset, 0));
    }
  }
}
