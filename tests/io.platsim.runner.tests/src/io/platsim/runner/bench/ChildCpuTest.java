/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * Once a child that computes for a second has ended, the children's processor time has grown by what the child says
 * it used (its own {@code /proc/PID/stat}, read as it ends), and a child that only sleeps adds next to nothing.
 */
class ChildCpuTest {

    /** A shell that keeps a core busy for a second, then prints its own utime and stime in clock ticks. */
    private static final String BUSY = "end=$((SECONDS + 2)); while [ $SECONDS -lt $end ]; do :; done; "
        + "s=$(cat /proc/$$/stat); s=${s##*) }; set -- $s; echo ${12} ${13} $(getconf CLK_TCK)";

    @Test
    void aChildThatComputesIsCountedOnceEnded() throws Exception {
        double before = ChildCpu.seconds();
        assertTrue(before >= 0, "children's processor time: " + before);
        Process busy = new ProcessBuilder("bash", "-c", BUSY).redirectErrorStream(true).start();
        String[] said = new String(busy.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim().split(" ");
        assertEquals(0, busy.waitFor(), String.join(" ", said));
        double own = (Long.parseLong(said[0]) + Long.parseLong(said[1])) / Double.parseDouble(said[2]);
        assertTrue(own > 0.1, "the busy child used only " + own + " s");
        double afterBusy = ChildCpu.seconds();
        assertTrue(afterBusy - before >= own - 0.02, "the child used " + own + " s; counted " + (afterBusy - before));
        assertTrue(afterBusy - before <= own + 0.5, "the child used " + own + " s; counted " + (afterBusy - before));
        Process sleep = new ProcessBuilder("sleep", "1").start();
        assertEquals(0, sleep.waitFor());
        assertTrue(ChildCpu.seconds() - afterBusy < 0.1, "a sleep counted " + (ChildCpu.seconds() - afterBusy) + " s");
    }
}
