/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.templates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.platsim.model.NamedElement;
import io.platsim.model.Platform;
import io.platsim.model.sweep.Factor;
import io.platsim.model.sweep.Factors;
import io.platsim.model.sweep.Sweep;

/**
 * The example workspace's sweeps, the questions docs/sweeps.md walks through: DDIO ways against the NIC's rate,
 * invalidation mode, IOVA allocator and cores under connection churn, and the NIC's PCIe generation, width and
 * payload size. Each refers to a model of the example project, loaded by the caller so that the sweep names its
 * elements by their ids in that file.
 */
public final class ExampleSweeps {

    /** Folder of the sweeps in the example project. */
    public static final String FOLDER = "sweeps";

    private ExampleSweeps() {
    }

    /**
     * The sweeps by their paths in the example project; {@code model} loads a model of the project by its path
     * there (such as {@code two-socket-server.platsim}).
     */
    public static Map<String, Sweep> all(Function<String, Platform> model) {
        Map<String, Sweep> sweeps = new LinkedHashMap<>();
        sweeps.put(FOLDER + "/ddio-ways-by-nic-rate.sweep", ddio(model.apply("two-socket-server.platsim")));
        sweeps.put(FOLDER + "/iommu-churn-by-cores.sweep",
            churn(model.apply("scenarios/7-iommu/rr-deferred-magazines.platsim")));
        sweeps.put(FOLDER + "/nic-pcie-link.sweep", pcie(model.apply("two-socket-server.platsim")));
        return sweeps;
    }

    private static Sweep ddio(Platform base) {
        Sweep sweep = sweep(base, "ddio-ways-by-nic-rate", "How many LLC ways may inbound DMA allocate "
            + "into (DDIO), and does it matter at every rate? The 100 GbE NIC writes 1500-byte packets into socket "
            + "0 at 20, 50 and 80 Gb/s with 0 (DDIO off), 2, 4 and 8 of the LLC's 12 ways open to it. With no ways "
            + "every packet goes to memory; with ways open the packets land in the LLC and only its write-backs reach "
            + "memory.", 2, 200);
        sweep.getFactors().add(listed(find(base, "s0-LLC"), "dmaAllocatableWays", "0", "2", "4", "8"));
        sweep.getFactors().add(listed(find(base, "nic-rx"), "rateGbps", "20", "50", "80"));
        sweep.getResponses().addAll(List.of("devices/0/streams/0/throughput_gbps",
            "devices/0/streams/0/latency_ns/mean", "memory/0/line_writes", "memory/0/llc_dma_hit_fraction"));
        return sweep;
    }

    private static Sweep churn(Platform base) {
        Sweep sweep = sweep(base, "iommu-churn-by-cores", "Which IOMMU settings let request/response throughput "
            + "scale with cores? 200 TCP_RR-like connections, every request and response buffer mapped and unmapped "
            + "through the IOMMU, answered by 1, 2, 4 and 8 cores, with strict or deferred invalidation and per-CPU "
            + "IOVA magazines or one global lock.", 2, 300);
        EObject iommu = find(base, "iommu0");
        sweep.getFactors().add(listed(iommu, "invalidationMode", "DEFERRED", "STRICT"));
        sweep.getFactors().add(listed(iommu, "iovaAllocator", "PER_CPU_MAGAZINES", "GLOBAL_LOCK_TREE"));
        sweep.getFactors().add(listed(find(base, "tcp-rr"), "cores", "1", "2", "4", "8"));
        sweep.getResponses().addAll(List.of("flows/0/transactions_per_second",
            "flows/0/mapping_us_per_transaction"));
        return sweep;
    }

    private static Sweep pcie(Platform base) {
        Sweep sweep = sweep(base, "nic-pcie-link", "What link does an 80 Gb/s receive stream need? The 100 GbE "
            + "NIC's link at Gen3 and Gen4, 4, 8 and 16 lanes, and a max payload size of 128, 256 and 512 bytes: "
            + "narrow links carry less than the NIC offers, and on a link that is the bottleneck larger payloads "
            + "waste less of it on headers. (Gen5 needs the root port's maxGeneration raised too: a second factor.)",
            2, 200);
        EObject link = find(base, "nic100g-link");
        sweep.getFactors().add(listed(link, "generation", "GEN3", "GEN4"));
        sweep.getFactors().add(listed(link, "lanes", "4", "8", "16"));
        sweep.getFactors().add(listed(link, "maxPayloadBytes", "128", "256", "512"));
        sweep.getResponses().addAll(List.of("devices/0/streams/0/throughput_gbps", "pcie_links/0/upstream_utilisation",
            "devices/0/streams/0/latency_ns/p99"));
        return sweep;
    }

    private static Sweep sweep(Platform base, String name, String question, int replications, double durationUs) {
        Sweep sweep = Factors.sweep(base, replications, durationUs, List.of());
        sweep.setName(name);
        sweep.setDescription(question);
        return sweep;
    }

    private static Factor listed(EObject element, String attribute, String... values) {
        return Factors.listed(element, attribute, values);
    }

    private static EObject find(Platform base, String name) {
        for (var it = EcoreUtil.<EObject>getAllContents(base, true); it.hasNext();) {
            if (it.next() instanceof NamedElement named && name.equals(named.getName())) {
                return named;
            }
        }
        throw new IllegalArgumentException(base.getName() + " has no element " + name);
    }
}
