package org.stratadb.query.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stratadb.query.sql.SqlTestSupport.failure;
import static org.stratadb.query.sql.SqlTestSupport.parse;
import static org.stratadb.query.sql.SqlTestSupport.path;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.query.sql.ast.Select;
import org.stratadb.query.sql.ast.expression.BetweenExpression;
import org.stratadb.query.sql.ast.expression.BinaryExpression;
import org.stratadb.query.sql.ast.expression.BinaryExpression.Operator;
import org.stratadb.query.sql.ast.expression.Expression;
import org.stratadb.query.sql.ast.expression.InExpression;
import org.stratadb.query.sql.ast.expression.IsNullExpression;
import org.stratadb.query.sql.ast.expression.LikeExpression;
import org.stratadb.query.sql.ast.expression.LongLiteral;
import org.stratadb.query.sql.ast.expression.RegexpExpression;
import org.stratadb.query.sql.ast.expression.StringLiteral;
import org.stratadb.query.sql.ast.expression.TimeseriesOperand;
import org.stratadb.query.sql.ast.expression.UnaryExpression;

class ExpressionTest {

  private static Expression where(String condition) {
    return parse("select s1 from root.sg.d where " + condition, Select.class).where().orElseThrow();
  }

  private static Expression column(String expression) {
    return parse("select " + expression + " from root.sg.d", Select.class)
        .select()
        .columns()
        .get(0)
        .expression();
  }

  private static TimeseriesOperand operand(String path) {
    return new TimeseriesOperand(path(path));
  }

  /** The tree shape, fully parenthesized, read back through {@link Expression#toSql}. */
  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      value = {
        "s1 + s2 * s3 => s1 + s2 * s3",
        "(s1 + s2) * s3 => (s1 + s2) * s3",
        "s1 - s2 - s3 => s1 - s2 - s3",
        "s1 * s2 / s3 % s4 => s1 * s2 / s3 % s4",
        "-s1 * s2 => -s1 * s2",
        "-(s1 + s2) => -(s1 + s2)",
        "+s1 => s1",
        "s1 + -2 => s1 + -2",
        "s1*s2 => s1 * s2",
        "s1 * 2 => s1 * 2",
        "sin(s1) + cos(s2) => sin(s1) + cos(s2)",
        "count(s1) / 2 => count(s1) / 2",
        "s1 > 1 => s1 > 1",
        "s1 + 1 >= s2 * 2 => s1 + 1 >= s2 * 2",
        "s1 == 1 => s1 = 1",
        "s1 <> 1 => s1 != 1",
        "s1 > 1 and s2 < 2 or s3 = 3 => s1 > 1 & s2 < 2 | s3 = 3",
        "s1 > 1 and (s2 < 2 or s3 = 3) => s1 > 1 & (s2 < 2 | s3 = 3)",
        "s1 > 1 && s2 < 2 || s3 = 3 => s1 > 1 & s2 < 2 | s3 = 3",
        "s1 > 1 & s2 < 2 | s3 = 3 => s1 > 1 & s2 < 2 | s3 = 3",
        "not s1 > 1 => !(s1 > 1)",
        "!s1 => !s1",
        "not s1 > 1 and s2 => !(s1 > 1) & s2",
        "s1 in (1, 2, 3) => s1 IN (1, 2, 3)",
        "s1 not in ('a', 'b') => s1 NOT IN ('a', 'b')",
        "s1 contains (1) => s1 IN (1)",
        "s1 between 1 and 2 => s1 BETWEEN 1 AND 2",
        "s1 not between 1 and 2 and s2 > 0 => s1 NOT BETWEEN 1 AND 2 & s2 > 0",
        "s1 + 1 between s2 and s3 * 2 => s1 + 1 BETWEEN s2 AND s3 * 2",
        "s1 is null => s1 IS NULL",
        "s1 IS NOT NULL or s2 is null => s1 IS NOT NULL | s2 IS NULL",
        "s1 like 'a%' => s1 LIKE 'a%'",
        "s1 not like 'a\\_%' escape '\\' => s1 NOT LIKE 'a\\_%' ESCAPE '\\'",
        "s1 regexp '^[0-9]+$' => s1 REGEXP '^[0-9]+$'",
        "time > 10 => Time > 10",
        "timestamp <= 10 => Time <= 10",
        "root.sg.d.s1 > 'x''y' => root.sg.d.s1 > 'x''y'",
        "s1 = true => s1 = true",
        "s1 != null => s1 != null",
        "s1 > 1.50 => s1 > 1.50"
      })
  void precedenceAndRendering(String written, String rendered) {
    assertEquals(rendered, where(written).toSql());
  }

  @Test
  void notBindsLooserThanComparison() {
    assertEquals(
        new UnaryExpression(
            UnaryExpression.Operator.NOT,
            new BinaryExpression(Operator.GREATER_THAN, operand("s1"), LongLiteral.of(1))),
        where("NOT s1 > 1"));
  }

  @Test
  void betweenAndDoesNotSwallowTheNextCondition() {
    assertEquals(
        new BinaryExpression(
            Operator.AND,
            new BetweenExpression(operand("s1"), false, LongLiteral.of(1), LongLiteral.of(2)),
            new BinaryExpression(Operator.GREATER_THAN, operand("s2"), LongLiteral.of(0))),
        where("s1 BETWEEN 1 AND 2 AND s2 > 0"));
  }

  @Test
  void predicates() {
    assertEquals(
        new InExpression(operand("s1"), true, List.of(LongLiteral.of(1), new StringLiteral("a"))),
        where("s1 NOT IN (1, 'a')"));
    assertEquals(new IsNullExpression(operand("s1"), true), where("s1 IS NOT NULL"));
    assertEquals(
        new LikeExpression(operand("s1"), false, "a_", Optional.empty()), where("s1 LIKE 'a_'"));
    assertEquals(new RegexpExpression(operand("s1"), true, "x"), where("s1 NOT REGEXP \"x\""));
  }

  @Test
  void aNegativeNumberIsALiteral() {
    assertEquals(new LongLiteral(-3, "-3"), column("-3"));
    assertEquals(
        new UnaryExpression(UnaryExpression.Operator.NEGATE, operand("s1")), column("- s1"));
  }

  @Test
  void functionsNestAndTakeExpressions() {
    assertEquals("max_value(s1 + 1) * 2", column("max_value(s1 + 1) * 2").toSql());
    assertEquals("count(*)", column("count(*)").toSql());
    assertEquals("top_k(s1, \"k\"=\"2\")", column("top_k(s1, 'k'='2')").toSql());
  }

  @Test
  void functionArgumentsCannotFollowAttributes() {
    assertEquals(
        "Function top_k: attributes must follow the expression arguments",
        failure("select top_k('k'='2', s1) from root.sg.d", StatusCode.SEMANTIC_ERROR));
  }

  @Test
  void aPathNodeDoesNotContainSpaces() {
    String message = failure("select s1 * from root.sg.d", StatusCode.SQL_PARSE_ERROR);
    assertEquals(
        SqlParseException.PREFIX + "line 1:7 a path node must not contain spaces: 's1 *'", message);
  }
}
