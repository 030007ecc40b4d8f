/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.platsim.compiler.CompileException;
import io.platsim.compiler.CompiledPlatform;
import io.platsim.compiler.ModelCompiler;
import io.platsim.compiler.RunOverrides;
import io.platsim.engine.vm.ExitReason;
import io.platsim.model.DmaStream;
import io.platsim.model.Platform;
import io.platsim.model.persistence.ModelFiles;
import io.platsim.templates.Templates;
import io.platsim.templates.scenarios.Scenarios;
import io.platsim.trace.TraceReader;
import io.platsim.trace.analysis.RunSummary;

/**
 * The run service as the command line and the workbench call it: a run folder holds the model it ran, its traces
 * and a typed summary; an earlier run is never damaged by a run that may not replace it; a cancelled or stopped
 * run says so in its folder and its summary.
 */
class RunServiceTest {

    private static final long FIFTY_US = 50_000_000L;

    @TempDir
    Path temp;

    private Path model(String name) throws IOException {
        Path file = temp.resolve(name + ".platsim");
        ModelFiles.save(Templates.small(name), file);
        return file;
    }

    private static CompiledPlatform compile(Path model, RunOverrides overrides) throws CompileException {
        return ModelCompiler.compile(ModelFiles.load(model).platform(), overrides);
    }

    private static Runner.Outcome run(Path model, Path folder, boolean replace) throws Exception {
        return Runner.run(model, compile(model, new RunOverrides(FIFTY_US, null)), folder, Runner.KINDS, ps -> { },
            () -> false, replace);
    }

    @Test
    void aRunFolderHoldsTheModelItsTracesAndATypedSummary() throws Exception {
        Path model = model("lab");
        Path folder = temp.resolve("run");
        Runner.Outcome outcome = run(model, folder, false);
        assertTrue(outcome.complete());
        assertEquals(Files.readString(model), Files.readString(folder.resolve(Runner.MODEL)), "the model as it ran");
        RunSummary summary = RunSummary.read(folder);
        assertTrue(summary.complete());
        assertEquals(50.0, summary.simulatedUs(), 1e-9);
        assertTrue(summary.warmupUs() > 0);
        assertEquals((summary.warmupUs() + summary.simulatedUs()) / summary.wallSeconds(),
            summary.simulatedUsPerWallSecond(), summary.simulatedUsPerWallSecond() * 0.05,
            "the engine's speed: all it simulated, the warm-up too, per second of wall time");
        assertEquals(compile(model, RunOverrides.NONE).deviceNames(),
            Files.readAllLines(folder.resolve("traces").resolve(Runner.TRACKS)), "one track a device, in order");
        long transfers = summary.devices().stream().flatMap(d -> d.streams().stream())
            .mapToLong(RunSummary.Stream::transfers).sum();
        try (TraceReader dma = new TraceReader(folder.resolve("traces/dma.pst"))) {
            assertTrue(transfers > 0, "the lab's NIC moved data");
            assertEquals(transfers, dma.rows(), "one DMA row per transfer the summary counts");
        }
        assertFalse(Files.exists(folder.resolve(RunFolder.RUNNING)), "finished: no running mark");
    }

    @Test
    void aVmsHypercallsCountOnceInItsExits() throws Exception {
        // A paravirtual device's guest makes one hypercall to register and one to deregister, each a VMCALL exit.
        CompiledPlatform compiled = ModelCompiler.compile(Scenarios.all()
            .get(Scenarios.FOLDER + "/11-kernel-bypass-vm/paravirtual-registering.platsim"), RunOverrides.NONE);
        Path folder = temp.resolve("registering");
        Runner.run("registering", compiled, folder, Runner.KINDS, ps -> { }, () -> false);
        RunSummary summary = RunSummary.read(folder);
        long hypercalls = summary.components().stream().filter(c -> c.stats().containsKey("registration_exits"))
            .mapToLong(c -> c.stats().get("registration_exits")).sum();
        long[] traced = {0};
        try (TraceReader exits = new TraceReader(folder.resolve("traces/vm_exit.pst"))) {
            int reason = exits.schema().indexOf("reason");
            exits.scan(compiled.config().warmupPs(), Long.MAX_VALUE, row -> {
                if (row[reason] == ExitReason.VMCALL.ordinal()) {
                    traced[0]++;
                }
            });
        }
        assertTrue(hypercalls > 0, "the guest registered after the warm-up");
        assertEquals(hypercalls, traced[0], "the trace has a VMCALL row for each of the device's hypercalls");
        RunSummary.VmExits guest = summary.vmExits().get(0);
        assertEquals(hypercalls, guest.byReason().get(ExitReason.VMCALL.key()), "the VM's exits count each once");
        assertEquals(hypercalls, guest.total());
    }

