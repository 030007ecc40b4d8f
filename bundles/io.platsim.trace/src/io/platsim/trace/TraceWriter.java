/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.trace;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Streams rows of one trace kind to a file, a chunk at a time: memory stays at one chunk whatever the run's
 * length. Set the columns of a row with {@link #set}/{@link #setDouble}, then {@link #append} it with its time.
 * {@link #close()} writes the chunk index and footer, so a run that is cancelled and closes its writers leaves
 * readable files. The bytes depend only on the rows: the same rows give the same file.
 */
public final class TraceWriter implements AutoCloseable {

    /** Rows per chunk unless told otherwise. */
    public static final int DEFAULT_CHUNK_ROWS = 16_384;

    private final Path file;
    private final TraceSchema schema;
    private final DataOutputStream out;
    private final long[][] columns;
    private final long[] row;
    private final List<ChunkInfo> index = new ArrayList<>();
    private final byte[] scratch;
    private final CRC32C crc = new CRC32C();
    /** Checksum of the header, the index and the footer's offset and row count. */
    private final CRC32C metadata = new CRC32C();
    private final byte[] word = new byte[4];
    private int rows;
    private long offset;
    private long totalRows;
    private long lastTime = Long.MIN_VALUE;
    private boolean closed;

    public TraceWriter(Path file, TraceSchema schema) throws IOException {
        this(file, schema, DEFAULT_CHUNK_ROWS);
    }

    public TraceWriter(Path file, TraceSchema schema, int chunkRows) throws IOException {
        this.file = file;
        this.schema = schema;
        columns = new long[schema.width()][chunkRows];
        row = new long[schema.width()];
        scratch = new byte[chunkRows * 10 + 64];
        OutputStream stream = Files.newOutputStream(file);
        out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
        writeHeader();
    }

    private void writeHeader() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(bytes);
        header.write(Encoding.MAGIC);
        header.writeUTF(schema.kind());
        header.writeShort(schema.columns().size());
        for (TraceSchema.Column column : schema.columns()) {
            header.writeUTF(column.name());
            header.writeByte(column.type().code());
        }
        metadata.update(bytes.toByteArray());
        out.write(bytes.toByteArray());
        offset = out.size();
    }

    public TraceSchema schema() {
        return schema;
    }

    /** Sets whole-number column {@code column} (1 or more) of the row being built. */
    public TraceWriter set(int column, long value) {
        row[column] = value;
        return this;
    }

    /** Sets floating-point column {@code column} of the row being built. */
    public TraceWriter setDouble(int column, double value) {
        row[column] = Double.doubleToRawLongBits(value);
        return this;
    }

    /** Appends the row built so far at {@code timePs}; times must not decrease. */
    public void append(long timePs) throws IOException {
        if (timePs < lastTime) {
            throw new IllegalArgumentException(file + ": row at " + timePs + " ps comes after one at " + lastTime
                + " ps; trace rows are written in time order");
        }
        lastTime = timePs;
        row[0] = timePs;
        for (int c = 0; c < row.length; c++) {
            columns[c][rows] = row[c];
        }
        if (++rows == columns[0].length) {
            flushChunk();
        }
    }

    /** Rows appended so far. */
    public long rows() {
        return totalRows + rows;
    }

    private void flushChunk() throws IOException {
        if (rows == 0) {
            return;
        }
        int length = 0;
        crc.reset();
        writeInt(rows);
        length += 4;
        for (int c = 0; c < columns.length; c++) {
            int size = encodeColumn(c);
            writeInt(size);
            out.write(scratch, 0, size);
            crc.update(scratch, 0, size);
            length += 4 + size;
        }
        index.add(new ChunkInfo(offset, length, rows, columns[0][0], columns[0][rows - 1], crc.getValue()));
        offset += length;
        totalRows += rows;
        rows = 0;
    }

    /** Writes {@code value} into the chunk, and into its checksum. */
    private void writeInt(int value) throws IOException {
        word[0] = (byte) (value >>> 24);
        word[1] = (byte) (value >>> 16);
        word[2] = (byte) (value >>> 8);
        word[3] = (byte) value;
        out.write(word);
        crc.update(word);
    }

    private int encodeColumn(int c) {
        long[] values = columns[c];
        int at = 0;
        if (schema.type(c) == ColumnType.DOUBLE) {
            for (int r = 0; r < rows; r++) {
                at = Encoding.putLong(scratch, at, values[r]);
            }
            return at;
        }
        long before = 0;
        for (int r = 0; r < rows; r++) {
            at = Encoding.putVarLong(scratch, at, values[r] - before);
            before = values[r];
        }
        return at;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            flushChunk();
            long indexOffset = offset;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream tail = new DataOutputStream(bytes);
            tail.writeInt(index.size());
            for (ChunkInfo chunk : index) {
                tail.writeLong(chunk.offset());
                tail.writeInt(chunk.length());
                tail.writeInt(chunk.rows());
                tail.writeLong(chunk.firstTime());
                tail.writeLong(chunk.lastTime());
                tail.writeInt((int) chunk.checksum());
            }
            tail.writeLong(indexOffset);
            tail.writeLong(totalRows);
            metadata.update(bytes.toByteArray());
            tail.writeInt((int) metadata.getValue());
            tail.write(Encoding.MAGIC);
            out.write(bytes.toByteArray());
        } finally {
            out.close();
        }
    }
}
