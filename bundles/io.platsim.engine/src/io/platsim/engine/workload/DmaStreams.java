/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.workload;

import java.util.List;
import java.util.SplittableRandom;

import io.platsim.engine.dma.DmaTiming;
import io.platsim.engine.dma.DmaPath;
import io.platsim.engine.dma.DmaTransfer;
import io.platsim.engine.dma.DmaTransfers;
import io.platsim.engine.dma.DriverPath;
import io.platsim.engine.kernel.EventHandler;
import io.platsim.engine.kernel.Simulator;
import io.platsim.engine.mmio.MmioPath;
import io.platsim.engine.pcie.DeviceConfig;
import io.platsim.engine.config.DmaStreamConfig;
import io.platsim.engine.config.PlatformConfig;
import io.platsim.engine.resource.HostCore;
import io.platsim.engine.resource.HostCores;
import io.platsim.engine.socket.CpuAccessPath;
import io.platsim.engine.stats.MeasuredTime;
import io.platsim.engine.stats.StreamStats;
import io.platsim.engine.trace.TraceSink;

/**
 * The devices' DMA streams: each issues transfers at its rate, or closed-loop with its outstanding count, through
 * its device's driver ({@link DriverPath}) and DMA ({@link DmaTransfers}); a device's reads in flight are limited
 * by its read tags, and streams wait in line for one. Statistics count transfers issued after the warm-up and
 * done by the end ({@link MeasuredTime}), and the bytes delivered in the measured time.
 */
public final class DmaStreams implements EventHandler {

    private static final int ISSUE = 0;
    /** A closed-loop transfer is done: the stream issues its next one (and a read gives its tag back). */
    private static final int DONE = 1;
    private static final int READ_DONE = 2;

    private final Simulator sim;
    private final int handler;
    private final List<DeviceConfig> devices;
    private final DmaPath[] paths;
    private final DriverPath[] drivers;
    private final DmaTransfers transfers;
    private final DmaTransfers.Listener listener;
    private final StreamState[] streams;
    private final TraceSink sink;
    /** A transfer counts when it was issued after the warm-up and completed by the end. */
    private final MeasuredTime measured;
    /** Per device: reads in flight, and streams waiting for one of them to complete (a ring of indices). */
    private final int[] readsInFlight;
    private final int[][] waiting;
    private final int[] waitingHead;
    private final int[] waitingCount;
    private final MmioPath mmio;

    public DmaStreams(PlatformConfig config, Simulator sim, DmaTransfers transfers, DmaPath[] paths,
            CpuAccessPath cpuPath, MmioPath mmio, HostCores cores, TraceSink sink, SplittableRandom seeds,
            MeasuredTime measured) {
        this.mmio = mmio;
        this.sim = sim;
        this.devices = config.devices();
        this.paths = paths;
        this.sink = sink;
        this.measured = measured;
        drivers = new DriverPath[paths.length];
        for (int i = 0; i < paths.length; i++) {
            drivers[i] = new DriverPath(paths[i], cpuPath, cores);
        }
        readsInFlight = new int[paths.length];
        int slots = 1;
        for (DmaStreamConfig s : config.streams()) {
            slots += s.rateBytesPerSec() > 0 ? 1 : Math.max(1, s.outstanding());
        }
        waiting = new int[paths.length][slots];
        waitingHead = new int[paths.length];
        waitingCount = new int[paths.length];
        handler = sim.register(this);
        this.transfers = transfers;
        listener = new DmaTransfers.Listener() {
            @Override
            public void finished(DmaTransfer transfer) {
                DmaStreams.this.finished(transfer);
            }

            @Override
            public void retired(DmaTransfer transfer) {
                DmaStreams.this.retired(transfer);
            }
        };
        streams = new StreamState[config.streams().size()];
        for (int i = 0; i < streams.length; i++) {
            streams[i] = new StreamState(config.streams().get(i), seeds.nextLong());
            DmaStreamConfig s = streams[i].config;
            if (coalesced(s) && drivers[s.device()].usesRing(s) && streams[i].ring.size() < s.interruptEvery()) {
                // The writes of one interrupt would hold every buffer before the one that raises it could start.
                throw new IllegalArgumentException(s.name() + ": an interrupt every " + s.interruptEvery()
                    + " transfers needs at least as many ring buffers; the ring has " + streams[i].ring.size());
            }
            if (coalesced(s) && s.rateBytesPerSec() <= 0 && drivers[s.device()].mayBounce(s)
                    && s.outstanding() < s.interruptEvery()) {
                // A bounced write's slot comes back once the driver has copied it out, after its interrupt.
                throw new IllegalArgumentException(s.name() + ": an interrupt every " + s.interruptEvery()
                    + " bounced transfers needs as many in flight; the stream keeps " + s.outstanding());
            }
            if (s.mapPerIo() && paths[s.device()].iommu() != null) {
                paths[s.device()].iommu().premapped(streams[i].ring.size());
            }
            int first = s.rateBytesPerSec() > 0 ? 1 : Math.max(1, s.outstanding());
            long firstAt = s.startPs() + (s.rateBytesPerSec() > 0 ? 0 : s.serviceTimePs());
            for (int n = 0; n < first; n++) {
                sim.scheduleAt(firstAt, 0, handler, ISSUE, i);
            }
        }
    }

