package org.stratadb.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The flags of {@code start-cli.sh}, named as IoTDB 1.3 names them. {@code -e} is not here: it
 * takes the rest of the command line (see {@link CliArguments}).
 */
@Command(
    name = "start-cli.sh",
    sortOptions = false,
    usageHelpWidth = 88,
    description = "StrataDB command line interface (IoTDB-compatible).",
    footer = {
      "",
      "  -e <statements>   Run the statements (separated by ';') and exit; must come last.",
      "",
      "Interactive mode keeps its history in ~/.stratadb_history."
    })
final class CliOptions {
  /** Value of -pw given without a password: ask for it. */
  static final String ASK_PASSWORD = "\u0000ask";

  @Option(
      names = "-h",
      paramLabel = "<host>",
      description = "Host Name. Default is 127.0.0.1. (optional)")
  String host = "127.0.0.1";

  @Option(names = "-p", paramLabel = "<port>", description = "Port. Default is 6667. (optional)")
  int port = 6667;

  @Option(
      names = "-u",
      paramLabel = "<username>",
      description = "User name. Default is root. (optional)")
  String username = "root";

  @Option(
      names = "-pw",
      arity = "0..1",
      fallbackValue = ASK_PASSWORD,
      paramLabel = "<password>",
      description = "Password. Default is root; -pw without a value asks for it. (optional)")
  String password = "root";

  @Option(
      names = "-c",
      description = "Use the Thrift compact protocol (rpc_thrift_compression_enable). (optional)")
  boolean compact;

  @Option(names = "-disableISO8601", description = "Display timestamps as numbers. (optional)")
  boolean disableIso8601;

  @Option(
      names = "-maxPRC",
      paramLabel = "<maxPrintRowCount>",
      description =
          "Rows printed per page before asking to go on; 0 or less prints all. Default 1000."
              + " (optional)")
  int maxPrintRowCount = 1000;

  @Option(
      names = "-timeout",
      paramLabel = "<queryTimeout>",
      description = "Query timeout in seconds; 0 uses the server's setting. (optional)")
  long timeoutSeconds;

  @Option(
      names = "-usessl",
      arity = "1",
      paramLabel = "<use_ssl>",
      description = "true to connect with TLS. (optional)")
  boolean useSsl;

  @Option(
      names = "-ts",
      paramLabel = "<trust_store>",
      description = "Trust store for TLS. (optional)")
  String trustStore;

  @Option(
      names = "-tpw",
      paramLabel = "<trust_store_pwd>",
      description = "Trust store password. (optional)")
  String trustStorePassword;

  @Option(names = "-help", usageHelp = true, description = "Display help information.")
  boolean help;
}
