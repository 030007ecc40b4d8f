/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * Watches a run's traces against the free space of their disk. Every hundredth of the run it measures how many
 * bytes the traces take per simulated picosecond since the warm-up ended, projects what the rest of the run will
 * write, and stops the run (as a cancel does: closed traces, a summary marked incomplete) when that would leave
 * less than {@value #RESERVE_MIB} MiB free, saying how much the run needs. The first check, a hundredth into the
 * measured time, is the estimate of the whole run: a run that cannot fit stops there. The rates are measured,
 * not computed from the model, because what a trace row costs depends on what the simulation does (the snoops,
 * walks and exits of each transfer); a formula would be a second model of the engine. A run never fills a disk.
 */
public final class DiskGuard {

    /** Space the guard leaves free on the disk, in MiB. */
    static final long RESERVE_MIB = 256;
    private static final long MIB = 1 << 20;

    private final Path traces;
    private final long warmupPs;
    private final long endPs;
    private final long stepPs;
    private final LongSupplier usableBytes;
    private long nextPs;
    private String stopped;
    /** Whether the guard has measured the traces once: its first measure is the estimate of the whole run. */
    private boolean checked;

    /** Watches {@code traces} over a run from {@code warmupPs} to {@code endPs}, on the disk that holds them. */
    public DiskGuard(Path traces, long warmupPs, long endPs) {
        this(traces, warmupPs, endPs, () -> {
            try {
                return Files.getFileStore(traces).getUsableSpace();
            } catch (IOException e) {
                return Long.MAX_VALUE;
            }
        });
    }

    /** The same, with the disk's free bytes told by {@code usableBytes}. */
    public DiskGuard(Path traces, long warmupPs, long endPs, LongSupplier usableBytes) {
        this.traces = traces;
        this.warmupPs = warmupPs;
        this.endPs = endPs;
        this.usableBytes = usableBytes;
        stepPs = Math.max(1, (endPs - warmupPs) / 100);
        nextPs = warmupPs + stepPs;
    }

    /** The run has reached {@code nowPs}: checks the disk when another hundredth of the run has passed. */
    void at(long nowPs) {
        if (stopped != null || nowPs < nextPs || nowPs <= warmupPs) {
            return;
        }
        nextPs = nowPs + stepPs;
        boolean first = !checked;
        checked = true;
        long written = bytes(traces);
        double perPs = written / (double) (nowPs - warmupPs);
        long need = (long) (perPs * Math.max(0, endPs - nowPs));
        long free = usableBytes.getAsLong();
        if (free - need < RESERVE_MIB * MIB) {
            stopped = String.format(Locale.ROOT, "stopped before the disk filled: %s would write about %,d MiB of "
                + "traces (%,.1f MiB per simulated ms, measured over its first %,.1f µs) and the disk has %,d MiB "
                + "free; free some space, write fewer traces (--trace) or run shorter", first ? "the run"
                : "the rest of the run", need / MIB, perPs * 1e9 / MIB, (nowPs - warmupPs) / 1e6, free / MIB);
        }
    }

    /** Why the guard stopped the run, or null while it has not. */
    public String stopped() {
        return stopped;
    }

    /** Bytes of the files in {@code folder}. */
    public static long bytes(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }
}
