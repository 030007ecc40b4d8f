/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.compiler.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.platsim.engine.platform.PlatformSimulation;
import io.platsim.engine.stats.StreamStats;

/**
 * Seed scenario 9, data without a DMA engine, from its saved files: a core's loads across the bus against the
 * device's DMA, the remote socket against the local one, and uncached against write-combining stores.
 */
class MmioScenariosTest {

    private static final String FOLDER = "9-data-without-dma/";

    private static StreamStats copy(String variant) throws Exception {
        return SavedScenarios.run(FOLDER + variant + ".platsim", platform -> { }).cpuStream(0);
    }

    private static double gbps(StreamStats stats) {
        return stats.bytes() * 8.0 / (SavedScenarios.SIMULATED_PS / 1000.0);
    }

    private static long p50(StreamStats stats) {
        return stats.latency().percentile(0.5);
    }

    @Test
    void aDeviceThatDmasMovesItsDataHundredsOfTimesFasterThanACoreReadingItAcrossTheBus() throws Exception {
        StreamStats reads = copy("mmio-read-copy");
        PlatformSimulation dma = SavedScenarios.run(FOLDER + "device-dma-write.platsim", platform -> { });
        double dmaGbps = dma.stream(0).deliveredBytes() * 8.0 / (SavedScenarios.SIMULATED_PS / 1000.0);
        System.out.printf("mmio-read-copy %.4f Gb/s p50 %d ps; device-dma-write %.2f Gb/s%n", gbps(reads),
            p50(reads), dmaGbps);
        // One load at a time: the loads follow each other back to back, each waiting for its completion.
        double loadsPerUs = reads.transfers() / (SavedScenarios.SIMULATED_PS / 1e6);
        assertEquals(1e6 / reads.latency().mean(), loadsPerUs, loadsPerUs * 0.02, "one load in flight");
        assertTrue(dmaGbps > 100 * gbps(reads), "DMA " + dmaGbps + " against loads " + gbps(reads) + " Gb/s");
    }

    @Test
    void aDoorbellForEveryBufferCostsTheDmaLatencyAndThroughputAndBatchesShareIt() throws Exception {
        StreamStats none = dma("posted-buffers");
        StreamStats each = dma("posted-buffers-doorbell-each");
        StreamStats batched = dma("posted-buffers-doorbell-32");
        System.out.printf("doorbells: none %.1f Gb/s p50 %d link %.0f; each %.1f Gb/s p50 %d link %.0f; 32 %.1f Gb/s "
            + "p50 %d link %.0f%n", dmaGbps(none), p50(none), none.meanLinkPs(), dmaGbps(each), p50(each),
            each.meanLinkPs(), dmaGbps(batched), p50(batched), batched.meanLinkPs());
        assertTrue(each.meanLinkPs() > none.meanLinkPs() + 100_000, "each transfer waits for its doorbell");
        assertTrue(dmaGbps(each) < 0.95 * dmaGbps(none), "one at a time, the waits cost throughput");
        assertTrue(dmaGbps(batched) > dmaGbps(each) && batched.meanLinkPs() < each.meanLinkPs(),
            "a doorbell for 32 buffers shares the cost");
    }

    private static StreamStats dma(String variant) throws Exception {
        return SavedScenarios.run(FOLDER + variant + ".platsim", platform -> { }).stream(0);
    }

    private static double dmaGbps(StreamStats stats) {
        return stats.deliveredBytes() * 8.0 / (SavedScenarios.SIMULATED_PS / 1000.0);
    }

    @Test
    void aRemoteCoresLoadsTakeLonger() throws Exception {
        StreamStats local = copy("mmio-read-copy");
        StreamStats remote = copy("mmio-read-copy-remote");
        System.out.printf("remote p50 %d ps, %.4f Gb/s%n", p50(remote), gbps(remote));
        assertTrue(p50(remote) > p50(local), "remote " + p50(remote) + " against local " + p50(local) + " ps");
        assertTrue(gbps(remote) < gbps(local));
    }

    @Test
    void writeCombiningStoresOutrunUncachedOnesAndFencesSlowThem() throws Exception {
        StreamStats uncached = copy("uc-writes");
        StreamStats combining = copy("wc-writes");
        StreamStats fenced = copy("wc-writes-fenced");
        System.out.printf("uc %.3f Gb/s p50 %d; wc %.3f Gb/s p50 %d; fenced %.3f Gb/s p50 %d%n", gbps(uncached),
            p50(uncached), gbps(combining), p50(combining), gbps(fenced), p50(fenced));
        assertTrue(gbps(combining) > 10 * gbps(uncached), "write-combining " + gbps(combining)
            + " against uncached " + gbps(uncached) + " Gb/s");
        assertTrue(gbps(fenced) < gbps(combining) / 2, "fenced " + gbps(fenced) + " Gb/s");
        assertTrue(gbps(fenced) > gbps(uncached), "a fenced line still carries 16 stores");
        assertTrue(p50(uncached) > 0 && p50(combining) > 0 && p50(fenced) > 0);
    }
}
