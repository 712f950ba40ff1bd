package org.stratadb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSplitterTest {

  @Test
  void splitsOnSemicolonsOutsideQuotes() {
    assertEquals(
        List.of(
            "create database root.a",
            "insert into root.a.d(time,s) values(1,'x;y')",
            "show databases"),
        StatementSplitter.split(
            "create database root.a; insert into root.a.d(time,s) values(1,'x;y');;show databases;"));
    assertEquals(
        List.of("select `a;b` from root.x"), StatementSplitter.split("select `a;b` from root.x"));
    assertEquals(
        List.of("select 'it''s;' from x", "y"),
        StatementSplitter.split("select 'it''s;' from x;y"));
    assertEquals(List.of("a \"b;c\""), StatementSplitter.split("a \"b;c\";  "));
    assertEquals(List.of(), StatementSplitter.split(" ; ;"));
  }

  @Test
  void detectsUnclosedQuotes() {
    assertTrue(StatementSplitter.endsInsideQuote("insert into x values('a"));
    assertFalse(StatementSplitter.endsInsideQuote("insert into x values('a')"));
    assertFalse(StatementSplitter.endsInsideQuote("'it''s'"));
    assertTrue(StatementSplitter.endsInsideQuote("`a"));
  }
}
