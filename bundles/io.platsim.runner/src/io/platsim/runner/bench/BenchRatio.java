/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints two runs' engine speed side by side and their ratio, for {@code ./platsim bench}: how much slower the
 * engine simulates a platform with a feature on (the second run) than with it off (the first), per simulated time
 * and per DMA transfer (a feature that slows the device moves fewer transfers in the same simulated time).
 */
public final class BenchRatio {

    private BenchRatio() {
    }

    public static void main(String[] args) throws IOException {
        double[] events = new double[2];
        double[] speed = new double[2];
        double[] perTransfer = new double[2];
        for (int i = 0; i < 2; i++) {
            String summary = Files.readString(Path.of(args[i]));
            events[i] = field(summary, "engine_events_per_second");
            speed[i] = field(summary, "simulated_us_per_wall_second");
            perTransfer[i] = field(summary, "wall_seconds") * 1e6 / transfers(summary);
            System.out.printf("  %-24s %12.0f engine events/s %10.0f us simulated per wall second %8.2f wall us per "
                + "DMA transfer%n", Path.of(args[i]).getParent().getFileName(), events[i], speed[i], perTransfer[i]);
        }
        System.out.printf("  ratio on/off: %.2fx simulated time per wall second, %.2fx engine events/s, %.2fx wall "
            + "time per DMA transfer%n", speed[1] / speed[0], events[1] / events[0], perTransfer[1] / perTransfer[0]);
    }

    /** DMA transfers of every stream in the summary. */
    private static long transfers(String json) {
        Matcher m = Pattern.compile("\"transfers\":\\s*([0-9]+)").matcher(json);
        long total = 0;
        while (m.find()) {
            total += Long.parseLong(m.group(1));
        }
        return Math.max(1, total);
    }

    private static double field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\":\\s*([0-9.eE+-]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalArgumentException("no " + name + " in the summary");
        }
        return Double.parseDouble(m.group(1));
    }
}