    @Test
    void aDriverThatOnlyCopiesWorksItsCores() throws Exception {
        // The kernel-ring scenario's receive path copies each packet to the application; without the stack's own
        // work per packet, the copy is all the driver cores do.
        Platform platform = Scenarios.all().get(Scenarios.FOLDER + "/12-zero-copy/kernel-ring-copy.platsim");
        DmaStream rx = platform.getWorkloads().stream().filter(DmaStream.class::isInstance).map(DmaStream.class::cast)
            .filter(DmaStream::isApplicationCopy).findFirst().orElseThrow();
        rx.setDriverWorkNs(0);
        Path folder = temp.resolve("copies");
        Runner.run("copies", ModelCompiler.compile(platform, new RunOverrides(FIFTY_US, null)), folder, Runner.KINDS,
            ps -> { }, () -> false);
        RunSummary.Stream stream = RunSummary.read(folder).devices().stream().flatMap(d -> d.streams().stream())
            .filter(s -> s.name().equals(rx.getName())).findFirst().orElseThrow();
        assertTrue(stream.transfers() > 0);
        assertTrue(stream.driverWorkFraction() > 0.05, "copying takes the cores' time: " + stream.driverWorkFraction());
    }

    @Test
    void theInterruptTraceHoldsTheInterruptsTheSummaryCounts() throws Exception {
        // The two-socket template's NIC interrupts for every received frame; some are in flight when the run ends.
        // Over 100 us one frame's transfer ends after the run does, with its interrupt already raised.
        CompiledPlatform compiled = ModelCompiler.compile(Templates.realistic("s"),
            new RunOverrides(2 * FIFTY_US, null));
        Path folder = temp.resolve("interrupts");
        Runner.run("s", compiled, folder, Runner.KINDS, ps -> { }, () -> false);
        long counted = RunSummary.read(folder).devices().stream().flatMap(d -> d.streams().stream())
            .mapToLong(RunSummary.Stream::interrupts).sum();
        try (TraceReader interrupts = new TraceReader(folder.resolve("traces/interrupt.pst"))) {
            assertTrue(counted > 0, "the NIC interrupted");
            assertEquals(counted, interrupts.rows(), "one interrupt row per interrupt the summary counts");
        }
    }

    @Test
    void aRunThatMayNotReplaceAnEarlierOneLeavesItByteForByte() throws Exception {
        Path model = model("lab");
        Path folder = temp.resolve("run");
        run(model, folder, false);
        byte[] summary = Files.readAllBytes(folder.resolve(RunFolder.SUMMARY));
        byte[] dma = Files.readAllBytes(folder.resolve("traces/dma.pst"));
        assertThrows(RunFolder.Refused.class, () -> run(model, folder, false));
        assertArrayEquals(summary, Files.readAllBytes(folder.resolve(RunFolder.SUMMARY)));
        assertArrayEquals(dma, Files.readAllBytes(folder.resolve("traces/dma.pst")));
        assertEquals(Files.readString(model), Files.readString(folder.resolve(Runner.MODEL)));
        Runner.Outcome replaced = Runner.run(model, compile(model, new RunOverrides(FIFTY_US, 7L)), folder,
            Runner.KINDS, ps -> { }, () -> false, true);
        assertTrue(replaced.complete());
        assertEquals(7L, RunSummary.read(folder).seed(), "replaced when asked");
    }

