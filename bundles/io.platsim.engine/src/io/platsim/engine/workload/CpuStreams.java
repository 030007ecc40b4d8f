/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.workload;

import java.util.List;
import java.util.SplittableRandom;

import io.platsim.engine.config.CpuStreamConfig;
import io.platsim.engine.kernel.EventHandler;
import io.platsim.engine.kernel.Simulator;
import io.platsim.engine.mmio.MmioPath;
import io.platsim.engine.mmio.WriteCombining;
import io.platsim.engine.resource.HostCore;
import io.platsim.engine.resource.HostCores;
import io.platsim.engine.socket.CpuAccessPath;
import io.platsim.engine.socket.SocketModel;
import io.platsim.engine.stats.MeasuredTime;
import io.platsim.engine.stats.StreamStats;

/**
 * Cores reading and writing: each CPU access stream offers its accesses at its rate.
 * <ul>
 * <li>To memory, each access is one line through the core's caches and the coherence protocol
 * ({@link CpuAccessPath}); accesses overlap, as a core's out-of-order loads and stores do, as far as its
 * {@value HostCore#FILL_BUFFERS} fill buffers let them (a core whose buffers all wait stalls). To an uncached buffer
 * each goes to memory, and waits for the one before it, as uncached accesses are strongly ordered.</li>
 * <li>To a device's BAR ({@link MmioPath}), an access moves the stream's access size and the core waits as the
 * memory type says: for an uncached or write-combining load until its data is back (one at a time), for an
 * uncached store until the root complex has acknowledged it, for a write-combining store only when it needs a
 * buffer and none is free ({@link WriteCombining}) or at a fence. The next access comes at the offered rate or once
 * the core may go on, whichever is later, and the waits are booked on the core's calendar.</li>
 * </ul>
 * A load's latency runs until the core has its data, a store's until the device has it.
 */
public final class CpuStreams implements EventHandler {

    private static final int ACCESS = 0;

    private final Simulator sim;
    private final int handler;
    private final List<CpuStreamConfig> configs;
    private final CpuAccessPath cpu;
    private final MmioPath mmio;
    private final HostCores cores;
    private final SplittableRandom random;
    private final MeasuredTime measured;
    private final StreamStats[] stats;
    private final WriteCombining[] combining;

    public CpuStreams(List<CpuStreamConfig> configs, Simulator sim, CpuAccessPath cpu, MmioPath mmio,
            HostCores cores, SplittableRandom random, MeasuredTime measured) {
        this.configs = configs;
        this.sim = sim;
        this.cpu = cpu;
        this.mmio = mmio;
        this.cores = cores;
        this.random = random;
        this.measured = measured;
        handler = sim.register(this);
        stats = new StreamStats[configs.size()];
        combining = new WriteCombining[configs.size()];
        for (int i = 0; i < stats.length; i++) {
            StreamStats counted = new StreamStats();
            stats[i] = counted;
            CpuStreamConfig.Mmio target = configs.get(i).mmio();
            if (target != null && target.writeCombining()) {
                int bytes = target.accessBytes();
                combining[i] = new WriteCombining(mmio, configs.get(i).socket(), target.device(), target.fenceEvery(),
                    (stored, arrived) -> record(counted, stored, bytes, arrived - stored));
            }
        }
    }

    /** Schedules every stream's first access at its start. */
    public void start() {
        for (int i = 0; i < configs.size(); i++) {
            sim.scheduleAt(configs.get(i).startPs(), 1, handler, ACCESS, i);
        }
    }

    /** A stream's accesses and their latencies: those issued after the warm-up and done by the end. */
    public StreamStats stats(int index) {
        return stats[index];
    }

    @Override
    public void handle(int kind, long payload) {
        int index = (int) payload;
        CpuStreamConfig c = configs.get(index);
        long now = sim.now();
        long gap = Math.max(1, (long) (1e12 / c.accessesPerSec()));
        long next = c.mmio() == null ? memory(index, c, now) : device(index, c, now);
        sim.scheduleAt(Math.max(now + gap, next), 1, handler, ACCESS, index);
    }

    /** One access to memory; returns when the core may go on: at once when cached, else when it is done. */
    private long memory(int index, CpuStreamConfig c, long now) {
        long lines = Math.max(1, c.bufferBytes() / SocketModel.LINE);
        long line = c.bufferBase() / SocketModel.LINE + random.nextLong(lines);
        boolean write = random.nextDouble() < c.writeShare();
        if (!c.uncached()) {
            // Accesses overlap as far as the core's fill buffers let them: with every buffer waiting for a line,
            // the core stalls and the stream's next access waits too.
            HostCore core = cores.core(c.socket(), c.core());
            long at = core.fillBufferFreeAt(now);
            long done = cpu.access(at, c.socket(), c.core(), line, write, c.homeSocket());
            core.holdFillBuffer(done);
            record(stats[index], at, c.accessBytes(), done - at);
            return at;
        }
        // Uncached accesses are strongly ordered: each waits for the one before it.
        HostCore core = cores.core(c.socket(), c.core());
        long at = core.startFor(now, 1);
        long done = cpu.uncached(at, c.socket(), line, write, c.homeSocket());
        record(stats[index], at, c.accessBytes(), done - at);
        return core.booked(now, at, done);
    }

    /** One access to the stream's BAR; returns when the core may go on. */
    private long device(int index, CpuStreamConfig c, long now) {
        CpuStreamConfig.Mmio target = c.mmio();
        HostCore core = cores.core(c.socket(), c.core());
        boolean write = random.nextDouble() < c.writeShare();
        // The access starts once the core is free of other work booked on it.
        long at = core.startFor(now, 1);
        WriteCombining buffers = combining[index];
        long free;
        if (!write) {
            if (buffers != null) {
                buffers.evict(at);
            }
            long done = mmio.read(at, c.socket(), target.device(), target.accessBytes(), target.deviceReadPs());
            record(stats[index], at, target.accessBytes(), done - at);
            free = done;
        } else if (buffers == null) {
            MmioPath.Posted posted = mmio.write(at, c.socket(), target.device(), target.accessBytes());
            record(stats[index], at, target.accessBytes(), posted.arrivedPs() - at);
            free = posted.acknowledgedPs();
        } else {
            free = buffers.store(at, target.accessBytes());
        }
        return core.booked(now, at, free);
    }

    /** An access issued at {@code issuedPs} took {@code latencyPs}: it counts as a DMA transfer would. */
    private void record(StreamStats counted, long issuedPs, int bytes, long latencyPs) {
        if (measured.counts(issuedPs, issuedPs + latencyPs)) {
            counted.access(bytes, latencyPs);
        }
    }
}
