/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.pcie;

/**
 * How often a receiver sends ACK and flow-control update DLLPs, in symbol times, per generation, width and max
 * payload size: PCI Express Base Specification rev 5.0, tables 3-7 to 3-9 (Ack limits) and 2-46 to 2-48 (FC
 * update guidelines), as tabulated in Neugebauer et al.'s PCIe model. Gen4 and later reuse the Gen3 rows, as
 * that model does (the specification keeps them for Gen4 and Gen5; Gen6 is an extrapolation).
 */
final class SpecTables {

    /** Columns: MPS 128, 256, 512, 1024, 2048, 4096. Rows: x1, x2, x4, x8, x16, x32. */
    private static final int[][] ACK_GEN1 = {
        {237, 416, 559, 1071, 2095, 4143}, {128, 217, 289, 545, 1057, 2081}, {73, 118, 154, 282, 538, 1050},
        {67, 107, 86, 150, 278, 534}, {48, 72, 86, 150, 278, 534}, {33, 45, 52, 84, 148, 276}};
    private static final int[][] ACK_GEN2 = {
        {288, 467, 610, 1122, 2146, 4194}, {179, 268, 340, 596, 1108, 2132}, {124, 169, 205, 333, 589, 1101},
        {118, 158, 137, 201, 329, 585}, {99, 123, 137, 201, 329, 585}, {84, 96, 103, 135, 199, 237}};
    private static final int[][] ACK_GEN3 = {
        {333, 512, 655, 1167, 2191, 4239}, {224, 313, 385, 641, 1153, 2177}, {169, 214, 250, 378, 634, 1146},
        {163, 203, 182, 246, 374, 630}, {144, 168, 182, 246, 374, 630}, {129, 141, 148, 180, 244, 372}};
    private static final int[][] FC_GEN1 = {
        {237, 416, 559, 1071, 2095, 4143}, {128, 217, 289, 545, 1057, 2081}, {73, 118, 154, 282, 538, 1050},
        {67, 107, 86, 150, 278, 534}, {48, 72, 86, 150, 278, 534}, {33, 45, 52, 84, 248, 276}};
    private static final int[][] FC_GEN2 = {
        {288, 467, 610, 1122, 2146, 4194}, {179, 268, 340, 596, 1108, 2132}, {124, 169, 205, 333, 589, 1101},
        {118, 158, 137, 201, 329, 585}, {99, 123, 137, 201, 329, 585}, {84, 96, 103, 135, 199, 327}};

    private SpecTables() {
    }

    static int ackLimit(Generation generation, int lanes, int maxPayload) {
        int[][] table = switch (generation) {
            case GEN1 -> ACK_GEN1;
            case GEN2 -> ACK_GEN2;
            default -> ACK_GEN3;
        };
        return table[row(lanes)][column(maxPayload)];
    }

    static int flowControlInterval(Generation generation, int lanes, int maxPayload) {
        int[][] table = switch (generation) {
            case GEN1 -> FC_GEN1;
            case GEN2 -> FC_GEN2;
            default -> ACK_GEN3;
        };
        return table[row(lanes)][column(maxPayload)];
    }

    private static int row(int lanes) {
        return Integer.numberOfTrailingZeros(lanes);
    }

    private static int column(int maxPayload) {
        return Integer.numberOfTrailingZeros(maxPayload) - 7;
    }
}
