package org.stratadb.commons.net;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * A network endpoint as users write it in configuration: a host (IPv4 address, host name or IPv6
 * literal) and a port. The text form is {@code host:port}, with IPv6 literals in brackets, as in
 * {@code [::1]:10710}.
 *
 * <p>Parsing checks syntax only and never resolves a name, so it is cheap and deterministic;
 * whether the host answers is the caller's business.
 *
 * @param host the host without brackets
 * @param port 0..65535, where 0 asks the OS for a free port when binding
 */
public record HostPort(String host, int port) {

  public static final int MAX_PORT = 65_535;

  public HostPort {
    if (!HostSyntax.isValidHost(host)) {
      throw new IllegalArgumentException("'" + host + "' is not a host name, IPv4 or IPv6 address");
    }
    if (port < 0 || port > MAX_PORT) {
      throw new IllegalArgumentException("port " + port + " is not in 0.." + MAX_PORT);
    }
  }

  /**
   * Parses {@code host:port} or {@code [ipv6]:port}.
   *
   * @throws IllegalArgumentException with a short reason, suitable to show to a user
   */
  public static HostPort parse(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("empty address");
    }
    if (s.indexOf(',') >= 0 || s.indexOf(';') >= 0) {
      throw new IllegalArgumentException("a list where a single host:port is expected");
    }
    if (s.startsWith("[")) {
      return parseBracketed(s);
    }
    int colon = s.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("no ':port' after the host");
    }
    if (s.indexOf(':', colon + 1) >= 0) {
      throw new IllegalArgumentException("an IPv6 address needs brackets, as in [::1]:10710");
    }
    if (colon == 0) {
      throw new IllegalArgumentException("no host before ':'");
    }
    return new HostPort(s.substring(0, colon), parsePort(s.substring(colon + 1)));
  }

  private static HostPort parseBracketed(String s) {
    int close = s.indexOf(']');
    if (close < 0) {
      throw new IllegalArgumentException("'[' without a closing ']'");
    }
    String host = s.substring(1, close);
    if (!HostSyntax.isIpv6Literal(host)) {
      throw new IllegalArgumentException("'" + host + "' in brackets is not an IPv6 address");
    }
    if (close + 1 >= s.length() || s.charAt(close + 1) != ':') {
      throw new IllegalArgumentException("no ':port' after ']'");
    }
    return new HostPort(host, parsePort(s.substring(close + 2)));
  }

  private static int parsePort(String text) {
    if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("port '" + text + "' is not a number in 0.." + MAX_PORT);
    }
    int port = Integer.parseInt(text);
    if (port > MAX_PORT) {
      throw new IllegalArgumentException("port " + port + " is not in 0.." + MAX_PORT);
    }
    return port;
  }

  /** Whether the host is an IPv6 literal, which the text form puts in brackets. */
  public boolean isIpv6() {
    return host.indexOf(':') >= 0;
  }

  /**
   * Whether the host is a wildcard address (0.0.0.0 or ::): fine to bind to, but not an address
   * another node can connect to.
   */
  public boolean isWildcard() {
    if (host.equals("0.0.0.0")) {
      return true;
    }
    if (!isIpv6()) {
      return false;
    }
    int zone = host.indexOf('%');
    try {
      // The host holds ':', so the JDK parses it as a literal and never asks DNS.
      return InetAddress.getByName(zone < 0 ? host : host.substring(0, zone)).isAnyLocalAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return isIpv6() ? "[" + host + "]:" + port : host + ":" + port;
  }
}