    public StreamStats stats(int stream) {
        return streams[stream].stats;
    }

    @Override
    public void handle(int kind, long payload) {
        StreamState stream = streams[(int) payload];
        if (kind == READ_DONE) {
            readCompleted(stream.config.device());
            return;
        }
        if (kind == DONE && freesTagWithSlot(stream.config)) {
            readCompleted(stream.config.device());
        }
        issue((int) payload, stream);
    }

    /** A read finished: its tag is free, and the first stream waiting for one may go. */
    private void readCompleted(int device) {
        readsInFlight[device]--;
        if (waitingCount[device] > 0) {
            int stream = waiting[device][waitingHead[device]];
            waitingHead[device] = (waitingHead[device] + 1) % waiting[device].length;
            waitingCount[device]--;
            issue(stream, streams[stream]);
        }
    }

    private void issue(int index, StreamState stream) {
        DmaStreamConfig s = stream.config;
        long now = sim.now();
        int device = s.device();
        if (drivers[device].waitsForBuffer(s, stream.ring, stream.issued)) {
            // The driver has not handed back the buffer this transfer needs: it goes when the buffer comes back.
            stream.heldForBuffer++;
            return;
        }
        if (!s.write()) {
            if (readsInFlight[device] >= devices.get(device).outstandingReads()) {
                int[] queue = waiting[device];
                queue[(waitingHead[device] + waitingCount[device]++) % queue.length] = index;
                return;
            }
            readsInFlight[device]++;
        }
        int size = stream.nextSize();
        long address = stream.nextAddress(size);
        DmaPath path = paths[device];
        HostCore core = s.driven()
            ? drivers[device].queueCore((int) (stream.issued % Math.max(1, s.mapCores()))) : null;
        DmaTransfer x = transfers.open(listener, index, path, s.write(), true);
        boolean started = drivers[device].prepare(x, address, size, s, core, stream.ring, stream.issued);
        if (started && s.doorbellEvery() > 0) {
            // The driver posts a batch of buffers ahead, its first one ready now, and rings once for all of them.
            if (stream.sinceDoorbell++ % s.doorbellEvery() == 0) {
                stream.doorbellArrivedPs = mmio.ringDoorbell(core != null ? core : drivers[device].queueCore(0), device,
                    x.startPs());
            }
            x.announced(stream.doorbellArrivedPs);
        }
        if (started) {
            x.translatedAt(path.deviceTranslatedPs(x.issuePs(), x.startPs(), address, size));
            transfers.start(x, s.cacheMaintenance());
        }
        stream.issued++;
        releaseHeld(index, stream);
        if (s.write() && s.interruptEvery() > 0 && stream.issued % s.interruptEvery() == 0
                && devices.get(device).interruptCore() >= 0) {
            // The MSI follows its write's data, which may start later than now (a ring slot still being mapped).
            x.interruptSent(path.sendInterrupt(Math.max(now, x.startPs())));
        }
        long sent = x.timing().sentPs();
        boolean bounced = x.bounced();
        if (!started) {
            transfers.finish(x);
        }
        if (s.rateBytesPerSec() > 0) {
            // Requests arrive at the offered rate whatever befalls them (packets off the wire). The device sends
            // the next only once the previous has left (transmit back-pressure): one held back goes as soon as it
            // may, and those behind it follow back to back until the stream is on time again. An over-driven
            // stream runs at link speed.
            long gap = Math.max(1, (long) Math.ceil(size * 1e12 / s.rateBytesPerSec()));
            stream.arrivalPs = (stream.arrivalPs < 0 ? now : stream.arrivalPs) + gap;
            sim.scheduleAt(Math.max(Math.max(stream.arrivalPs, now + 1), sent), 0, handler, ISSUE, index);
        } else if (s.write() && !bounced) {
            sim.scheduleAt(Math.max(sent, now + 1) + s.serviceTimePs(), 0, handler, DONE, index);
        }
    }

