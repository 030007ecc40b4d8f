/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.dma;

import java.util.Arrays;

import io.platsim.engine.kernel.EventHandler;
import io.platsim.engine.kernel.Simulator;

/**
 * The moments a device that does not snoop the CPU caches has its written line in memory, each an event: what
 * the caches hold then is what software sees next ({@link DmaLines#landed}). A core that reads the line before it
 * lands reads the old data, rightly; a copy it keeps past the landing is stale. Records in flight live in arrays
 * that grow to the most ever in flight: nothing is allocated per event.
 */
final class Landings implements EventHandler {

    private final Simulator sim;
    private final int handler;
    private DmaLines[] lines = new DmaLines[16];
    private long[] line = new long[16];
    private int[] home = new int[16];
    private boolean[] maintained = new boolean[16];
    private int[] free = new int[16];
    private int freeCount;
    private int count;

    Landings(Simulator sim) {
        this.sim = sim;
        handler = sim.register(this);
    }

    /**
     * {@code by}'s write of {@code written}, homed on socket {@code homeSocket}, lands in memory at {@code atPs};
     * {@code cacheMaintenance} when software drops the caches' copies once it has.
     */
    void schedule(DmaLines by, long written, int homeSocket, boolean cacheMaintenance, long atPs) {
        int slot;
        if (freeCount > 0) {
            slot = free[--freeCount];
        } else {
            if (count == lines.length) {
                int size = count * 2;
                lines = Arrays.copyOf(lines, size);
                line = Arrays.copyOf(line, size);
                home = Arrays.copyOf(home, size);
                maintained = Arrays.copyOf(maintained, size);
                free = Arrays.copyOf(free, size);
            }
            slot = count++;
        }
        lines[slot] = by;
        line[slot] = written;
        home[slot] = homeSocket;
        maintained[slot] = cacheMaintenance;
        sim.scheduleAt(atPs, 0, handler, 0, slot);
    }

    @Override
    public void handle(int kind, long payload) {
        int slot = (int) payload;
        DmaLines by = lines[slot];
        long landedLine = line[slot];
        int landedHome = home[slot];
        boolean cacheMaintenance = maintained[slot];
        lines[slot] = null;
        free[freeCount++] = slot;
        by.landed(sim.now(), landedLine, landedHome, cacheMaintenance);
    }
}
