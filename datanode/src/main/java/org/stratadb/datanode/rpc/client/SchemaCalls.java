package org.stratadb.datanode.rpc.client;

import static org.stratadb.datanode.rpc.client.WireTypes.illegal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stratadb.datanode.coordinator.Coordinator;
import org.stratadb.datanode.coordinator.TimeseriesSpec;
import org.stratadb.protocol.client.TSCreateAlignedTimeseriesReq;
import org.stratadb.protocol.client.TSCreateMultiTimeseriesReq;
import org.stratadb.protocol.client.TSCreateTimeseriesReq;
import org.stratadb.protocol.client.TSDeleteDataReq;
import org.stratadb.protocol.common.TSStatus;

/**
 * Databases, timeseries and deletions. Data types and encodings arrive as ordinals, compressors as
 * their byte codes. The {@code props} of a create request have no counterpart here and are ignored.
 */
final class SchemaCalls {
  private final Coordinator coordinator;

  SchemaCalls(Coordinator coordinator) {
    this.coordinator = coordinator;
  }

  TSStatus setStorageGroup(ConnectionContext c, String database) {
    return Statuses.run(
        "setStorageGroup",
        () -> coordinator.createDatabase(c.requireSession().context(), required(database)));
  }

  TSStatus deleteStorageGroups(ConnectionContext c, List<String> databases) {
    return Statuses.run(
        "deleteStorageGroups",
        () -> coordinator.deleteDatabases(c.requireSession().context(), required(databases)));
  }

  TSStatus createTimeseries(ConnectionContext c, TSCreateTimeseriesReq req) {
    return Statuses.run(
        "createTimeseries",
        () -> {
          var session = c.requireSession().context();
          TimeseriesSpec spec =
              spec(
                  required(req.getPath()),
                  req.getDataType(),
                  req.getEncoding(),
                  req.getCompressor(),
                  req.getMeasurementAlias(),
                  req.getTags(),
                  req.getAttributes());
          coordinator.createTimeseries(session, List.of(spec));
        });
  }

  TSStatus createAlignedTimeseries(ConnectionContext c, TSCreateAlignedTimeseriesReq req) {
    return Statuses.run(
        "createAlignedTimeseries",
        () -> {
          var session = c.requireSession().context();
          List<String> names = required(req.getMeasurements());
          int n = names.size();
          sameSize(n, req.getDataTypes(), req.getEncodings(), req.getCompressors());
          optionalSameSize(n, req.getMeasurementAlias(), req.getTagsList());
          optionalSameSize(n, req.getAttributesList());
          List<TimeseriesSpec> specs = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            specs.add(
                spec(
                    required(names.get(i)),
                    req.getDataTypes().get(i),
                    req.getEncodings().get(i),
                    req.getCompressors().get(i),
                    at(req.getMeasurementAlias(), i),
                    at(req.getTagsList(), i),
                    at(req.getAttributesList(), i)));
          }
          coordinator.createAlignedTimeseries(session, required(req.getPrefixPath()), specs);
        });
  }

  TSStatus createMultiTimeseries(ConnectionContext c, TSCreateMultiTimeseriesReq req) {
    return Statuses.run(
        "createMultiTimeseries",
        () -> {
          var session = c.requireSession().context();
          List<String> paths = required(req.getPaths());
          int n = paths.size();
          sameSize(n, req.getDataTypes(), req.getEncodings(), req.getCompressors());
          optionalSameSize(n, req.getMeasurementAliasList(), req.getTagsList());
          optionalSameSize(n, req.getAttributesList(), req.getPropsList());
          List<TimeseriesSpec> specs = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            specs.add(
                spec(
                    required(paths.get(i)),
                    req.getDataTypes().get(i),
                    req.getEncodings().get(i),
                    req.getCompressors().get(i),
                    at(req.getMeasurementAliasList(), i),
                    at(req.getTagsList(), i),
                    at(req.getAttributesList(), i)));
          }
          coordinator.createTimeseries(session, specs);
        });
  }

  TSStatus deleteTimeseries(ConnectionContext c, List<String> paths) {
    return Statuses.run(
        "deleteTimeseries",
        () -> coordinator.deleteTimeseries(c.requireSession().context(), required(paths)));
  }

  TSStatus deleteData(ConnectionContext c, TSDeleteDataReq req) {
    return Statuses.run(
        "deleteData",
        () ->
            coordinator.deleteData(
                c.requireSession().context(),
                required(req.getPaths()),
                req.getStartTime(),
                req.getEndTime()));
  }

  private static TimeseriesSpec spec(
      String path,
      Integer dataType,
      Integer encoding,
      Integer compressor,
      String alias,
      Map<String, String> tags,
      Map<String, String> attributes) {
    return new TimeseriesSpec(
        path,
        WireTypes.dataType(required(dataType)),
        WireTypes.encoding(required(encoding)),
        WireTypes.compressor(required(compressor)),
        alias,
        tags,
        attributes);
  }

  private static <T> T at(List<T> list, int index) {
    return list == null ? null : list.get(index);
  }

  private static void sameSize(int n, List<?>... lists) {
    for (List<?> list : lists) {
      if (list == null || list.size() != n) {
        throw illegal(
            "expected "
                + n
                + " entries per list, got "
                + (list == null ? "none" : String.valueOf(list.size())));
      }
    }
  }

  private static void optionalSameSize(int n, List<?>... lists) {
    for (List<?> list : lists) {
      if (list != null && list.size() != n) {
        throw illegal("expected " + n + " entries per list, got " + list.size());
      }
    }
  }

  private static <T> T required(T value) {
    if (value == null) {
      throw illegal("a required argument is missing");
    }
    return value;
  }
}
