package org.stratadb.query.sql.internal;

import java.util.ArrayList;
import java.util.List;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.query.sql.SqlSemanticException;
import org.stratadb.query.sql.ast.DeleteData;
import org.stratadb.query.sql.ast.Insert;
import org.stratadb.query.sql.ast.InsertRow;
import org.stratadb.query.sql.ast.Statement;
import org.stratadb.query.sql.ast.expression.Literal;
import org.stratadb.query.sql.ast.expression.LongLiteral;
import org.stratadb.query.sql.grammar.StrataSqlParser.ConstantContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.DeleteStatementContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.InsertColumnContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.InsertRowContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.InsertStatementContext;

/** INSERT INTO ... VALUES and DELETE FROM ... [WHERE time ...]. */
final class WriteStatements {
  private final BuildContext context;

  WriteStatements(BuildContext context) {
    this.context = context;
  }

  Statement insert(InsertStatementContext ctx) {
    List<InsertColumnContext> columns = ctx.insertColumns().insertColumn();
    boolean hasTime = isTimeColumn(columns.get(0));
    List<String> measurements = new ArrayList<>();
    for (int i = hasTime ? 1 : 0; i < columns.size(); i++) {
      if (isTimeColumn(columns.get(i))) {
        throw new SqlSemanticException("The time column must be the first column of an INSERT");
      }
      measurements.add(Names.identifier(columns.get(i).identifier()));
    }
    List<InsertRowContext> rowContexts = ctx.insertRow();
    if (!hasTime && rowContexts.size() > 1) {
      throw new SqlSemanticException("need timestamps when insert multi rows");
    }
    List<InsertRow> rows = new ArrayList<>(rowContexts.size());
    for (InsertRowContext row : rowContexts) {
      rows.add(row(row.constant(), hasTime, measurements.size()));
    }
    return new Insert(
        Names.prefixPath(ctx.prefixPath()), ctx.ALIGNED() != null, measurements, rows);
  }

  private InsertRow row(List<ConstantContext> constants, boolean hasTime, int measurementCount) {
    long time = hasTime ? time(constants.get(0)) : context.time.now();
    int first = hasTime ? 1 : 0;
    int valueCount = constants.size() - first;
    if (valueCount != measurementCount) {
      throw new SqlSemanticException(
          "the measurementList's size "
              + measurementCount
              + " is not consistent with the valueList's size "
              + valueCount);
    }
    List<Literal> values = new ArrayList<>(valueCount);
    for (int i = first; i < constants.size(); i++) {
      values.add(context.literals.constant(constants.get(i)));
    }
    return new InsertRow(time, values);
  }

  private long time(ConstantContext ctx) {
    Literal literal = context.literals.constant(ctx);
    if (literal instanceof LongLiteral timestamp) {
      return timestamp.value();
    }
    throw TimeLiterals.timeFormatError(ctx.getText());
  }

  private static boolean isTimeColumn(InsertColumnContext column) {
    return column.TIME() != null || column.TIMESTAMP() != null;
  }

  Statement delete(DeleteStatementContext ctx) {
    List<PartialPath> paths = Names.prefixPaths(ctx.prefixPath());
    if (ctx.whereClause() == null) {
      return new DeleteData(paths, Long.MIN_VALUE, Long.MAX_VALUE);
    }
    DeleteTimeRange range =
        DeleteTimeRange.of(context.expressions.build(ctx.whereClause().expression()));
    return new DeleteData(paths, range.start(), range.end());
  }
}
