/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.pcie;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The link model against the equations of Neugebauer et al., "Understanding PCIe performance for end host
 * networking" (SIGCOMM 2018, section 3 and its published model), written out here on their own:
 * <pre>
 *   raw      = GT/s x code rate x lanes            code rate 8/10 (Gen1-2), 128/130 (Gen3-5), 242/256 (Gen6)
 *   tlp      = raw x (1 - 8/AckLimit - 8/FcInterval - 4/1538)      ACK and FC DLLPs of 8 bytes, SKIP 4 in 1538
 *   MWr, MRd = 8 framing/seq/LCRC + 4 header + 8 (32-bit) or 12 (64-bit) + 4 with ECRC
 *   CplD     = 8 + 4 + 8 + 4 with ECRC
 *   write    = size x tlp / (ceil(size / MPS) x MWr + size)
 *   read     = completions fill one direction: ceil(size / (MPS, or RCB when split)) x CplD + size bytes each,
 *              unless the ceil(size / MRRS) x MRd request bytes would overflow the other direction
 * </pre>
 * AckLimit and FcInterval come from the PCI Express Base Specification rev 5.0 (tables 3-7 to 3-9, 2-46 to 2-48);
 * each case below states the two values it expects.
 */
class PcieModelFidelityTest {

    private static final double EXACT = 1e-12;

    private record Case(int gen, int lanes, int mps, int mrrs, int ackLimit, int fcInterval) {
    }

    private static final List<Case> LINKS = List.of(
        new Case(1, 4, 128, 512, 73, 73),
        new Case(2, 1, 512, 512, 610, 610),
        new Case(2, 32, 4096, 128, 237, 327),
        new Case(3, 8, 256, 512, 203, 203),
        new Case(3, 4, 512, 4096, 250, 250),
        new Case(4, 16, 256, 512, 168, 168),
        new Case(4, 16, 512, 1024, 182, 182),
        new Case(5, 8, 128, 256, 163, 163),
        new Case(6, 16, 256, 512, 168, 168));

    private static final long[] SIZES = {1, 64, 100, 128, 256, 1500, 4096, 9000, 65536};

    record Scenario(Case link, int addressBits, boolean ecrc, boolean rcbChunks, long size) {
        @Override
        public String toString() {
            return "Gen" + link.gen() + " x" + link.lanes() + " MPS " + link.mps() + " MRRS " + link.mrrs() + " "
                + addressBits + "-bit" + (ecrc ? " ECRC" : "") + (rcbChunks ? " RCB-split" : "") + " " + size + " B";
        }
    }

    static List<Scenario> scenarios() {
        List<Scenario> all = new ArrayList<>();
        for (Case link : LINKS) {
            for (long size : SIZES) {
                all.add(new Scenario(link, 64, false, false, size));
                all.add(new Scenario(link, 32, true, size % 2 == 0, size));
            }
        }
        return all;
    }

    private static double codeRate(int gen) {
        return gen <= 2 ? 8.0 / 10.0 : gen <= 5 ? 128.0 / 130.0 : 242.0 / 256.0;
    }

    private static final double[] GTPS = {0, 2.5, 5.0, 8.0, 16.0, 32.0, 64.0};

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void bandwidthFollowsThePublishedEquations(Scenario s) {
        Case c = s.link();
        PcieLinkModel model = new PcieLinkModel(LinkConfig.of(Generation.of(c.gen()), c.lanes())
            .sizes(c.mps(), c.mrrs()).completions(64, s.rcbChunks()).headers(s.addressBits(), s.ecrc()).build());

        double raw = GTPS[c.gen()] * codeRate(c.gen()) * c.lanes();
        double tlp = raw * (1 - 8.0 / c.ackLimit() - 8.0 / c.fcInterval() - 4.0 / 1538);
        int digest = s.ecrc() ? 4 : 0;
        int request = 8 + 4 + (s.addressBits() == 64 ? 12 : 8) + digest;
        int completion = 8 + 4 + 8 + digest;
        long size = s.size();
        long writeBytes = ceil(size, c.mps()) * request + size;
        long requestBytes = ceil(size, c.mrrs()) * request;
        long completionBytes = ceil(size, s.rcbChunks() ? 64 : c.mps()) * completion + size;
        double readsPerSecond = Math.min(tlp * 1e9 / (completionBytes * 8.0), tlp * 1e9 / (requestBytes * 8.0));

        assertEquals(raw, model.rawGbps(), raw * EXACT, "raw");
        assertEquals(tlp, model.tlpGbps(), tlp * 1e-9, "TLP layer");
        assertEquals(writeBytes, model.writeWireBytes(size), "write bytes");
        assertEquals(requestBytes, model.readRequestWireBytes(size), "read request bytes");
        assertEquals(completionBytes, model.completionWireBytes(size), "completion bytes");
        double write = size * tlp / writeBytes;
        assertEquals(write, model.writeGbps(size), write * 1e-9, "write bandwidth");
        double read = size * 8.0 * readsPerSecond / 1e9;
        assertEquals(read, model.readGbps(size), read * 1e-9, "read bandwidth");
    }

    /** Figures worked out by hand from the equations above, as a second check on the arithmetic. */
    @Test
    void handWorkedGen3x8AndGen4x16() {
        PcieLinkModel gen3 = new PcieLinkModel(LinkConfig.of(Generation.GEN3, 8).sizes(256, 512).build());
        assertEquals(63.01538461538462, gen3.rawGbps(), 1e-9);
        assertEquals(57.88476562673236, gen3.tlpGbps(), 1e-9);
        assertEquals(42.09801136489626, gen3.writeGbps(64), 1e-9, "64-byte writes: 24 bytes of overhead each");
        assertEquals(52.81456717767551, gen3.writeGbps(1500), 1e-9, "1500-byte writes: six TLPs");
        PcieLinkModel gen4 = new PcieLinkModel(LinkConfig.of(Generation.GEN4, 16).sizes(256, 512).build());
        assertEquals(227.40012098867757, gen4.tlpGbps(), 1e-9);
        assertEquals(986, gen4.serializationPs(28), "28 bytes at 227.4 Gb/s: 985.05 ps, rounded up");
    }

    private static long ceil(long a, long b) {
        return (a + b - 1) / b;
    }
}
