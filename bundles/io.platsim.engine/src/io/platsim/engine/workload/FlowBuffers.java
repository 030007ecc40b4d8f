/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.workload;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.platsim.engine.config.FlowConfig;
import io.platsim.engine.config.FlowConfig.Attachment;

/**
 * Where the request/response flows' packets lie. Each connection has a ring of buffers it uses in turn, as a
 * receive queue's posted buffers are: a buffer is a page for the request and the next page for the response. A VM's
 * flows' buffers lie in a 4 GiB window of its guest memory, host flows' in one of host memory, one flow's after
 * another's ({@link #WINDOW} bytes at most together: validation reads {@link #bytes} and the window from here); back
 * ends' copies lie apart.
 */
public final class FlowBuffers {

    /** Guest buffers: each VM's connections' buffers in a region no stream uses. */
    private static final long GUEST = 3L << 40;
    /** Host buffers: host flows' buffers, and the back ends' copies of guests' packets. */
    private static final long HOST = 5L << 40;
    /** The room for a VM's flows' buffers, or for the host flows'. */
    public static final long WINDOW = 1L << 32;
    /** A buffer: the request's page and the response's. */
    static final long BUFFER = 8192;
    /** The response's page, from the start of its buffer. */
    static final long RESPONSE = 4096;

    private final List<FlowConfig> flows;
    /** The buffer each connection's transaction uses now, and the one its last transaction used. */
    private final long[][] current;
    private final long[][] previous;
    private final long[][] used;
    /** Where each flow's buffers start. */
    private final long[] base;

    FlowBuffers(List<FlowConfig> flows) {
        this.flows = flows;
        int n = flows.size();
        current = new long[n][];
        previous = new long[n][];
        used = new long[n][];
        base = new long[n];
        Map<Integer, Long> next = new HashMap<>();
        for (int f = 0; f < n; f++) {
            FlowConfig c = flows.get(f);
            long start = c.attachment() == Attachment.HOST ? HOST : GUEST + c.vm() * WINDOW;
            base[f] = next.getOrDefault(c.vm(), start);
            next.put(c.vm(), base[f] + bytes(c.flows(), c.ringEntries()));
        }
        for (int f = 0; f < n; f++) {
            int connections = Math.max(1, flows.get(f).flows());
            current[f] = new long[connections];
            previous[f] = new long[connections];
            used[f] = new long[connections];
            for (int conn = 0; conn < connections; conn++) {
                current[f][conn] = slot(f, conn, 0);
                previous[f][conn] = current[f][conn];
            }
        }
    }

    /** The bytes of buffers a flow of {@code connections} with rings of {@code ringEntries} takes in its window. */
    public static long bytes(int connections, int ringEntries) {
        return Math.max(1, connections) * (long) Math.max(1, ringEntries) * BUFFER;
    }

    /** Connection {@code conn} of flow {@code f} begins a transaction in the next buffer of its ring. */
    void next(int f, int conn) {
        previous[f][conn] = current[f][conn];
        current[f][conn] = slot(f, conn, used[f][conn]++ % Math.max(1, flows.get(f).ringEntries()));
    }

    /** The buffer of the connection's transaction in progress: its request's page, the response's after it. */
    long current(int f, int conn) {
        return current[f][conn];
    }

    /** The buffer of the connection's previous transaction (the current one for its first). */
    long previous(int f, int conn) {
        return previous[f][conn];
    }

    /** Where a back end's device writes a connection's packets, and reads them from, in host memory. */
    static long host(int f, int conn) {
        return HOST + (f + 1) * WINDOW + conn * BUFFER;
    }

    private long slot(int f, int conn, long entry) {
        return base[f] + ((long) conn * Math.max(1, flows.get(f).ringEntries()) + entry) * BUFFER;
    }
}
