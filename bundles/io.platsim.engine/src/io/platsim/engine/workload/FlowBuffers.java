/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.workload;

import java.util.List;

import io.platsim.engine.config.FlowConfig;
import io.platsim.engine.config.FlowConfig.Attachment;

/**
 * Where the request/response flows' packets lie. Each connection has a ring of buffers it uses in turn, as a
 * receive queue's posted buffers are: a buffer is a page for the request and the next page for the response. A VM's
 * buffers lie in its guest memory, host flows' and back ends' in host memory, each flow's and connection's apart.
 */
final class FlowBuffers {

    /** Guest buffers: each VM's connections' buffers in a region no stream uses. */
    private static final long GUEST = 3L << 40;
    /** Host buffers: host flows' buffers, and the back ends' copies of guests' packets. */
    private static final long HOST = 5L << 40;
    /** A buffer: the request's page and the response's. */
    static final long BUFFER = 8192;
    /** The response's page, from the start of its buffer. */
    static final long RESPONSE = 4096;

    private final List<FlowConfig> flows;
    /** The buffer each connection's transaction uses now, and the one its last transaction used. */
    private final long[][] current;
    private final long[][] previous;
    private final long[][] used;

    FlowBuffers(List<FlowConfig> flows) {
        this.flows = flows;
        int n = flows.size();
        current = new long[n][];
        previous = new long[n][];
        used = new long[n][];
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
        return HOST + ((long) (f + 1) << 32) + conn * BUFFER;
    }

    private long slot(int f, int conn, long entry) {
        FlowConfig c = flows.get(f);
        long base = c.attachment() == Attachment.HOST ? HOST : GUEST + ((long) c.vm() << 32);
        return base + ((long) conn * Math.max(1, c.ringEntries()) + entry) * BUFFER;
    }
}
