/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;

import io.platsim.engine.trace.TraceKind;
import io.platsim.engine.trace.TraceSink;
import io.platsim.trace.ColumnType;
import io.platsim.trace.TraceSchema;
import io.platsim.trace.TraceWriter;

/**
 * The run's trace files, one per kind asked for, written through the trace store. Rows carry the issue time of
 * their transaction; the columns are documented in docs/trace-format.md. Snoops are counted per device here too.
 */
final class TraceFiles implements TraceSink, AutoCloseable {

    static final TraceSchema DMA = schema(TraceKind.DMA);
    static final TraceSchema SNOOP = schema(TraceKind.SNOOP);
    static final TraceSchema INTERRUPT = schema(TraceKind.INTERRUPT);
    static final TraceSchema HAZARD = schema(TraceKind.HAZARD);
    static final TraceSchema IOMMU = schema(TraceKind.IOMMU);
    static final TraceSchema VM_EXIT = schema(TraceKind.VM_EXIT);
    static final TraceSchema WORK_QUEUE = schema(TraceKind.WORK_QUEUE);
    static final TraceSchema ATS_PRI = schema(TraceKind.ATS_PRI);

    private final TraceWriter dma;
    private final TraceWriter snoop;
    private final TraceWriter interrupt;
    private final TraceWriter hazard;
    private final TraceWriter iommu;
    private final TraceWriter vmExit;
    private final TraceWriter workQueue;
    private final TraceWriter atsPri;
    final long[][] snoopsByDevice;

    TraceFiles(Path folder, Set<String> kinds, int devices) throws IOException {
        dma = open(folder, kinds, DMA);
        snoop = open(folder, kinds, SNOOP);
        interrupt = open(folder, kinds, INTERRUPT);
        hazard = open(folder, kinds, HAZARD);
        iommu = open(folder, kinds, IOMMU);
        vmExit = open(folder, kinds, VM_EXIT);
        workQueue = open(folder, kinds, WORK_QUEUE);
        atsPri = open(folder, kinds, ATS_PRI);
        snoopsByDevice = new long[devices][3];
    }

    /** The trace store's schema of {@code kind}: its columns, every one a whole number. */
    private static TraceSchema schema(TraceKind kind) {
        return new TraceSchema(kind.id(), kind.columns().stream()
            .map(c -> new TraceSchema.Column(c, ColumnType.LONG)).toList());
    }

    private static TraceWriter open(Path folder, Set<String> kinds, TraceSchema schema) throws IOException {
        return kinds.contains(schema.kind()) ? new TraceWriter(folder.resolve(schema.kind() + ".pst"), schema) : null;
    }

    private static void append(TraceWriter writer, long time) {
        try {
            writer.append(time);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void dma(long issuePs, int device, int stream, boolean write, long address, int bytes, long linkPs,
            long iommuPs, long coherencePs, long memoryPs, long driverPs, long latencyPs) {
        if (dma != null) {
            dma.set(1, device).set(2, stream).set(3, write ? 1 : 0).set(4, address).set(5, bytes).set(6, linkPs)
                .set(7, iommuPs).set(8, coherencePs).set(9, memoryPs).set(10, driverPs).set(11, latencyPs);
            append(dma, issuePs);
        }
    }

    @Override
    public void snoop(long issuePs, int device, int socket, int core, int result, long address, long snoopPs) {
        snoopsByDevice[device][result]++;
        if (snoop != null) {
            snoop.set(1, device).set(2, socket).set(3, core).set(4, result).set(5, address).set(6, snoopPs);
            append(snoop, issuePs);
        }
    }

    @Override
    public void interrupt(long issuePs, int device, int socket, int core, long arrivedPs, long handlerPs) {
        if (interrupt != null) {
            interrupt.set(1, device).set(2, socket).set(3, core).set(4, arrivedPs).set(5, handlerPs)
                .set(6, handlerPs - issuePs);
            append(interrupt, issuePs);
        }
    }

    @Override
    public void iommu(long issuePs, int device, long address, int result, int reads, long translatePs) {
        if (iommu != null) {
            iommu.set(1, device).set(2, address).set(3, result).set(4, reads).set(5, translatePs);
            append(iommu, issuePs);
        }
    }

    @Override
    public void vmExit(long issuePs, int vm, int socket, int core, int reason, long costPs) {
        if (vmExit != null) {
            vmExit.set(1, vm).set(2, socket).set(3, core).set(4, reason).set(5, costPs);
            append(vmExit, issuePs);
        }
    }

    @Override
    public void workQueue(long issuePs, int device, int submission, int submitter, boolean retry, int occupancy) {
        if (workQueue != null) {
            workQueue.set(1, device).set(2, submission).set(3, submitter).set(4, retry ? 1 : 0).set(5, occupancy);
            append(workQueue, issuePs);
        }
    }

    @Override
    public void atsPri(long issuePs, int device, long address, boolean pageRequest, long durationPs) {
        if (atsPri != null) {
            atsPri.set(1, device).set(2, address).set(3, pageRequest ? 1 : 0).set(4, durationPs);
            append(atsPri, issuePs);
        }
    }

    @Override
    public void hazard(long issuePs, int kind, int device, long address, long visiblePs, long observedPs) {
        if (hazard != null) {
            hazard.set(1, kind).set(2, device).set(3, address).set(4, visiblePs).set(5, observedPs);
            append(hazard, issuePs);
        }
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (TraceWriter writer : new TraceWriter[] {dma, snoop, interrupt, hazard, iommu, vmExit, workQueue, atsPri}) {
            try {
                if (writer != null) {
                    writer.close();
                }
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
