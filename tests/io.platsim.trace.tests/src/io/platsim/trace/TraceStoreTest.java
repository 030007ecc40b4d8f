/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


class TraceStoreTest {

    private static final TraceSchema DMA = new TraceSchema("dma", List.of(
        new TraceSchema.Column("device", ColumnType.LONG),
        new TraceSchema.Column("address", ColumnType.LONG),
        new TraceSchema.Column("bytes", ColumnType.LONG),
        new TraceSchema.Column("latency_ns", ColumnType.DOUBLE)));

    @TempDir
    Path temp;

    /** Rows like a DMA trace: times 0 to 2000 ps apart (ties included), random devices, addresses, sizes. */
    private static List<long[]> rows(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<long[]> rows = new ArrayList<>();
        long time = 0;
        for (int i = 0; i < count; i++) {
            time += random.nextInt(3) == 0 ? 0 : random.nextLong(2000);
            rows.add(new long[] {time, random.nextInt(4), 0x1_0000_0000L + random.nextLong(1 << 24) * 64,
                64 + random.nextInt(1500), Double.doubleToRawLongBits(100 + random.nextDouble() * 900)});
        }
        return rows;
    }

    private Path write(String name, List<long[]> rows, int chunkRows) throws IOException {
        Path file = temp.resolve(name);
        try (TraceWriter writer = new TraceWriter(file, DMA, chunkRows)) {
            for (long[] row : rows) {
                writer.set(1, row[1]).set(2, row[2]).set(3, row[3])
                    .setDouble(4, Double.longBitsToDouble(row[4])).append(row[0]);
            }
        }
        return file;
    }

    private static List<long[]> scan(TraceReader reader, long from, long to) throws IOException {
        List<long[]> found = new ArrayList<>();
        reader.scan(from, to, row -> found.add(row.clone()));
        return found;
    }

    @Test
    void everyRowComesBackInOrder() throws IOException {
        List<long[]> rows = rows(1, 50_000);
        try (TraceReader reader = new TraceReader(write("dma.pst", rows, 4096))) {
            assertEquals(DMA, reader.schema());
            assertEquals(50_000, reader.rows());
            assertEquals(13, reader.chunks().size());
            List<long[]> back = scan(reader, Long.MIN_VALUE, Long.MAX_VALUE);
            assertEquals(rows.size(), back.size());
            for (int i = 0; i < rows.size(); i++) {
                assertArrayEquals(rows.get(i), back.get(i), "row " + i);
            }
        }
    }

    @Test
    void rangeScansMatchBruteForceAtEdgesAndReadOnlyOverlappingChunks() throws IOException {
        List<long[]> rows = rows(2, 20_000);
        long end = rows.get(rows.size() - 1)[0];
        try (TraceReader reader = new TraceReader(write("dma.pst", rows, 1000))) {
            SplittableRandom random = new SplittableRandom(3);
            List<long[]> ranges = new ArrayList<>(List.of(new long[] {0, 1}, new long[] {end, end + 1},
                new long[] {end + 1, end + 100}, new long[] {-100, 0}, new long[] {500, 500}));
            long boundary = reader.chunks().get(5).firstTime();
            ranges.add(new long[] {boundary, boundary + 1});
            ranges.add(new long[] {boundary - 1, boundary});
            for (int i = 0; i < 30; i++) {
                long a = random.nextLong(end);
                ranges.add(new long[] {a, a + random.nextLong(end / 10)});
            }
            for (long[] range : ranges) {
                long before = reader.chunksRead();
                List<long[]> found = scan(reader, range[0], range[1]);
                List<long[]> expected = rows.stream().filter(r -> r[0] >= range[0] && r[0] < range[1]).toList();
                assertEquals(expected.size(), found.size(), Arrays.toString(range));
                for (int i = 0; i < expected.size(); i++) {
                    assertArrayEquals(expected.get(i), found.get(i));
                }
                long overlapping = reader.chunks().stream().filter(c -> c.overlaps(range[0], range[1])).count();
                assertEquals(overlapping, reader.chunksRead() - before, "chunks read for " + Arrays.toString(range));
                assertTrue(overlapping <= reader.chunks().size() / 10 + 2 || range[1] - range[0] > end / 20);
            }
        }
    }

    @Test
    void sameRowsGiveTheSameBytes() throws IOException {
        Path a = write("a.pst", rows(7, 30_000), 4096);
        Path b = write("b.pst", rows(7, 30_000), 4096);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void rowsAreCompact() throws IOException {
        Path file = write("dma.pst", rows(4, 100_000), TraceWriter.DEFAULT_CHUNK_ROWS);
        double perRow = (double) Files.size(file) / 100_000;
        // time delta 2 B, device 1 B, address delta 4 B, size 2 B, latency 8 B: about 17 bytes against 40 raw.
        assertTrue(perRow < 20, perRow + " bytes per row");
    }

    @Test
    void rowsMustNotGoBackInTime() throws IOException {
        try (TraceWriter writer = new TraceWriter(temp.resolve("x.pst"), DMA)) {
            writer.append(100);
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> writer.append(99));
            assertTrue(error.getMessage().contains("x.pst"), error.getMessage());
        }
    }

