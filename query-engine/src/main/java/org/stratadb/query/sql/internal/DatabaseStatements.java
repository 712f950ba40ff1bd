package org.stratadb.query.sql.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stratadb.commons.path.IllegalPathException;
import org.stratadb.commons.path.PartialPath;
import org.stratadb.query.sql.ast.CountDatabases;
import org.stratadb.query.sql.ast.CreateDatabase;
import org.stratadb.query.sql.ast.DatabaseAttribute;
import org.stratadb.query.sql.ast.DropDatabase;
import org.stratadb.query.sql.ast.SetTtl;
import org.stratadb.query.sql.ast.ShowDatabases;
import org.stratadb.query.sql.ast.ShowTtl;
import org.stratadb.query.sql.ast.Statement;
import org.stratadb.query.sql.ast.UnsetTtl;
import org.stratadb.query.sql.grammar.StrataSqlParser.CountDatabasesContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.CreateDatabaseContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.DatabaseAttributeContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.DropDatabaseContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.PrefixPathContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.SetTtlContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.ShowDatabasesContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.ShowTtlContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.UnsetTtlContext;

/** Databases and their TTL: CREATE/DROP/SHOW/COUNT DATABASE(S), SET/UNSET/SHOW TTL. */
final class DatabaseStatements {
  private static final PartialPath ALL = PartialPath.of(PartialPath.ROOT, PartialPath.MULTI_LEVEL);

  private DatabaseStatements() {}

  static Statement create(CreateDatabaseContext ctx) {
    PartialPath database = Names.prefixPath(ctx.prefixPath());
    if (database.hasWildcard()) {
      throw new IllegalPathException(database.toString(), "a database name holds no wildcard");
    }
    Map<DatabaseAttribute, Long> attributes = new EnumMap<>(DatabaseAttribute.class);
    if (ctx.databaseAttributesClause() != null) {
      for (DatabaseAttributeContext attribute :
          ctx.databaseAttributesClause().databaseAttribute()) {
        String key = attribute.key.getText().toUpperCase(Locale.ROOT);
        long value =
            Literals.nonNegativeLong(
                attribute.INTEGER_LITERAL(), "Database attribute " + key + " is out of range");
        attributes.put(DatabaseAttribute.valueOf(key), value);
      }
    }
    return new CreateDatabase(database, attributes);
  }

  static Statement drop(DropDatabaseContext ctx) {
    return new DropDatabase(Names.prefixPaths(ctx.prefixPath()));
  }

  static Statement show(ShowDatabasesContext ctx) {
    return new ShowDatabases(patternOrAll(ctx.prefixPath()), !ctx.DETAILS().isEmpty());
  }

  static Statement count(CountDatabasesContext ctx) {
    return new CountDatabases(patternOrAll(ctx.prefixPath()));
  }

  static Statement setTtl(SetTtlContext ctx) {
    long ttl =
        ctx.INF() != null
            ? Long.MAX_VALUE
            : Literals.nonNegativeLong(ctx.INTEGER_LITERAL(), "TTL is out of range");
    return new SetTtl(Names.prefixPath(ctx.prefixPath()), ttl);
  }

  static Statement unsetTtl(UnsetTtlContext ctx) {
    return new UnsetTtl(Names.prefixPath(ctx.prefixPath()));
  }

  static Statement showTtl(ShowTtlContext ctx) {
    return new ShowTtl(Names.prefixPaths(ctx.prefixPath()));
  }

  static Statement showAllTtl() {
    return new ShowTtl(List.of());
  }

  /** The pattern given, or {@code root.**}. */
  static PartialPath patternOrAll(PrefixPathContext ctx) {
    return ctx == null ? ALL : Names.prefixPath(ctx);
  }
}
