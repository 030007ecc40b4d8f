/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.compiler.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import io.platsim.engine.platform.PlatformSimulation;
import io.platsim.engine.vm.ExitReason;
import io.platsim.model.Platform;
import io.platsim.model.RequestResponseFlow;

/**
 * Seed scenario 11, kernel bypass in a VM, from its saved files: a passed-through virtual function translates in two
 * stages (the NIC's table, then the IOMMU) and a paravirtual device in one, so past the caches' reach an operation
 * takes longer through the virtual function; neither exits on the data path; the paravirtual device's registrations
 * exit and cost the host a second pinning.
 */
class KernelBypassScenariosTest {

    private static final String FOLDER = "11-kernel-bypass-vm/";

    /** An operation's mean ns, its VM exits apart from the guest's timer ticks, and the IOTLB's and NIC's misses. */
    private record Operations(double meanNs, long dataPathExits, long iotlbMisses, long nicMisses) {
    }

    private static Operations operations(String variant, Consumer<Platform> change) throws Exception {
        PlatformSimulation sim = SavedScenarios.run(FOLDER + variant + ".platsim", change);
        boolean iommu = sim.netlist().components().stream().anyMatch(c -> c.spec().kind().equals("iommu"));
        // Each timer tick of the guest is a preemption-timer exit and the MSR write re-arming it (APICv is on).
        long ticks = sim.flows().exits(0, ExitReason.PREEMPTION_TIMER);
        return new Operations(sim.flows().latency(0).mean() / 1000.0, sim.flows().exits(0) - 2 * ticks,
            iommu ? SavedScenarios.statistic(sim, "iommu", "iotlb_misses") : 0,
            SavedScenarios.statistic(sim, "device", "translation_misses"));
    }

    @Test
    void twoStagesOfTranslationCostAnOperationMoreThanOneAndNeitherExits() throws Exception {
        Operations passthrough = operations("passthrough-vf-operations", p -> { });
        Operations paravirtual = operations("paravirtual-operations", p -> { });
        Operations hostIommu = operations("paravirtual-host-iommu-operations", p -> { });
        System.out.println("kernel bypass in a VM: passthrough " + passthrough + "; paravirtual " + paravirtual
            + "; paravirtual, host IOMMU " + hostIommu);
        assertEquals(0, passthrough.dataPathExits(), "kernel bypass: no exit on a passed-through data path");
        assertEquals(0, paravirtual.dataPathExits(), "nor on a paravirtual one");
        assertTrue(passthrough.nicMisses() > 0 && paravirtual.nicMisses() > 0, "32 MiB is past the NIC's cache");
        assertTrue(passthrough.iotlbMisses() > 0, "and past the IOTLB's reach");
        assertTrue(passthrough.meanNs() > paravirtual.meanNs() + 200, "the second stage's walks add to each "
            + "operation: " + passthrough.meanNs() + " vs " + paravirtual.meanNs() + " ns");
        assertEquals(passthrough.meanNs(), hostIommu.meanNs(), 0.05 * passthrough.meanNs(),
            "the second stage is the IOMMU's, whoever set it up");
    }

    @Test
    void withinTheCachesReachBothTakeTheSameTime() throws Exception {
        Consumer<Platform> oneBuffer = p -> p.getWorkloads().stream()
            .filter(RequestResponseFlow.class::isInstance).map(RequestResponseFlow.class::cast)
            .forEach(rr -> rr.setBufferRingEntries(1));
        Operations passthrough = operations("passthrough-vf-operations", oneBuffer);
        Operations paravirtual = operations("paravirtual-operations", oneBuffer);
        assertEquals(paravirtual.meanNs(), passthrough.meanNs(), 0.02 * paravirtual.meanNs(),
            "each connection's one buffer stays translated: " + passthrough + " vs " + paravirtual);
        assertTrue(paravirtual.meanNs() < operations("paravirtual-operations", p -> { }).meanNs(),
            "a cold NIC cache is slower than a warm one");
    }

    /** Microseconds of a round (registering and deregistering 1 MiB), and the hypercalls made for each. */
    private record Registering(double usPerRound, double exitsPerRound) {
    }

    private static Registering registering(String variant) throws Exception {
        PlatformSimulation sim = SavedScenarios.run(FOLDER + variant + ".platsim", p -> { });
        long rounds = SavedScenarios.statistic(sim, "device", "registrations");
        assertTrue(rounds > 0, variant + " registered nothing after the warm-up");
        return new Registering(SavedScenarios.statistic(sim, "device", "registration_ps") / 1e6 / rounds,
            SavedScenarios.statistic(sim, "device", "registration_exits") / (double) rounds);
    }

    @Test
    void paravirtualRegistrationsExitAndPinTwice() throws Exception {
        Registering passthrough = registering("passthrough-vf-registering");
        Registering paravirtual = registering("paravirtual-registering");
        System.out.println("registering 1 MiB in a VM: passthrough " + passthrough + "; paravirtual " + paravirtual);
        assertEquals(0, passthrough.exitsPerRound(), "a passed-through function registers without the host");
        assertEquals(2, paravirtual.exitsPerRound(), "one hypercall to register, one to deregister");
        // The exits (2 x 1.5 us) and the guest's own pinning and unpinning (256 pages x (62 + 15) ns) come on top.
        assertEquals(passthrough.usPerRound() + 3 + 256 * 0.077, paravirtual.usPerRound(), 1.0,
            passthrough + " vs " + paravirtual);
    }
}
