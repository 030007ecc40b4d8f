/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.pcie;

/**
 * PCI Express generations: transfer rate per lane and the share of it the line code leaves for data
 * (PCI Express Base Specification; for Gen6 flits, the 242-of-256 share that Neugebauer et al.'s model uses).
 */
public enum Generation {
    GEN1(2.5, 8, 10),
    GEN2(5.0, 8, 10),
    GEN3(8.0, 128, 130),
    GEN4(16.0, 128, 130),
    GEN5(32.0, 128, 130),
    GEN6(64.0, 242, 256);

    private final double transferRateGTps;
    private final int dataBits;
    private final int codeBits;

    Generation(double transferRateGTps, int dataBits, int codeBits) {
        this.transferRateGTps = transferRateGTps;
        this.dataBits = dataBits;
        this.codeBits = codeBits;
    }

    public double transferRateGTps() {
        return transferRateGTps;
    }

    /** Data bits per lane and second after line coding, in Gb/s. */
    public double laneGbps() {
        return (double) dataBits / codeBits * transferRateGTps;
    }

    /** The generation numbered 1 to 6. */
    public static Generation of(int number) {
        return values()[number - 1];
    }
}
