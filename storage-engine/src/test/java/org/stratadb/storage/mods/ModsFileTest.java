package org.stratadb.storage.mods;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratadb.storage.api.Deletion;
import org.stratadb.storage.api.TimeRange;

class ModsFileTest {
  @TempDir Path dir;

  private static final List<Deletion> DELETIONS =
      List.of(
          new Deletion("root.sg.d1.s1", new TimeRange(0, 100)),
          new Deletion("root.sg.**", new TimeRange(Long.MIN_VALUE, Long.MAX_VALUE)),
          new Deletion("root.sg.`a.b`.温度", new TimeRange(-5, -5)));

  private ModsFile mods() {
    return ModsFile.forTsFile(dir.resolve("1-1-0-0.tsfile"));
  }

  @Test
  void appendsAreReadBackInOrder() throws IOException {
    ModsFile mods = mods();
    assertEquals(dir.resolve("1-1-0-0.tsfile.mods"), mods.path());
    assertEquals(List.of(), mods.load(), "no file, no deletions");
    for (Deletion deletion : DELETIONS) {
      mods.append(deletion);
    }
    assertEquals(DELETIONS, mods.load());
    assertEquals(DELETIONS, ModsFile.at(mods.path()).load());
  }

  @Test
  void everyTornTailIsIgnoredAndCutOffByTheNextAppend() throws IOException {
    ModsFile mods = mods();
    for (Deletion deletion : DELETIONS) {
      mods.append(deletion);
    }
    byte[] whole = Files.readAllBytes(mods.path());
    long lastFrameStart = whole.length - frameSize(DELETIONS.get(2));
    for (long cut = 0; cut < whole.length; cut++) {
      Files.write(mods.path(), java.util.Arrays.copyOf(whole, (int) cut));
      List<Deletion> expected =
          cut < ModsCodec.HEADER_SIZE
              ? List.of()
              : cut < lastFrameStart ? prefixBefore(cut) : DELETIONS.subList(0, 2);
      assertEquals(expected, mods.load(), "cut at " + cut);
      Deletion next = new Deletion("root.sg.d9.s9", new TimeRange(1, 2));
      mods.append(next);
      List<Deletion> after = new ArrayList<>(expected);
      after.add(next);
      assertEquals(after, mods.load(), "append after a cut at " + cut);
    }
  }

  @Test
  void aCorruptLastFrameIsATornTail() throws IOException {
    ModsFile mods = mods();
    for (Deletion deletion : DELETIONS) {
      mods.append(deletion);
    }
    byte[] bytes = Files.readAllBytes(mods.path());
    bytes[bytes.length - 3] ^= 0x40;
    Files.write(mods.path(), bytes);
    assertEquals(DELETIONS.subList(0, 2), mods.load());
    try (FileChannel channel = FileChannel.open(mods.path(), StandardOpenOption.APPEND)) {
      channel.write(java.nio.ByteBuffer.wrap(new byte[] {0x7f, 1, 2, 3, 4, 5, 6, 7, 8, 9}));
    }
    assertEquals(DELETIONS.subList(0, 2), mods.load(), "garbage after the tear is ignored too");
  }

  @Test
  void aFileThatIsNotModsOrOfAnotherVersionFails() throws IOException {
    ModsFile mods = mods();
    Files.write(mods.path(), "hello world".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThrows(IOException.class, mods::load);
    assertThrows(IOException.class, () -> mods.append(DELETIONS.get(0)));
    byte[] future = {'S', 'M', 'O', 'D', 9};
    Files.write(mods.path(), future);
    IOException e = assertThrows(IOException.class, mods::load);
    assertTrue(e.getMessage().contains("version 9"), e.getMessage());
  }

  @Test
  void badPatternsAreRefusedBeforeWriting() {
    ModsFile mods = mods();
    assertThrows(
        IllegalArgumentException.class,
        () -> mods.append(new Deletion("root..s1", new TimeRange(0, 1))));
    assertTrue(Files.notExists(mods.path()));
  }

  @Test
  void deletionsAnswerRangesPerSeries() {
    Deletions deletions = Deletions.of(DELETIONS);
    assertEquals(3, deletions.size());
    assertEquals(
        List.of(DELETIONS.get(0).range(), DELETIONS.get(1).range()),
        deletions.rangesFor("root.sg.d1", "s1"));
    assertEquals(List.of(DELETIONS.get(1).range()), deletions.rangesFor("root.sg.d1", "s2"));
    assertEquals(List.of(), deletions.rangesFor("root.other.d1", "s1"));
    assertTrue(deletions.mayAffectDevice("root.sg.x"));
    assertTrue(Deletions.of(List.of()).isEmpty());
  }

  private static int frameSize(Deletion deletion) {
    return ModsCodec.encode(deletion).remaining();
  }

  /** The deletions whose frames end at or before {@code cut}. */
  private static List<Deletion> prefixBefore(long cut) {
    List<Deletion> kept = new ArrayList<>();
    long end = ModsCodec.HEADER_SIZE;
    for (Deletion deletion : DELETIONS) {
      end += frameSize(deletion);
      if (end > cut) {
        break;
      }
      kept.add(deletion);
    }
    return kept;
  }
}
