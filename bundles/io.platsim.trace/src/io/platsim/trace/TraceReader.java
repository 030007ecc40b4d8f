/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UTFDataFormatException;
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
    /** The file's format: 1 (chunks without checksums), 2 (header and index without one) or 3. */
    private final int format;
    private final AtomicLong chunksRead = new AtomicLong();

    public TraceReader(Path file) throws IOException {
        this.file = file;
        channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            long size = channel.size();
            if (size < Encoding.MAGIC.length + Encoding.FOOTER_BYTES_V2) {
                throw corrupt("too short to be a PlatSim trace (" + size + " bytes)");
            }
            byte[] ending = new byte[Encoding.MAGIC.length];
            read(size - ending.length, ending.length).get(ending);
            format = Arrays.equals(ending, Encoding.MAGIC) ? 3 : Arrays.equals(ending, Encoding.MAGIC_V2) ? 2
                : Arrays.equals(ending, Encoding.MAGIC_V1) ? 1 : 0;
            int footerBytes = format == 3 ? Encoding.FOOTER_BYTES : Encoding.FOOTER_BYTES_V2;
            long footerAt = size - footerBytes;
            ByteBuffer footer = read(footerAt, footerBytes);
            long indexOffset = footer.getLong();
            rows = footer.getLong();
            if (format == 0 || indexOffset < 0 || indexOffset > footerAt - 4) {
                throw corrupt("no PlatSim trace footer: the file is truncated or was not closed");
            }
            // The index's size follows from its count: check it before reading, so a damaged offset or count
            // cannot make the reader allocate what the file does not hold.
            int chunkCount = read(indexOffset, 4).getInt();
            int entryBytes = format == 1 ? Encoding.INDEX_ENTRY_BYTES_V1 : Encoding.INDEX_ENTRY_BYTES;
            if (chunkCount < 0 || 4 + (long) chunkCount * entryBytes != footerAt - indexOffset) {
                throw corrupt("its index does not fit between its chunks and its footer");
            }
            Header header = readHeader(size);
            schema = header.schema();
            ByteBuffer index = read(indexOffset, footerAt - indexOffset);
            if (format == 3) {
                checkMetadata(header, index.duplicate(), footer.duplicate().rewind().limit(16), footer.getInt());
            }
            index.getInt();
            List<ChunkInfo> list = new ArrayList<>(chunkCount);
            for (int i = 0; i < chunkCount; i++) {
                list.add(new ChunkInfo(index.getLong(), index.getInt(), index.getInt(), index.getLong(),
                    index.getLong(), format == 1 ? -1 : Integer.toUnsignedLong(index.getInt())));
            }
            chunks = List.copyOf(list);
        } catch (EOFException | UTFDataFormatException e) {
            channel.close();
            throw corrupt("its header ends early or holds a name that is not text");
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e instanceof IOException io ? io : corrupt(e.getMessage());
        }
    }

    /** A file's header: the schema it gives and its bytes. */
    private record Header(TraceSchema schema, byte[] bytes) {
    }

    private Header readHeader(long size) throws IOException {
        ByteBuffer head = read(0, (int) Math.min(size, 1 << 16));
        byte[] bytes = new byte[head.remaining()];
        head.get(bytes);
        ByteArrayInputStream stream = new ByteArrayInputStream(bytes);
        DataInputStream in = new DataInputStream(stream);
        byte[] magic = new byte[Encoding.MAGIC.length];
        in.readFully(magic);
        byte[] expected = format == 3 ? Encoding.MAGIC : format == 2 ? Encoding.MAGIC_V2 : Encoding.MAGIC_V1;
        if (!Arrays.equals(magic, expected)) {
            throw corrupt("not a PlatSim trace (bad magic)");
        }
        String kind = in.readUTF();
        int count = in.readUnsignedShort();
        List<TraceSchema.Column> columns = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = in.readUTF();
            int type = in.readUnsignedByte();
            if (type != ColumnType.LONG.code() && type != ColumnType.DOUBLE.code()) {
                throw corrupt("column " + (i + 1) + " has no type PlatSim writes (" + type + ")");
            }
            columns.add(new TraceSchema.Column(name, ColumnType.of(type)));
        }
        return new Header(new TraceSchema(kind, columns), Arrays.copyOf(bytes, bytes.length - stream.available()));
    }

    /** Checks the CRC32C over the header, the index and the footer's offset and row count. */
    private void checkMetadata(Header header, ByteBuffer index, ByteBuffer footer, int expected) throws IOException {
        CRC32C crc = new CRC32C();
        crc.update(header.bytes());
        crc.update(index);
        crc.update(footer);
        if ((int) crc.getValue() != expected) {
            throw corrupt("its header, index or footer fails its checksum");
        }
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
