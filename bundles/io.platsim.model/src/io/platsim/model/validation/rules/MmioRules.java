/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.validation.rules;

import java.util.List;

import io.platsim.model.Bar;
import io.platsim.model.BarMemoryType;
import io.platsim.model.CpuAccessStream;
import io.platsim.model.Device;
import io.platsim.model.Nic;
import io.platsim.model.Platform;
import io.platsim.model.PlatsimPackage.Literals;
import io.platsim.model.SharedMemoryDevice;
import io.platsim.model.Workload;
import io.platsim.model.validation.Problems;
import io.platsim.model.validation.Rule;

/**
 * Rules on device BARs and the CPU access streams that read and write them (memory-mapped I/O), and on a NIC's
 * translations of the memory regions it reaches.
 */
public final class MmioRules {

    private MmioRules() {
    }

    public static List<Rule> rules() {
        return List.of(
            Rule.error("bar-size", "A BAR's size is a power of two of at least 16 bytes.", MmioRules::sizes),
            Rule.warning("bar-write-combining", "A BAR mapped write-combining is prefetchable: write-combining "
                + "merges stores, which registers with side effects do not allow.", MmioRules::combining),
            Rule.error("mmio-access", "A stream that names a BAR names one of this platform's devices', and moves a "
                + "power of two of bytes no larger than the BAR (nor than a line of shared memory) at each access.",
                MmioRules::accesses),
            Rule.warning("mmio-fence-ignored", "Fences apply to the stores of a stream to a write-combining BAR.",
                MmioRules::fences),
            Rule.error("memory-translation-page", "A NIC's memory-region translations cover pages of a power of two "
                + "of bytes.", MmioRules::translationPages),
            Rule.error("shared-memory-bar", "A shared-memory device's BARs are mapped uncached or write-back, and lie "
                + "in one NUMA range; no other device's BAR is mapped write-back.", MmioRules::sharedMemory));
    }

    private static void sharedMemory(Platform p, Problems out) {
        for (Device d : p.getDevices()) {
            boolean shared = d instanceof SharedMemoryDevice;
            long bytes = 0;
            for (Bar bar : d.getBars()) {
                bytes += Math.max(0, bar.getSizeBytes());
                if (shared && bar.getMemoryType() == BarMemoryType.WRITE_COMBINING) {
                    out.report(bar, Literals.BAR__MEMORY_TYPE, "is shared memory mapped write-combining, which "
                        + "PlatSim does not model for memory; map it uncached or write-back");
                } else if (!shared && bar.getMemoryType() == BarMemoryType.WRITE_BACK) {
                    out.report(bar, Literals.BAR__MEMORY_TYPE, "is a device's registers mapped write-back: a cached "
                        + "copy would hide the device's changes; map it uncached or write-combining");
                }
            }
            if (shared && !d.getBars().isEmpty() && !inOneRange(p, ((SharedMemoryDevice) d).getMemoryBaseAddress(),
                    bytes)) {
                out.report(d, Literals.SHARED_MEMORY_DEVICE__MEMORY_BASE_ADDRESS, "its " + bytes + " bytes of BARs "
                    + "from " + ((SharedMemoryDevice) d).getMemoryBaseAddress() + " do not lie in one NUMA range "
                    + "of host memory");
            }
        }
    }

    private static boolean inOneRange(Platform p, long base, long bytes) {
        return p.getNumaRanges().stream().anyMatch(r -> base >= r.getBaseAddress()
            && base - r.getBaseAddress() <= r.getSizeBytes() - bytes);
    }

    private static void sizes(Platform p, Problems out) {
        for (Device d : p.getDevices()) {
            for (Bar bar : d.getBars()) {
                if (bar.getSizeBytes() < 16 || !Checks.powerOfTwo(bar.getSizeBytes())) {
                    out.report(bar, Literals.BAR__SIZE_BYTES, bar.getSizeBytes() + " bytes is not a power of two "
                        + "of at least 16: a memory BAR decodes a naturally aligned power-of-two range");
                }
            }
        }
    }

    private static void combining(Platform p, Problems out) {
        for (Device d : p.getDevices()) {
            for (Bar bar : d.getBars()) {
                if (bar.getMemoryType() == BarMemoryType.WRITE_COMBINING && !bar.isPrefetchable()) {
                    out.report(bar, Literals.BAR__MEMORY_TYPE, "is mapped write-combining but not prefetchable: "
                        + "its stores are merged and may reach registers out of order; map it uncached, or make "
                        + "it prefetchable if its registers allow");
                }
            }
        }
    }

    private static void accesses(Platform p, Problems out) {
        for (Workload w : p.getWorkloads()) {
            if (!(w instanceof CpuAccessStream stream) || stream.getBar() == null) {
                continue;
            }
            Bar bar = stream.getBar();
            int bytes = stream.getAccessBytes();
            if (!Checks.inPlatform(p, bar)) {
                out.report(stream, Literals.CPU_ACCESS_STREAM__BAR, "names no BAR of a device of this platform");
            } else if (!Checks.powerOfTwo(bytes)) {
                out.report(stream, Literals.CPU_ACCESS_STREAM__ACCESS_BYTES, bytes + " bytes is not a power of "
                    + "two: a load or store moves 1, 2, 4, 8, 16, 32 or 64 bytes");
            } else if (bar.eContainer() instanceof SharedMemoryDevice && bytes > 64) {
                out.report(stream, Literals.CPU_ACCESS_STREAM__ACCESS_BYTES, bytes + " bytes span more than a line of "
                    + "the shared memory behind " + Checks.name(bar) + "; a load or store moves 64 bytes at most");
            } else if (bytes > bar.getSizeBytes()) {
                out.report(stream, Literals.CPU_ACCESS_STREAM__ACCESS_BYTES, bytes + " bytes do not fit in "
                    + Checks.name(bar) + "'s " + bar.getSizeBytes() + " bytes");
            }
        }
    }

    private static void translationPages(Platform p, Problems out) {
        for (Device d : p.getDevices()) {
            if (d instanceof Nic nic && !Checks.powerOfTwo(nic.getMemoryTranslationPageBytes())) {
                out.report(nic, Literals.NIC__MEMORY_TRANSLATION_PAGE_BYTES, nic.getMemoryTranslationPageBytes()
                    + " bytes is not a page size: 4 KiB, 2 MiB, 1 GiB or another power of two");
            }
        }
    }

    private static void fences(Platform p, Problems out) {
        for (Workload w : p.getWorkloads()) {
            if (w instanceof CpuAccessStream stream && stream.getFenceEvery() > 0 && (stream.getBar() == null
                    || stream.getBar().getMemoryType() != BarMemoryType.WRITE_COMBINING)) {
                out.report(stream, Literals.CPU_ACCESS_STREAM__FENCE_EVERY, "fences every "
                    + stream.getFenceEvery() + " stores, but its stores do not go to a write-combining BAR; the "
                    + "run ignores it");
            }
        }
    }
}
