package org.stratadb.datanode.schema;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tsfile.enums.TSDataType;
import org.stratadb.commons.path.PartialPath;

/**
 * The tree of one schema region: the database node and everything below it. Lookups take no lock;
 * {@link #validateCreate} and the {@code apply} methods run under the region's write lock, apply
 * only after validation (and logging) succeeded, so they cannot fail halfway.
 */
final class MTree {
  private final PartialPath database;
  private final InnerNode root;

  MTree(PartialPath database) {
    this.database = database;
    this.root = new InnerNode(database.lastNode());
  }

  PartialPath database() {
    return database;
  }

  InnerNode root() {
    return root;
  }

  // ---- lookups ----

  /** The node at {@code path}, or null (also for paths outside the database). */
  Node find(PartialPath path) {
    int start = database.length();
    if (path.length() < start || !database.isPrefixOf(path)) {
      return null;
    }
    Node cur = root;
    for (int i = start; i < path.length(); i++) {
      if (!(cur instanceof InnerNode inner)) {
        return null;
      }
      cur = inner.child(path.node(i));
      if (cur == null) {
        return null;
      }
    }
    return cur;
  }

  /** The device at {@code path} if it is one (has measurements), else null. */
  InnerNode device(PartialPath path) {
    return find(path) instanceof InnerNode inner && inner.isDevice() ? inner : null;
  }

  /** The series at {@code path}, whose last node may be the measurement's name or its alias. */
  MeasurementNode measurement(PartialPath path) {
    if (path.length() <= database.length()) {
      return null;
    }
    if (!(find(path.parent()) instanceof InnerNode device)) {
      return null;
    }
    String last = path.lastNode();
    return device.child(last) instanceof MeasurementNode m ? m : device.aliased(last);
  }

  // ---- validation ----

  /** How a creation treats the device's alignment. */
  enum CreateKind {
    /** {@code CREATE TIMESERIES}: the device must not be aligned. */
    NON_ALIGNED,
    /** {@code CREATE ALIGNED TIMESERIES}: the device must not be non-aligned. */
    ALIGNED,
    /** Auto-creation on write: the caller checked alignment already. */
    AUTO
  }

  /**
   * Checks that the measurements can be created under {@code device} as IoTDB would, throwing the
   * error IoTDB reports for the first problem found.
   */
  void validateCreate(PartialPath device, List<MeasurementSpec> specs, CreateKind kind) {
    checkDevicePath(device, specs.get(0).name());
    for (MeasurementSpec spec : specs) {
      checkMeasurement(device, spec);
    }
    if (kind == CreateKind.ALIGNED) {
      Set<String> names = new HashSet<>();
      for (MeasurementSpec spec : specs) {
        if (!names.add(spec.name())) {
          throw SchemaErrors.duplicateAlignedMeasurement();
        }
      }
    }
    InnerNode existing = existingDeviceNode(device);
    checkNames(device, existing, specs, kind);
    if (existing != null && existing.isDevice()) {
      if (kind == CreateKind.NON_ALIGNED && existing.isAligned()) {
        throw SchemaErrors.deviceIsAligned(device.toString());
      }
      if (kind == CreateKind.ALIGNED && !existing.isAligned()) {
        throw SchemaErrors.deviceIsNotAligned(device.toString());
      }
    }
  }

  /** Each new name and alias is free under the device and among the new measurements. */
  private static void checkNames(
      PartialPath device, InnerNode existing, List<MeasurementSpec> specs, CreateKind kind) {
    Set<String> newNames = new HashSet<>();
    for (MeasurementSpec spec : specs) {
      newNames.add(spec.name());
    }
    Set<String> newAliases = new HashSet<>();
    for (MeasurementSpec spec : specs) {
      String path = device + "." + spec.name();
      boolean aliasClash = aliasClash(existing, spec, newNames, newAliases);
      // IoTDB checks the alias first for one series, the name first for an aligned device
      if (kind == CreateKind.NON_ALIGNED && aliasClash) {
        throw SchemaErrors.aliasAlreadyExists(path, spec.alias());
      }
      if (existing != null) {
        checkLeafFree(existing, spec.name(), path);
      }
      if (aliasClash) {
        throw SchemaErrors.aliasAlreadyExists(path, spec.alias());
      }
    }
  }

  private static boolean aliasClash(
      InnerNode existing, MeasurementSpec spec, Set<String> newNames, Set<String> newAliases) {
    String alias = spec.alias();
    if (alias == null) {
      return false;
    }
    return alias.equals(spec.name())
        || (existing != null && existing.nameTaken(alias))
        || newNames.contains(alias)
        || !newAliases.add(alias);
  }

  private static void checkLeafFree(InnerNode device, String name, String path) {
    Node node = device.child(name);
    if (node instanceof InnerNode) {
      throw SchemaErrors.pathAlreadyExists(path);
    }
    if (node != null || device.aliased(name) != null) {
      throw SchemaErrors.timeseriesAlreadyExists(path);
    }
  }

