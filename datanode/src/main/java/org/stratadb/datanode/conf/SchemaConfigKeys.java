package org.stratadb.datanode.conf;

import static org.stratadb.commons.config.ChangeMode.RESTART;

import java.util.List;
import org.stratadb.commons.config.ConfFileSpec;
import org.stratadb.commons.config.ConfigKey;
import org.stratadb.commons.config.ConfigTypes;
import org.stratadb.commons.config.Validators;

/** Schema settings of {@code iotdb-common.properties}, with IoTDB 1.3's names and defaults. */
public final class SchemaConfigKeys {

  public static final ConfigKey<Boolean> ENABLE_AUTO_CREATE_SCHEMA =
      ConfigKey.builder("enable_auto_create_schema", ConfigTypes.BOOLEAN)
          .defaultValue(true)
          .doc("Whether a write creates the databases and timeseries it needs.")
          .changeMode(RESTART)
          .build();

  public static final ConfigKey<Integer> DEFAULT_STORAGE_GROUP_LEVEL =
      ConfigKey.builder("default_storage_group_level", ConfigTypes.INT)
          .defaultValue(1)
          .validator(Validators.between(1, 64))
          .doc("Level of the database an automatic creation makes (root.sg is level 1).")
          .changeMode(RESTART)
          .build();

  public static final List<ConfigKey<?>> ALL =
      List.of(ENABLE_AUTO_CREATE_SCHEMA, DEFAULT_STORAGE_GROUP_LEVEL);

  /** The schema section of the shipped {@code iotdb-common.properties}. */
  public static final ConfFileSpec.Section SECTION = new ConfFileSpec.Section("Schema", ALL);

  private SchemaConfigKeys() {}
}