    @Test
    void onlyTheTraceKindsAskedForAreWritten() throws Exception {
        Path model = model("lab");
        Path folder = temp.resolve("run");
        Runner.run(model, compile(model, new RunOverrides(FIFTY_US, null)), folder, Set.of("dma"), ps -> { },
            () -> false, false);
        assertTrue(Files.exists(folder.resolve("traces/dma.pst")));
        assertFalse(Files.exists(folder.resolve("traces/snoop.pst")), "snoops were not asked for");
        assertEquals(List.of("dma"), RunSummary.read(folder).traces(), "the summary names the kinds written");
    }

    @Test
    void aCancelledRunLeavesAConsistentFolderMarkedIncomplete() throws Exception {
        CompiledPlatform compiled = ModelCompiler.compile(Templates.realistic("s"), RunOverrides.NONE);
        Path folder = temp.resolve("cancelled");
        int[] slices = {0};
        Runner.Outcome outcome = Runner.run("s", compiled, folder, Runner.KINDS, ps -> slices[0]++,
            () -> slices[0] >= 20);
        assertFalse(outcome.complete());
        assertTrue(Files.exists(folder.resolve(Runner.INCOMPLETE)));
        assertFalse(RunSummary.read(folder).complete());
        try (TraceReader dma = new TraceReader(folder.resolve("traces/dma.pst"))) {
            assertTrue(dma.rows() > 0);
        }
    }

    @Test
    void aRunCancelledDuringItsWarmUpMeasuresNothing() throws Exception {
        CompiledPlatform compiled = ModelCompiler.compile(Templates.realistic("s"), RunOverrides.NONE);
        Path folder = temp.resolve("warming");
        Runner.Outcome outcome = Runner.run("s", compiled, folder, Runner.KINDS, ps -> { }, () -> true);
        assertFalse(outcome.complete());
        assertTrue(outcome.simulation().nowPs() < compiled.config().warmupPs(), "stopped in the warm-up");
        RunSummary summary = RunSummary.read(folder);
        assertEquals(0, summary.simulatedUs());
        for (RunSummary.Memory memory : summary.memory()) {
            assertEquals(0, memory.lineReads() + memory.lineWrites() + memory.llcDmaAllocations(), memory.toString());
        }
        for (RunSummary.PcieLink link : summary.pcieLinks()) {
            assertEquals(0, link.upstreamWireBytes() + link.downstreamWireBytes(), link.toString());
            assertEquals(0, link.upstreamUtilisation());
        }
        for (RunSummary.Component component : summary.components()) {
            component.stats().forEach((stat, value) -> assertTrue(value == 0 || stat.equals("snoop_filter_lines"),
                component.name() + "'s " + stat + " counted the warm-up: " + value));
        }
    }

    @Test
    void aRunStopsBeforeTheDiskFillsAndSaysWhatItNeeds() throws Exception {
        CompiledPlatform compiled = ModelCompiler.compile(Templates.realistic("big"), new RunOverrides(300_000_000L,
            null));
        Path folder = temp.resolve("full");
        Runner.Outcome outcome;
        try (RunFolder run = RunFolder.open(folder, false)) {
            DiskGuard guard = new DiskGuard(Files.createDirectories(folder.resolve("traces")),
                compiled.config().warmupPs(), compiled.config().warmupPs() + compiled.config().durationPs(),
                () -> 200L << 20);
            outcome = Runner.run(run, "big", compiled, folder, Runner.KINDS, ps -> { }, () -> false, guard);
        }
        assertFalse(outcome.complete(), "stopped, as a cancel");
        assertTrue(Files.readString(folder.resolve(Runner.INCOMPLETE)).contains("stopped before the disk filled"));
        assertTrue(RunSummary.read(folder).stopped().contains("MiB free"), RunSummary.read(folder).stopped());
        assertTrue(outcome.simulation().nowPs() < compiled.config().warmupPs() + compiled.config().durationPs() / 10,
            "it stopped at the first check");
        assertTrue(outcome.stopped().contains("the run would write about")
            && outcome.stopped().contains("measured over its first"), outcome.stopped());
    }
}