    @Test
    void truncatedOrForeignFilesAreRefusedWithTheirName() throws IOException {
        Path file = write("dma.pst", rows(5, 10_000), 1000);
        byte[] bytes = Files.readAllBytes(file);
        Path cut = temp.resolve("cut.pst");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 5));
        IOException truncated = assertThrows(IOException.class, () -> new TraceReader(cut));
        assertTrue(truncated.getMessage().contains("cut.pst") && truncated.getMessage().contains("truncated"),
            truncated.getMessage());
        Path text = temp.resolve("notes.pst");
        Files.writeString(text, "just some text that is long enough to have a footer, but no magic at all");
        IOException foreign = assertThrows(IOException.class, () -> new TraceReader(text));
        assertTrue(foreign.getMessage().contains("notes.pst"), foreign.getMessage());
    }

    @Test
    void aFlippedByteInAnyChunkIsFoundByItsChecksum() throws IOException {
        Path file = write("dma.pst", rows(5, 10_000), 1000);
        List<ChunkInfo> chunks;
        try (TraceReader reader = new TraceReader(file)) {
            chunks = reader.chunks();
        }
        byte[] good = Files.readAllBytes(file);
        for (int i = 0; i < chunks.size(); i++) {
            ChunkInfo chunk = chunks.get(i);
            long[] places = {chunk.offset(), chunk.offset() + chunk.length() / 2, chunk.offset() + chunk.length() - 1};
            for (long at : places) {
                byte[] bad = good.clone();
                bad[(int) at] ^= 0x10;
                Path damaged = temp.resolve("damaged.pst");
                Files.write(damaged, bad);
                int index = i;
                try (TraceReader reader = new TraceReader(damaged)) {
                    DamagedTraceException error = assertThrows(DamagedTraceException.class,
                        () -> reader.readChunk(index));
                    assertTrue(error.getMessage().contains("damaged.pst is damaged (chunk " + i + " of "
                        + chunks.size() + " fails its checksum)"), error.getMessage());
                }
            }
        }
    }

    @Test
    void aFlippedBitInTheHeaderIndexOrFooterIsFoundWhenTheFileOpens() throws IOException {
        Path file = write("dma.pst", rows(7, 3_000), 1000);
        List<ChunkInfo> chunks;
        try (TraceReader reader = new TraceReader(file)) {
            chunks = reader.chunks();
        }
        byte[] good = Files.readAllBytes(file);
        long chunksEnd = chunks.get(chunks.size() - 1).offset() + chunks.get(chunks.size() - 1).length();
        Path damaged = temp.resolve("damaged.pst");
        int checked = 0;
        for (int at = 0; at < good.length; at++) {
            if (at >= chunks.get(0).offset() && at < chunksEnd) {
                continue; // the chunks' own checksums cover these bytes
            }
            for (int bit = 0; bit < 8; bit += 3) {
                byte[] bad = good.clone();
                bad[at] ^= (byte) (1 << bit);
                Files.write(damaged, bad);
                DamagedTraceException error = assertThrows(DamagedTraceException.class,
                    () -> new TraceReader(damaged).close(), "bit " + bit + " of byte " + at);
                assertTrue(error.getMessage().startsWith(damaged + " is damaged ("), error.getMessage());
                checked++;
            }
        }
        assertTrue(checked > 3 * (chunks.size() * 36 + 28 + 30), checked + " places");
    }

    @Test
    void filesOfTheSecondFormatAreStillRead() throws IOException {
        List<long[]> rows = rows(9, 5_000);
        byte[] third = Files.readAllBytes(write("dma.pst", rows, 1000));
        // The second format: the same bytes, without the footer's checksum, and "PSTRACE2" at both ends.
        byte[] second = new byte[third.length - 4];
        System.arraycopy(third, 0, second, 0, third.length - 12);
        System.arraycopy(third, third.length - 8, second, second.length - 8, 8);
        second[7] = '2';
        second[second.length - 1] = '2';
        Path file = temp.resolve("second.pst");
        Files.write(file, second);
        try (TraceReader reader = new TraceReader(file)) {
            List<long[]> found = scan(reader, 0, Long.MAX_VALUE);
            assertEquals(rows.size(), found.size());
            for (int i = 0; i < rows.size(); i++) {
                assertArrayEquals(rows.get(i), found.get(i), "row " + i);
            }
        }
    }

    @Test
    void filesOfTheFirstFormatAreStillRead() throws IOException {
        List<long[]> rows = rows(11, 4_000);
        Path third = write("dma.pst", rows, 1000);
        List<ChunkInfo> chunks;
        try (TraceReader reader = new TraceReader(third)) {
            chunks = reader.chunks();
        }
        // The first format: the same header and chunks, index entries without their checksum, a 24-byte footer.
        byte[] bytes = Files.readAllBytes(third);
        ChunkInfo last = chunks.get(chunks.size() - 1);
        int indexAt = (int) (last.offset() + last.length());
        ByteBuffer first = ByteBuffer.allocate(indexAt + 4 + 32 * chunks.size() + 24);
        first.put(bytes, 0, indexAt).putInt(chunks.size());
        for (ChunkInfo chunk : chunks) {
            first.putLong(chunk.offset()).putInt(chunk.length()).putInt(chunk.rows()).putLong(chunk.firstTime())
                .putLong(chunk.lastTime());
        }
        first.putLong(indexAt).putLong(rows.size()).put("PSTRACE1".getBytes(StandardCharsets.US_ASCII));
        first.put(7, (byte) '1');
        Path file = temp.resolve("first.pst");
        Files.write(file, first.array());
        try (TraceReader reader = new TraceReader(file)) {
            List<long[]> found = scan(reader, 0, Long.MAX_VALUE);
            assertEquals(rows.size(), found.size());
            for (int i = 0; i < rows.size(); i++) {
                assertArrayEquals(rows.get(i), found.get(i), "row " + i);
            }
        }
    }

    @Test
    void emptyTraceIsValid() throws IOException {
        Path file = write("empty.pst", List.of(), 1000);
        try (TraceReader reader = new TraceReader(file)) {
            assertEquals(0, reader.rows());
            assertEquals(List.of(), scan(reader, 0, Long.MAX_VALUE));
        }
    }
}
