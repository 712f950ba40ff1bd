package org.stratadb.datanode.rpc.client;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stratadb.commons.error.StatusCode;
import org.stratadb.commons.error.StrataException;
import org.stratadb.datanode.session.ClientSession;
import org.stratadb.datanode.session.SessionManager;
import org.stratadb.protocol.client.ServerProperties;
import org.stratadb.protocol.client.TSConnectionInfo;
import org.stratadb.protocol.client.TSConnectionInfoResp;
import org.stratadb.protocol.client.TSConnectionType;
import org.stratadb.protocol.client.TSGetTimeZoneResp;
import org.stratadb.protocol.client.TSOpenSessionReq;
import org.stratadb.protocol.client.TSOpenSessionResp;
import org.stratadb.protocol.client.TSProtocolVersion;
import org.stratadb.protocol.client.TSSetTimeZoneReq;
import org.stratadb.protocol.common.TSStatus;

/** Login, logout, statement ids, the session time zone and the server's properties. */
final class SessionCalls {
  private static final Logger LOG = LoggerFactory.getLogger(SessionCalls.class);

  /** The names IoTDB reports for the time aggregations a GROUP BY can use on time. */
  private static final List<String> TIME_AGGREGATIONS = List.of("max_time", "min_time");

  private final SessionManager sessions;
  private final ClientServiceInfo info;

  SessionCalls(SessionManager sessions, ClientServiceInfo info) {
    this.sessions = sessions;
    this.info = info;
  }

  TSOpenSessionResp openSession(ConnectionContext c, TSOpenSessionReq req) {
    TSOpenSessionResp resp =
        new TSOpenSessionResp(Statuses.ok(), TSProtocolVersion.IOTDB_SERVICE_PROTOCOL_V3);
    if (req.getClient_protocol() != TSProtocolVersion.IOTDB_SERVICE_PROTOCOL_V3) {
      return resp.setStatus(
              Statuses.of(
                  StatusCode.INCOMPATIBLE_VERSION,
                  "Client protocol "
                      + req.getClient_protocol()
                      + " is not supported; this server speaks IOTDB_SERVICE_PROTOCOL_V3"
                      + " (IoTDB 1.x clients)"))
          .setSessionId(-1);
    }
    try {
      ZoneId zone = parseZone(req.getZoneId(), StatusCode.GENERATE_TIME_ZONE_ERROR);
      Map<String, String> config = req.getConfiguration();
      String version = config == null ? null : config.get("version");
      ClientSession session =
          sessions.login(req.getUsername(), req.getPassword(), zone, c.remoteAddress(), version);
      c.bind(session);
      resp.getStatus().setMessage("Login successfully");
      return resp.setSessionId(session.id());
    } catch (StrataException e) {
      if (e.statusCode() == StatusCode.WRONG_LOGIN_PASSWORD) {
        LOG.info("Login of user {} from {} refused", req.getUsername(), c.remoteAddress());
      }
      return resp.setStatus(Statuses.failure("openSession", e)).setSessionId(-1);
    } catch (RuntimeException e) {
      return resp.setStatus(Statuses.failure("openSession", e)).setSessionId(-1);
    }
  }

  TSStatus closeSession(ConnectionContext c) {
    if (!c.endSession("closed by the client")) {
      return Statuses.of(StatusCode.NOT_LOGIN, ConnectionContext.NOT_LOGGED_IN_MESSAGE);
    }
    return Statuses.ok();
  }

  /** A fresh statement id; the reply has no status, so this works without a session too. */
  long requestStatementId() {
    return sessions.newStatementId();
  }

  TSGetTimeZoneResp getTimeZone(ConnectionContext c) {
    try {
      return new TSGetTimeZoneResp(Statuses.ok(), c.requireSession().zoneId().toString());
    } catch (RuntimeException e) {
      return new TSGetTimeZoneResp(Statuses.failure("getTimeZone", e), "");
    }
  }

  TSStatus setTimeZone(ConnectionContext c, TSSetTimeZoneReq req) {
    return Statuses.run(
        "setTimeZone",
        () -> {
          ClientSession session = c.requireSession();
          session.setZoneId(parseZone(req.getTimeZone(), StatusCode.SET_TIME_ZONE_ERROR));
        });
  }

  ServerProperties getProperties() {
    return new ServerProperties(
            info.version(),
            TIME_AGGREGATIONS,
            info.timestampPrecision().configValue(),
            info.maxConcurrentClientNum())
        .setThriftMaxFrameSize(info.thriftMaxFrameSize())
        .setIsReadOnly(info.readOnly().getAsBoolean())
        .setBuildInfo(info.buildInfo())
        .setLogo(info.logo());
  }

  TSConnectionInfoResp fetchAllConnectionsInfo() {
    List<TSConnectionInfo> list = new ArrayList<>();
    for (ClientSession session : sessions.openSessions()) {
      list.add(
          new TSConnectionInfo(
              session.user(),
              session.loginTime().toEpochMilli(),
              session.clientAddress(),
              TSConnectionType.THRIFT_BASED));
    }
    return new TSConnectionInfoResp(list);
  }

  private static ZoneId parseZone(String zone, StatusCode code) {
    if (zone == null || zone.isBlank()) {
      throw new StrataException(code, "No time zone given");
    }
    try {
      return ZoneId.of(zone.trim());
    } catch (DateTimeException e) {
      throw new StrataException(code, "Unknown time zone " + zone + ": " + e.getMessage());
    }
  }
}
