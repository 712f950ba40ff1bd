package org.stratadb.commons.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** IoTDB's data directory list: commas within a storage tier, semicolons between tiers. */
final class DirTiersType implements ConfigType<List<List<Path>>> {

  @Override
  public List<List<Path>> parse(String text) {
    List<List<Path>> tiers = new ArrayList<>();
    int entriesBefore = 0;
    for (String tier : text.split(";", -1)) {
      String[] dirs = tier.split(",", -1);
      tiers.add(ListType.parseEntries(dirs, entriesBefore, ConfigTypes::parsePath));
      entriesBefore += dirs.length;
    }
    return List.copyOf(tiers);
  }

  @Override
  public String format(List<List<Path>> value) {
    List<String> tiers = new ArrayList<>();
    for (List<Path> tier : value) {
      tiers.add(String.join(",", tier.stream().map(ConfigTypes::formatPath).toList()));
    }
    return String.join(";", tiers);
  }

  @Override
  public String expectation() {
    return "a comma-separated list of directory paths, with ';' between storage tiers";
  }
}
