/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.engine.pcie;

import java.util.function.LongSupplier;

import io.platsim.engine.cache.Fills;
import io.platsim.engine.cache.LruSet;
import io.platsim.engine.component.Component;
import io.platsim.engine.component.ComponentSpec;

import io.platsim.engine.resource.Pacer;

/** A PCIe device with a DMA engine, as a component: its parameters, its one upstream port and its counts. */
public final class DeviceNode implements Component {

    private final ComponentSpec spec;
    /** Its DMA engine, which issues the TLPs of all its streams one at a time. */
    public final Pacer engine;
    private long writes;
    private long reads;
    private long interrupts;
    /** Its cache of memory-region translations, by page; empty for a device that takes addresses as given. */
    private final LruSet translations;
    /** When its entries are there: an entry's read from host memory is timed ahead of the clock. */
    private final Fills fills;
    private final long translationPageBytes;
    private final boolean translating;
    private long lookups;
    private long misses;
    private long registrations;
    private long registrationPs;
    private long registrationExits;

    public DeviceNode(DeviceConfig device, LongSupplier clock) {
        engine = new Pacer(device.issuePs(), clock);
        translations = new LruSet(device.translationEntries());
        translationPageBytes = Math.max(1, device.translationPageBytes());
        translating = device.translationEntries() > 0;
        fills = translating ? new Fills() : null;
        spec = ComponentSpec.of("device", device.name())
            .param("outstanding_reads", "", device.outstandingReads(), "read requests in flight at most (tags)")
            .param("root_complex", "ps", device.rootComplexPs(), "root complex forwarding latency")
            .param("dma_engine", "ps", device.dmaEnginePs(), "the device's own time for each DMA read")
            .param("dma_issue", "ps", device.issuePs(), "its DMA engine's time to issue each TLP")
            .param("dma_read_line", "ps", device.readLinePs(), "its time to take in each further line of a read")
            .param("interrupt", "ps", device.interruptPs(), "from an MSI at the root complex to its handler")
            .param("translation_entries", "entries", device.translationEntries(),
                "its cache of memory-region translations (0: addresses taken as given)")
            .param("translation_page", "bytes", device.translationPageBytes(), "the page each translation covers")
            .setting("coherent", device.coherent(), "whether its DMA is snooped")
            .setting("relaxed_ordering", device.relaxedOrdering(), "whether its posted writes may pass others")
            .port("upstream", "TLPs to and from its switch or root port", 1)
            .stat("writes", "transfers", "DMA writes issued", () -> writes)
            .stat("reads", "transfers", "DMA reads issued", () -> reads)
            .stat("interrupts", "MSIs", "MSIs sent", () -> interrupts)
            .stat("translation_lookups", "pages", "pages its transfers looked up in its translation cache",
                () -> lookups)
            .stat("translation_misses", "pages", "lookups that had to read the page's entry from host memory",
                () -> misses)
            .stat("registrations", "regions", "memory regions registered with it and deregistered again",
                () -> registrations)
            .stat("registration_ps", "ps", "cores' time registering and deregistering them", () -> registrationPs)
            .stat("registration_exits", "exits", "hypercalls a paravirtual device's guests made to register and "
                + "deregister", () -> registrationExits);
    }

    /** The device issued a DMA write ({@code write}) or read. */
    public void issued(boolean write) {
        if (write) {
            writes++;
        } else {
            reads++;
        }
    }

    /** Whether the device keeps a cache of memory-region translations. */
    public boolean translates() {
        return translating;
    }

    /** The page number of {@code address} in its translation cache's pages. */
    public long page(long address) {
        return address / translationPageBytes;
    }

    /**
     * Looks {@code page} up in its translation cache at {@code atPs}, which then holds it; returns when its entry
     * is there for the lookup (later while the read that brings it is under way), or -1 for a miss: the caller
     * reads the entry and says when it is there ({@link #filled}).
     */
    public long cachedAt(long page, long atPs) {
        lookups++;
        if (translations.touch(page)) {
            long there = fills.hit(page, atPs);
            if (there >= 0) {
                return there;
            }
        }
        misses++;
        return -1;
    }

    /** The lookup of {@code page} at {@code atPs} missed; its entry is there at {@code readyPs}. */
    public void filled(long page, long atPs, long readyPs) {
        fills.filled(page, atPs, readyPs);
    }

    /**
     * A core registered {@code regions} memory regions with the device and deregistered them in {@code ps}, its guest
     * making {@code hypercalls} to do so.
     */
    public void registered(int regions, long ps, int hypercalls) {
        registrations += regions;
        registrationPs += ps;
        registrationExits += hypercalls;
    }

    /** The device sent an MSI. */
    public void interrupted() {
        interrupts++;
    }

    @Override
    public ComponentSpec spec() {
        return spec;
    }
}
