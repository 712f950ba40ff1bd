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

/** The slow path of {@link SchemaRegion#resolveWrite}: creating the missing series of a write. */
final class WriteAutoCreate {
  private WriteAutoCreate() {}

  static void run(
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
            if (!SchemaRegion.isMissing(out, measurements, i) || types[i] == null) {
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
            SchemaRegion.resolveColumns(view, measurements, types, out);
          }
          return null;
        });
  }
}
