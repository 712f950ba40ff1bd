package org.stratadb.query.exec.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.tsfile.block.column.Column;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.read.common.block.TsBlock;
import org.apache.tsfile.read.common.block.column.BinaryColumn;
import org.apache.tsfile.read.common.block.column.BooleanColumn;
import org.apache.tsfile.read.common.block.column.IntColumn;
import org.apache.tsfile.read.common.block.column.TimeColumn;
import org.apache.tsfile.utils.Binary;
import org.junit.jupiter.api.Test;
import org.stratadb.query.analyze.Expr;

class EvaluatorsTest {
  // rows: b = true, false, null ; i = 1, null, 3 ; t = "abc", "xbz", null
  private static final TsBlock BLOCK =
      new TsBlock(
          3,
          new TimeColumn(3, new long[] {10, 20, 30}),
          new BooleanColumn(
              3,
              Optional.of(new boolean[] {false, false, true}),
              new boolean[] {true, false, false}),
          new IntColumn(3, Optional.of(new boolean[] {false, true, false}), new int[] {1, 0, 3}),
          new BinaryColumn(
              3,
              Optional.of(new boolean[] {false, false, true}),
              new Binary[] {Texts.binary("abc"), Texts.binary("xbz"), null}));
  private static final Expr B = new Expr.Column(0, TSDataType.BOOLEAN);
  private static final Expr I = new Expr.Column(1, TSDataType.INT32);
  private static final Expr T = new Expr.Column(2, TSDataType.TEXT);

  private static List<String> eval(Expr expr) {
    Column c = Evaluators.compile(expr).eval(BLOCK);
    List<String> out = new ArrayList<>();
    for (int r = 0; r < 3; r++) {
      out.add(c.isNull(r) ? "null" : String.valueOf(c.getObject(r)));
    }
    return out;
  }

  private static Expr gt(Expr l, long v) {
    return new Expr.Binary(Expr.BinaryOp.GT, l, Expr.Literal.of(v));
  }

  @Test
  void threeValuedLogic() {
    Expr iGt2 = gt(I, 2); // false, null, true
    assertEquals(List.of("false", "null", "true"), eval(iGt2));
    assertEquals(
        List.of("false", "false", "null"), eval(new Expr.Binary(Expr.BinaryOp.AND, B, iGt2)));
    assertEquals(List.of("true", "null", "true"), eval(new Expr.Binary(Expr.BinaryOp.OR, B, iGt2)));
    assertEquals(List.of("true", "null", "false"), eval(new Expr.Unary(Expr.UnaryOp.NOT, iGt2)));
    assertEquals(List.of("false", "true", "false"), eval(new Expr.IsNull(I, false)));
  }

  @Test
  void arithmeticAndTime() {
    Expr plus = new Expr.Binary(Expr.BinaryOp.ADD, I, new Expr.Time());
    assertEquals(List.of("11.0", "null", "33.0"), eval(plus));
    assertEquals(List.of("-1", "null", "-3"), eval(new Expr.Unary(Expr.UnaryOp.NEGATE, I)));
    assertEquals(
        List.of("0.5", "null", "1.5"),
        eval(new Expr.Binary(Expr.BinaryOp.DIV, I, Expr.Literal.of(2L))));
  }

  @Test
  void textPredicates() {
    assertEquals(List.of("true", "false", "null"), eval(new Expr.Match(T, "a%", false, false)));
    assertEquals(List.of("true", "true", "null"), eval(new Expr.Match(T, "_b_", false, false)));
    assertEquals(List.of("false", "true", "null"), eval(new Expr.Match(T, "^x", true, false)));
    assertEquals(
        List.of("false", "true", "null"),
        eval(new Expr.In(T, List.of(Expr.Literal.of("xbz"), Expr.Literal.of("q")), false)));
    assertEquals(
        List.of("true", "null", "false"),
        eval(new Expr.Between(I, Expr.Literal.of(0L), Expr.Literal.of(2L), false)));
    assertEquals(
        List.of("false", "null", "true"),
        eval(new Expr.In(I, List.of(Expr.Literal.of(3L)), false)));
  }
}
