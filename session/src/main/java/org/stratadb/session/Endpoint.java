package org.stratadb.session;

/** A server's client address. */
public record Endpoint(String host, int port) {

  /** Parses {@code host:port}, {@code [v6-address]:port} or a bare host with the default port. */
  public static Endpoint parse(String url, int defaultPort) {
    String s = url.trim();
    if (s.startsWith("[")) {
      int close = s.indexOf(']');
      if (close < 0) {
        throw new IllegalArgumentException("bad node url: " + url);
      }
      String host = s.substring(1, close);
      String rest = s.substring(close + 1);
      return new Endpoint(host, rest.startsWith(":") ? port(rest.substring(1), url) : defaultPort);
    }
    int colon = s.lastIndexOf(':');
    if (colon < 0 || s.indexOf(':') != colon) {
      return new Endpoint(s, defaultPort);
    }
    return new Endpoint(s.substring(0, colon), port(s.substring(colon + 1), url));
  }

  private static int port(String text, String url) {
    try {
      int p = Integer.parseInt(text.trim());
      if (p <= 0 || p > 65535) {
        throw new IllegalArgumentException("bad port in node url: " + url);
      }
      return p;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad port in node url: " + url, e);
    }
  }

  @Override
  public String toString() {
    return host.indexOf(':') >= 0 ? "[" + host + "]:" + port : host + ":" + port;
  }
}