    /**
     * A transfer's timing is known: the driver's work after it, its interrupt, its statistics, what comes next. A
     * write whose interrupt is coalesced into a later one's waits for that one: its driver learns of it only when
     * the interrupt's handler runs (and then deals with every write it finds done, as a NAPI poll does).
     */
    private void finished(DmaTransfer x) {
        StreamState stream = streams[x.tag()];
        DmaStreamConfig s = stream.config;
        DmaTiming t = x.timing();
        // The MSI follows the device's data, which for a bounced write is in its bounce slot: the driver's copy out
        // of it (DriverPath.finish) is its completion handling's work, once the interrupt is handled, not data the
        // MSI could pass.
        long visible = t.donePs();
        if (x.msiArrivedPs() < 0 && !t.faulted() && coalesced(s)) {
            if (x.number() < stream.coveredBelow) {
                // Its interrupt has come already (its data landed after an MSI that follows it was handled).
                handledBy(x, stream, Math.max(visible, stream.coverHandlerPs));
            } else {
                stream.awaitInterrupt(x);
                transfers.hold(x);
            }
            return;
        }
        long handled = visible;
        if (x.msiArrivedPs() < 0) {
            handledBy(x, stream, handled);
            return;
        }
        x.interruptHandled(x.path().interruptHandled(sim.now(), x, visible));
        handled = Math.max(visible, x.handlerPs());
        stream.coveredBelow = x.number() + 1;
        stream.coverHandlerPs = Math.max(handled, sim.now());
        // Every write issued before it and done is the handler's (as a NAPI poll takes them), and their records go
        // once all of them and the MSI's own write are handled, in issue order.
        int held = stream.awaitingCount();
        DmaTransfer[] covered = stream.takeAwaiting(x.number());
        for (DmaTransfer waited : covered) {
            if (waited != null) {
                handledBy(waited, stream, stream.coverHandlerPs);
            }
        }
        handledBy(x, stream, handled);
        for (int i = 0; i < held; i++) {
            if (covered[i] != null) {
                transfers.letGo(covered[i]);
            }
        }
    }

    /**
     * The run has ended: writes still waiting for an interrupt are done and count (their data landed), though no
     * driver got to them.
     */
    public void ended() {
        for (StreamState stream : streams) {
            int held = stream.awaitingCount();
            DmaTransfer[] left = stream.takeAwaiting(Long.MAX_VALUE);
            for (int i = 0; i < held; i++) {
                DmaTransfer x = left[i];
                if (counted(x)) {
                    stream.stats.record(x.timing(), x.size());
                }
                if (measured.holds(x.timing().donePs())) {
                    stream.stats.delivered(x.size());
                }
                transfers.letGo(x);
            }
        }
    }

