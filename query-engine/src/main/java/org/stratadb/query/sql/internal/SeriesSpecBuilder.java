package org.stratadb.query.sql.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.tsfile.enums.TSDataType;
import org.apache.tsfile.file.metadata.enums.CompressionType;
import org.apache.tsfile.file.metadata.enums.TSEncoding;
import org.stratadb.query.sql.SqlSemanticException;
import org.stratadb.query.sql.ast.SeriesSpec;
import org.stratadb.query.sql.grammar.StrataSqlParser.AttributeClauseContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.AttributeClausesContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.AttributeKeyContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.AttributePairContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.AttributeValueContext;
import org.stratadb.query.sql.grammar.StrataSqlParser.TagClauseContext;

/**
 * Reads the attribute clauses of CREATE TIMESERIES (both the {@code WITH DATATYPE=...} form and the
 * short {@code INT32 encoding=RLE} form) into a {@link SeriesSpec}.
 */
final class SeriesSpecBuilder {
  private static final String DATATYPE = "datatype";
  private static final String ENCODING = "encoding";
  private static final Set<String> COMPRESSOR_KEYS = Set.of("compressor", "compression");
  private static final Set<TSDataType> NOT_DECLARABLE =
      Set.of(TSDataType.VECTOR, TSDataType.UNKNOWN, TSDataType.OBJECT);

  private final Literals literals;

  SeriesSpecBuilder(Literals literals) {
    this.literals = literals;
  }

  SeriesSpec build(AttributeClausesContext ctx) {
    if (ctx.attributeKey() != null && !DATATYPE.equals(key(ctx.attributeKey()))) {
      throw new SqlSemanticException("datatype must be declared");
    }
    TSDataType dataType = dataType(value(ctx.dataType));
    Map<String, String> props = new LinkedHashMap<>();
    for (AttributePairContext pair : ctx.attributePair()) {
      props.put(key(pair.key), value(pair.value));
    }
    Optional<TSEncoding> encoding = Optional.ofNullable(props.remove(ENCODING)).map(this::encoding);
    Optional<CompressionType> compressor = Optional.empty();
    for (String key : COMPRESSOR_KEYS) {
      String name = props.remove(key);
      if (name != null) {
        compressor = Optional.of(compressor(name));
      }
    }
    Optional<String> alias =
        ctx.aliasNodeName() == null
            ? Optional.empty()
            : Optional.of(Names.nodeName(ctx.aliasNodeName().nodeName()));
    return new SeriesSpec(
        dataType, encoding, compressor, alias, props, tags(ctx.tagClause()), attributes(ctx));
  }

  private Map<String, String> tags(TagClauseContext ctx) {
    Map<String, String> tags = new LinkedHashMap<>();
    if (ctx != null) {
      for (AttributePairContext pair : ctx.attributePair()) {
        tags.put(rawKey(pair.key), value(pair.value));
      }
    }
    return tags;
  }

  private Map<String, String> attributes(AttributeClausesContext ctx) {
    Map<String, String> attributes = new LinkedHashMap<>();
    AttributeClauseContext clause = ctx.attributeClause();
    if (clause != null) {
      for (AttributePairContext pair : clause.attributePair()) {
        attributes.put(rawKey(pair.key), value(pair.value));
      }
    }
    return attributes;
  }

  private static TSDataType dataType(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    try {
      TSDataType type = TSDataType.valueOf(upper);
      if (!NOT_DECLARABLE.contains(type)) {
        return type;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new SqlSemanticException("Unsupported datatype: " + upper);
  }

  private TSEncoding encoding(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    try {
      return TSEncoding.valueOf(upper);
    } catch (IllegalArgumentException e) {
      throw new SqlSemanticException("Unsupported encoding: " + upper);
    }
  }

  private CompressionType compressor(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    try {
      return CompressionType.valueOf(upper);
    } catch (IllegalArgumentException e) {
      throw new SqlSemanticException("Unsupported compression: " + upper);
    }
  }

  /** A property key, lower-cased: keys such as ENCODING are case-insensitive. */
  private String key(AttributeKeyContext ctx) {
    return rawKey(ctx).toLowerCase(Locale.ROOT);
  }

  /** A tag or attribute key as written (unquoted). */
  private String rawKey(AttributeKeyContext ctx) {
    if (ctx.identifier() != null) {
      return Names.identifier(ctx.identifier());
    }
    return literals.constant(ctx.constant()).text();
  }

  private String value(AttributeValueContext ctx) {
    if (ctx.identifier() != null) {
      return Names.identifier(ctx.identifier());
    }
    if (ctx.constant() != null) {
      return literals.constant(ctx.constant()).text();
    }
    return ctx.getText();
  }
}
