/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32C;

/**
 * Reads a trace file written by {@link TraceWriter}. Only the chunks that overlap a requested time range are
 * read and decoded, one at a time, so memory stays at one chunk.
 */
public final class TraceReader implements AutoCloseable {

    /** Receives the rows of a scan; {@code row} is reused between calls. */
    @FunctionalInterface
    public interface RowVisitor {
        void row(long[] row);
    }

    private final Path file;
    private final FileChannel channel;
    private final TraceSchema schema;
    private final List<ChunkInfo> chunks;
    private final long rows;
    /** Whether the file is of the first format, whose chunks carry no checksum. */
    private boolean firstFormat;
    private final AtomicLong chunksRead = new AtomicLong();

    public TraceReader(Path file) throws IOException {
        this.file = file;
        channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            long size = channel.size();
            if (size < Encoding.MAGIC.length + Encoding.FOOTER_BYTES) {
                throw corrupt("too short to be a PlatSim trace (" + size + " bytes)");
            }
            ByteBuffer footer = read(size - Encoding.FOOTER_BYTES, Encoding.FOOTER_BYTES);
            long indexOffset = footer.getLong();
            rows = footer.getLong();
            byte[] ending = new byte[Encoding.MAGIC.length];
            footer.get(ending);
            firstFormat = Arrays.equals(ending, Encoding.MAGIC_V1);
            if (!firstFormat && !Arrays.equals(ending, Encoding.MAGIC) || indexOffset < 0
                    || indexOffset > size - Encoding.FOOTER_BYTES - 4) {
                throw corrupt("no PlatSim trace footer: the file is truncated or was not closed");
            }
            schema = readSchema(size);
            ByteBuffer count = read(indexOffset, 4);
            int chunkCount = count.getInt();
            int entryBytes = firstFormat ? Encoding.INDEX_ENTRY_BYTES_V1 : Encoding.INDEX_ENTRY_BYTES;
            ByteBuffer entries = read(indexOffset + 4, (long) chunkCount * entryBytes);
            List<ChunkInfo> list = new ArrayList<>(chunkCount);
            for (int i = 0; i < chunkCount; i++) {
                list.add(new ChunkInfo(entries.getLong(), entries.getInt(), entries.getInt(), entries.getLong(),
                    entries.getLong(), firstFormat ? -1 : Integer.toUnsignedLong(entries.getInt())));
            }
            chunks = List.copyOf(list);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e instanceof IOException io ? io : corrupt(e.getMessage());
        }
    }

    private TraceSchema readSchema(long size) throws IOException {
        ByteBuffer head = read(0, (int) Math.min(size, 1 << 16));
        byte[] bytes = new byte[head.remaining()];
        head.get(bytes);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        byte[] magic = new byte[Encoding.MAGIC.length];
        in.readFully(magic);
        if (!Arrays.equals(magic, firstFormat ? Encoding.MAGIC_V1 : Encoding.MAGIC)) {
            throw corrupt("not a PlatSim trace (bad magic)");
        }
        String kind = in.readUTF();
        int count = in.readUnsignedShort();
        List<TraceSchema.Column> columns = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            columns.add(new TraceSchema.Column(in.readUTF(), ColumnType.of(in.readUnsignedByte())));
        }
        return new TraceSchema(kind, columns);
    }

    private ByteBuffer read(long position, long length) throws IOException {
        if (length < 0 || length > Integer.MAX_VALUE || position + length > channel.size()) {
            throw corrupt("index points outside the file");
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw corrupt("unexpected end of file");
            }
        }
        return buffer.flip();
    }

    private DamagedTraceException corrupt(String why) {
        return new DamagedTraceException(file + " is damaged (" + why + ")");
    }

    public TraceSchema schema() {
        return schema;
    }

    public List<ChunkInfo> chunks() {
        return chunks;
    }

    /** Rows in the file. */
    public long rows() {
        return rows;
    }

    /** Chunks decoded so far (to check that scans skip what they do not need). */
    public long chunksRead() {
        return chunksRead.get();
    }

    /** Decodes chunk {@code index} into one array per column ({@code double} columns as raw bits). */
    public long[][] readChunk(int index) throws IOException {
        int[] all = new int[schema.width()];
        for (int c = 0; c < all.length; c++) {
            all[c] = c;
        }
        return readColumns(index, all);
    }

    /**
     * Decodes only {@code wanted} columns of chunk {@code index} (0 is time), skipping the others by their lengths;
     * {@code double} columns as raw bits. The arrays come back in the order asked.
     */
    public long[][] readColumns(int index, int... wanted) throws IOException {
        ChunkInfo chunk = chunks.get(index);
        ByteBuffer in = read(chunk.offset(), chunk.length());
        if (chunk.checksum() >= 0) {
            CRC32C crc = new CRC32C();
            crc.update(in.duplicate());
            if (crc.getValue() != chunk.checksum()) {
                throw corrupt("chunk " + index + " of " + chunks.size() + " fails its checksum");
            }
        }
        try {
            return columns(in, index, wanted);
        } catch (RuntimeException e) {
            throw corrupt("chunk " + index + " does not decode: " + e);
        }
    }

    private long[][] columns(ByteBuffer in, int index, int... wanted) throws IOException {
        int count = in.getInt();
        if (count < 0 || count > in.remaining()) {
            throw corrupt("chunk " + index + " claims " + count + " rows");
        }
        long[][] columns = new long[wanted.length][];
        for (int c = 0; c < schema.width(); c++) {
            int length = in.getInt();
            int end = in.position() + length;
            long[] values = null;
            for (int w = 0; w < wanted.length; w++) {
                if (wanted[w] == c) {
                    if (values == null) {
                        values = decode(in, c, count, index);
                    }
                    columns[w] = values;
                }
            }
            in.position(end);
        }
        chunksRead.incrementAndGet();
        return columns;
    }

    private long[] decode(ByteBuffer in, int column, int count, int chunk) throws IOException {
        int end = in.position() + in.getInt(in.position() - 4);
        long[] values = new long[count];
        if (schema.type(column) == ColumnType.DOUBLE) {
            for (int r = 0; r < count; r++) {
                values[r] = in.getLong();
            }
        } else {
            long value = 0;
            for (int r = 0; r < count; r++) {
                value += Encoding.getVarLong(in);
                values[r] = value;
            }
        }
        if (in.position() != end) {
            throw corrupt("chunk " + chunk + ", column " + schema.name(column) + " does not decode to its length");
        }
        return values;
    }

    /** Visits every row with {@code fromPs <= time < toPs}, in time order. */
    public void scan(long fromPs, long toPs, RowVisitor visitor) throws IOException {
        long[] row = new long[schema.width()];
        for (int i = 0; i < chunks.size(); i++) {
            if (!chunks.get(i).overlaps(fromPs, toPs)) {
                continue;
            }
            long[][] columns = readChunk(i);
            for (int r = 0; r < columns[0].length; r++) {
                long time = columns[0][r];
                if (time >= fromPs && time < toPs) {
                    for (int c = 0; c < row.length; c++) {
                        row[c] = columns[c][r];
                    }
                    visitor.row(row);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
