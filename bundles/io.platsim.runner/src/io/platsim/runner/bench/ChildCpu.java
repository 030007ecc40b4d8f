/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * For {@code ./platsim bench}: the processor time this process's ended child processes have used, as Linux counts
 * it for a parent ({@code cutime} and {@code cstime} of {@code /proc/self/stat}, in clock ticks of
 * {@code getconf CLK_TCK}). A sweep's workers are such children: what they used against the wall time they took says
 * how many cores were busy, Java's start and its compiler included.
 */
final class ChildCpu {

    /** Fields of {@code /proc/PID/stat} after the command's closing parenthesis: state is 0, cutime 13, cstime 14. */
    private static final int CUTIME = 13;
    private static final int CSTIME = 14;
    /** Asked once, when the class loads, so that the asking process is counted before any reading. */
    private static final long TICKS_PER_SECOND = ticksPerSecond();

    private ChildCpu() {
    }

    /** Seconds of processor time used by the ended children waited for so far, or NaN where Linux does not say. */
    static double seconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            return (Long.parseLong(fields[CUTIME]) + Long.parseLong(fields[CSTIME])) / (double) TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** The kernel's clock ticks per second ({@code getconf CLK_TCK}); 100, Linux's usual figure, if it cannot say. */
    private static long ticksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String answer = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            return getconf.waitFor() == 0 ? Long.parseLong(answer) : 100;
        } catch (IOException | NumberFormatException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