    /** Whether stream {@code s}'s writes without an MSI of their own wait for a later one's (interrupt coalescing). */
    private boolean coalesced(DmaStreamConfig s) {
        return s.write() && s.interruptEvery() > 1 && devices.get(s.device()).interruptCore() >= 0;
    }

    /** The driver gets to transfer {@code x} at {@code handled}: its work, its statistics, what comes next. */
    private void handledBy(DmaTransfer x, StreamState stream, long handled) {
        DmaStreamConfig s = stream.config;
        DmaTiming t = x.timing();
        long driverWorkPs = t.faulted() ? 0 : drivers[s.device()].finish(x, s, stream.ring, handled);
        releaseHeld(x.tag(), stream);
        if (!t.faulted() && measured.holds(t.donePs())) {
            stream.stats.delivered(x.size());
        }
        if (counted(x)) {
            stream.stats.record(t, x.size());
            stream.stats.driverWork(driverWorkPs);
            if (x.msiArrivedPs() >= 0) {
                stream.stats.interrupt(x.handlerPs() - x.issuePs());
            }
        }
        if (!s.write() && s.rateBytesPerSec() > 0) {
            sim.scheduleAt(Math.max(t.donePs(), sim.now()), 0, handler, READ_DONE, x.tag());
        } else if (s.rateBytesPerSec() <= 0 && (!s.write() || x.bounced())) {
            // A closed-loop read's slot comes back with its data, and its device's read tag with it; a bounced
            // write's once the driver's core has copied it out of the bounce buffer. The slot's next transfer
            // follows its service time later (with none, at once: one event does both).
            long back = Math.max(t.donePs(), x.issuePs() + 1);
            if (!s.write() && !freesTagWithSlot(s)) {
                sim.scheduleAt(Math.max(back, sim.now()), 0, handler, READ_DONE, x.tag());
            }
            sim.scheduleAt(back + s.serviceTimePs(), 0, handler, DONE, x.tag());
        }
    }

    /** A transfer held back for its ring buffer goes now, once that buffer is back (the next follows after it). */
    private void releaseHeld(int index, StreamState stream) {
        if (stream.heldForBuffer > 0
                && !drivers[stream.config.device()].waitsForBuffer(stream.config, stream.ring, stream.issued)) {
            stream.heldForBuffer--;
            sim.scheduleAt(sim.now(), 0, handler, ISSUE, index);
        }
    }

    /**
     * Whether a read gives its device's tag back in the same event as its stream's slot: a closed-loop read with no
     * service time, whose slot comes back with its data. Any other read has an event of its own for the tag.
     */
    private static boolean freesTagWithSlot(DmaStreamConfig s) {
        return !s.write() && s.rateBytesPerSec() <= 0 && s.serviceTimePs() == 0;
    }

    /**
     * Whether a transfer counts in the statistics: issued after the warm-up, and complete by the end of the run (a
     * write's data visible, a read's completions at the device), one rule for both directions.
     */
    private boolean counted(DmaTransfer x) {
        return measured.counts(x.issuePs(), x.timing().donePs());
    }

    /** Every transfer issued before {@code x} has finished: its records, stamped with its issue time. */
    private void retired(DmaTransfer x) {
        DmaTiming t = x.timing();
        int device = x.path().index();
        if (!t.faulted() && t.donePs() <= measured.endPs()) {
            sink.dma(x.issuePs(), device, x.tag(), x.write(), x.streamAddress(), x.size(), t.linkPs(), t.iommuPs(),
                t.coherencePs(), t.memoryPs(), t.driverWaitPs(), t.latencyPs());
        }
        // By the rule its count follows (counted): a transfer done after the end has no interrupt row.
        if (x.msiArrivedPs() >= 0 && t.donePs() <= measured.endPs()) {
            sink.interrupt(x.issuePs(), device, x.path().rootSocket(), devices.get(device).interruptCore(),
                x.msiArrivedPs(), x.handlerPs());
        }
    }
}
