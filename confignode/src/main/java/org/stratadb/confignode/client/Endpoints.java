package org.stratadb.confignode.client;

import org.stratadb.commons.net.HostPort;
import org.stratadb.protocol.common.TEndPoint;

/** Conversions between {@link HostPort} and the wire's {@link TEndPoint}. */
public final class Endpoints {
  private Endpoints() {}

  public static HostPort of(TEndPoint e) {
    return new HostPort(e.getIp(), e.getPort());
  }

  public static TEndPoint of(HostPort h) {
    return new TEndPoint(h.host(), h.port());
  }

  public static String text(TEndPoint e) {
    return of(e).toString();
  }
}
