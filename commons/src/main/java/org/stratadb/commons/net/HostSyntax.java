package org.stratadb.commons.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** Syntax checks for the host part of an address; no name is ever resolved. */
public final class HostSyntax {
  private static final Pattern LABEL =
      Pattern.compile("[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?");
  private static final Pattern DIGITS_AND_DOTS = Pattern.compile("[0-9.]+");
  private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+(%[A-Za-z0-9_.-]+)?");
  private static final int MAX_HOST_NAME_LENGTH = 253;

  private HostSyntax() {}

  /** An IPv4 address, a host name, or an IPv6 literal without brackets. */
  public static boolean isValidHost(String host) {
    if (host == null || host.isEmpty()) {
      return false;
    }
    if (host.indexOf(':') >= 0) {
      return isIpv6Literal(host);
    }
    if (DIGITS_AND_DOTS.matcher(host).matches()) {
      // All-numeric names are never host names, so hold them to the dotted-quad form.
      return isIpv4(host);
    }
    return isHostName(host);
  }

  public static boolean isIpv4(String host) {
    String[] parts = host.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || !DIGITS_AND_DOTS.matcher(part).matches()) {
        return false;
      }
      if (Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  public static boolean isHostName(String host) {
    if (host.length() > MAX_HOST_NAME_LENGTH) {
      return false;
    }
    for (String label : host.split("\\.", -1)) {
      if (!LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return true;
  }

  /** An IPv6 address such as {@code ::1} or {@code fe80::1%eth0}, without brackets. */
  public static boolean isIpv6Literal(String host) {
    if (host.indexOf(':') < 0 || !IPV6_CHARS.matcher(host).matches()) {
      return false;
    }
    int zone = host.indexOf('%');
    String address = zone < 0 ? host : host.substring(0, zone);
    try {
      // With a ':' in the text the JDK takes the literal path and never asks DNS. The zone is cut
      // off first so that the answer does not depend on this machine's network interfaces.
      InetAddress.getByName(address);
      return true;
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
