/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.trace;

/**
 * How an IOMMU translated a transfer's pages, its worst page's result: the {@code result} column of the
 * {@code iommu} trace. The codes rise with the cost, so the worst page's is the greatest.
 */
public enum TranslationResult implements Coded {
    /** Every page hit the IOTLB. */
    IOTLB_HIT("IOTLB hit"),
    /** A walk a walk cache shortened. */
    WALK_CACHED("walk-cache hit"),
    /** A walk from the top of the table. */
    WALK_FULL("full walk"),
    /** The walk found no mapping: the transfer is dropped. */
    FAULT("fault"),
    /** The mapping is read-only and the device wrote: the transfer is dropped. */
    FAULT_READ_ONLY("read-only fault");

    private final String label;

    TranslationResult(String label) {
        this.label = label;
    }

    @Override
    public int code() {
        return ordinal();
    }

    @Override
    public String label() {
        return label;
    }
}