  /** The device's node if the whole device path exists; 506 if a series sits on the way. */
  InnerNode existingDeviceNode(PartialPath device) {
    Node cur = root;
    for (int i = database.length(); i < device.length(); i++) {
      Node next = ((InnerNode) cur).child(device.node(i));
      if (next == null) {
        return null;
      }
      if (next instanceof MeasurementNode) {
        throw SchemaErrors.pathAlreadyExists(device.prefix(i + 1).toString());
      }
      cur = next;
    }
    return (InnerNode) cur;
  }

  /** The device path lies in the database and holds no illegal node name. */
  void checkDevicePath(PartialPath device, String firstMeasurement) {
    if (!database.isPrefixOf(device)) {
      throw SchemaErrors.notInDatabase(device + "." + firstMeasurement);
    }
    for (int i = database.length(); i < device.length(); i++) {
      checkName(device.node(i), device + "." + firstMeasurement);
    }
  }

  private static void checkMeasurement(PartialPath device, MeasurementSpec spec) {
    String path = device + "." + spec.name();
    checkName(spec.name(), path);
    if (spec.alias() != null) {
      checkName(spec.alias(), path);
    }
    TSDataType type = spec.type();
    if (!creatable(type)) {
      throw SchemaErrors.typeNotSupported(type);
    }
    if (!spec.encoding().isSupported(type)) {
      throw SchemaErrors.encodingNotSupported(spec.encoding(), type);
    }
    for (Map.Entry<String, String> tag : spec.tags().entrySet()) {
      if (spec.attributes().containsKey(tag.getKey())) {
        throw SchemaErrors.tagAttributeClash(tag.getKey());
      }
    }
  }

  static boolean creatable(TSDataType type) {
    switch (type) {
      case BOOLEAN:
      case INT32:
      case INT64:
      case FLOAT:
      case DOUBLE:
      case TEXT:
      case STRING:
      case BLOB:
      case DATE:
      case TIMESTAMP:
        return true;
      default:
        return false;
    }
  }

  /** IoTDB refuses wildcards and the reserved words time and timestamp as node names. */
  static void checkName(String name, String path) {
    String lower = name.trim().toLowerCase(Locale.ENGLISH);
    if (name.indexOf('*') >= 0 || "time".equals(lower) || "timestamp".equals(lower)) {
      throw SchemaErrors.illegalName(path, name);
    }
  }

  // ---- mutation ----

  void apply(SchemaOp op) {
    if (op instanceof SchemaOp.Create create) {
      applyCreate(create);
    } else {
      applyDelete((SchemaOp.Delete) op);
    }
  }

  /** Adds the measurements, creating the path to the device as needed; returns the device. */
  InnerNode applyCreate(SchemaOp.Create op) {
    PartialPath device = op.device();
    InnerNode cur = root;
    for (int i = database.length(); i < device.length(); i++) {
      Node next = cur.child(device.node(i));
      if (next == null) {
        InnerNode created = new InnerNode(device.node(i));
        cur.putChild(created);
        next = created;
      }
      if (!(next instanceof InnerNode inner)) {
        throw new IllegalStateException("a series lies on the device path " + device);
      }
      cur = inner;
    }
    for (MeasurementSpec spec : op.measurements()) {
      MeasurementNode m = MeasurementNode.of(spec);
      cur.putChild(m);
      if (m.alias != null) {
        cur.putAlias(m.alias, m);
      }
    }
    if (!cur.isDevice() && cur.measurementCount() > 0) {
      cur.setDeviceKind(op.aligned() ? InnerNode.ALIGNED : InnerNode.NON_ALIGNED);
    }
    return cur;
  }

  void applyDelete(SchemaOp.Delete op) {
    for (PartialPath path : op.series()) {
      delete(path);
    }
  }

  /** Removes one series and every inner node the removal leaves empty (never the database). */
  private void delete(PartialPath path) {
    int start = database.length();
    if (path.length() <= start || !database.isPrefixOf(path)) {
      return;
    }
    InnerNode[] chain = new InnerNode[path.length() - start];
    chain[0] = root;
    for (int i = start; i < path.length() - 1; i++) {
      if (!(chain[i - start].child(path.node(i)) instanceof InnerNode next)) {
        return;
      }
      chain[i - start + 1] = next;
    }
    InnerNode device = chain[chain.length - 1];
    if (!(device.child(path.lastNode()) instanceof MeasurementNode m)) {
      return;
    }
    device.removeChild(m.name);
    if (m.alias != null) {
      device.removeAlias(m.alias);
    }
    if (device.measurementCount() == 0) {
      device.setDeviceKind(InnerNode.NOT_DEVICE);
    }
    for (int i = chain.length - 1; i > 0 && chain[i].childCount() == 0; i--) {
      chain[i - 1].removeChild(chain[i].name);
    }
  }
}
