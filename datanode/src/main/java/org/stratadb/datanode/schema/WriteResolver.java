package org.stratadb.datanode.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.commons.error.StrataException;
import org.stratadb.commons.path.PartialPath;

/**
 * The write path of a region ({@link SchemaRegion#resolveWrite}): columns resolved from the cached
 * device view, and the slow path that creates missing series.
 */
final class WriteResolver {
  private WriteResolver() {}

  /** See {@link SchemaRegion#resolveWrite}. */
  static void resolve(
      SchemaRegion region,
      String device,
      boolean aligned,
      String[] measurements,
      TSDataType[] types,
      boolean autoCreate,
      WriteColumns out) {
    out.reset(measurements.length);
    DeviceSchema view = region.deviceSchema(device);
    int missing =
        view == null ? countNamed(measurements) : resolveColumns(view, measurements, types, out);
    if (view == null) {
      out.aligned(aligned);
    }
    if (missing == 0) {
      return;
    }
    if (!autoCreate) {
      String deviceText =
          view == null ? PartialPath.parseFull(device).toString() : view.deviceText();
      for (int i = 0; i < measurements.length; i++) {
        if (isMissing(out, measurements, i)) {
          out.failed(i, SchemaErrors.pathNotExist(deviceText + "." + measurements[i]));
        }
      }
      return;
    }
    createMissing(region, PartialPath.parseFull(device), aligned, measurements, types, out);
  }

  private static void createMissing(
      SchemaRegion region,
      PartialPath device,
      boolean aligned,
      String[] measurements,
      TSDataType[] types,
      WriteColumns out) {
    region.change(
        () -> {
          MTree tree = region.tree();
          InnerNode existing = tree.device(device);
          if (existing != null && existing.isAligned() != aligned) {
            throw SchemaErrors.writeAlignmentMismatch(device.toString(), existing.isAligned());
          }
          boolean deviceAligned = existing != null ? existing.isAligned() : aligned;
          List<MeasurementSpec> toCreate = new ArrayList<>();
          Set<String> seen = new HashSet<>();
          Map<String, StrataException> refused = new HashMap<>();
          boolean pathChecked = false;
          for (int i = 0; i < measurements.length; i++) {
            if (!isMissing(out, measurements, i) || types[i] == null) {
              continue;
            }
            String name = measurements[i];
            if (existing != null && existing.child(name) instanceof MeasurementNode) {
              continue; // created meanwhile by another writer; resolved below
            }
            if (!seen.add(name)) {
              StrataException first = refused.get(name);
              if (first != null) {
                out.failed(i, first); // the same measurement twice in one write
              }
              continue;
            }
            MeasurementSpec spec =
                MeasurementSpec.of(name, types[i]).withDefaults(region.settings());
            if (!pathChecked) {
              // problems of the device path (illegal name, a series on the way) fail the write
              tree.checkDevicePath(device, name);
              tree.existingDeviceNode(device);
              pathChecked = true;
            }
            try {
              tree.validateCreate(device, List.of(spec), MTree.CreateKind.AUTO);
              toCreate.add(spec);
            } catch (StrataException e) {
              out.failed(i, e);
              refused.put(name, e);
            }
          }
          if (!toCreate.isEmpty()) {
            region.apply(new SchemaOp.Create(device, deviceAligned, toCreate));
          }
          InnerNode node = tree.device(device);
          if (node != null) {
            DeviceSchema view = DeviceSchema.of(device, node);
            resolveColumns(view, measurements, types, out);
          }
          return null;
        });
  }

  static boolean isMissing(WriteColumns out, String[] measurements, int i) {
    return measurements[i] != null && out.column(i) == null && out.failure(i) == null;
  }

  private static int countNamed(String[] measurements) {
    int n = 0;
    for (String m : measurements) {
      if (m != null) {
        n++;
      }
    }
    return n;
  }

  /** Fills the columns found in the view; returns how many named columns are missing. */
  static int resolveColumns(
      DeviceSchema view, String[] measurements, TSDataType[] types, WriteColumns out) {
    out.device(view);
    int missing = 0;
    for (int i = 0; i < measurements.length; i++) {
      String name = measurements[i];
      if (name == null || out.column(i) != null || out.failure(i) != null) {
        continue;
      }
      int at = view.indexOf(name);
      if (at < 0) {
        missing++;
      } else if (types[i] != null && types[i] != view.type(at)) {
        out.failed(i, SchemaErrors.typeMismatch(view.deviceText(), name, view.type(at), types[i]));
      } else {
        out.resolved(i, view.column(at));
      }
    }
    return missing;
  }
}
