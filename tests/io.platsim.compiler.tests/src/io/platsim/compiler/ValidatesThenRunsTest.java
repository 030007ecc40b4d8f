/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.compiler;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.platsim.engine.platform.PlatformSimulation;
import io.platsim.engine.trace.TraceSink;
import io.platsim.model.Cache;
import io.platsim.model.CacheLevel;
import io.platsim.model.CpuAccessStream;
import io.platsim.model.Device;
import io.platsim.model.DmaStream;
import io.platsim.model.InvalidationMode;
import io.platsim.model.NamedElement;
import io.platsim.model.PcieLink;
import io.platsim.model.PcieSwitch;
import io.platsim.model.Platform;
import io.platsim.model.PlatsimFactory;
import io.platsim.model.ReplacementPolicy;
import io.platsim.model.RootComplex;
import io.platsim.model.RootPort;
import io.platsim.model.Socket;
import io.platsim.model.WorkSubmission;
import io.platsim.model.persistence.LoadResult;
import io.platsim.model.persistence.ModelFiles;
import io.platsim.model.query.Fabric;
import io.platsim.model.validation.ModelValidator;
import io.platsim.model.validation.ValidationProblem;
import io.platsim.templates.Templates;

/**
 * A model that validates runs, and one the compiler refuses does not validate: every template, every model of the
 * example workspace, and near misses of the two-socket template (each a change that used to pass validation and
 * then stop the compiler or the engine) go through validation, the compiler, the engine's assembly and a short run.
 */
class ValidatesThenRunsTest {

    private static final PlatsimFactory F = PlatsimFactory.eINSTANCE;
    /** A short run: long enough for every workload to start (the templates warm up for 10 us). */
    private static final long RUN_PS = 20_000_000L;

    @TestFactory
    Stream<DynamicTest> templatesExamplesAndNearMissesRunWhenTheyValidate() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Templates.Template template : Templates.all()) {
            tests.add(DynamicTest.dynamicTest("template " + template.id(),
                () -> check(Templates.create(template.id(), template.id()),
                    template == Templates.EMPTY ? "platform-socket" : null)));
        }
        Path examples = repository().resolve("examples/workspace");
        try (Stream<Path> files = Files.walk(examples)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".platsim")).sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(examples.relativize(file).toString(), () -> {
                    LoadResult loaded = ModelFiles.load(file);
                    assertTrue(loaded.ok(), file + ": " + loaded.errors());
                    check(loaded.platform(), null);
                }));
            }
        }
        nearMisses().forEach((name, miss) -> tests.add(DynamicTest.dynamicTest("near miss: " + name, () -> {
            Platform platform = Templates.realistic("example");
            miss.change().accept(platform);
            check(platform, miss.rule());
        })));
        return tests.stream();
    }

    /**
     * Validation says yes and the model runs, or validation says no through rule {@code rule} (null: the model must
     * validate) and the compiler refuses it too.
     */
    private static void check(Platform platform, String rule) throws Exception {
        List<ValidationProblem> errors = ModelValidator.validate(platform).stream()
            .filter(p -> p.severity() == ValidationProblem.Severity.ERROR).toList();
        if (rule != null || !errors.isEmpty()) {
            assertTrue(errors.stream().anyMatch(p -> p.ruleId().equals(rule)),
                "expected rule " + rule + " to refuse the model; errors: " + errors);
            assertThrows(CompileException.class, () -> ModelCompiler.compile(platform, new RunOverrides(RUN_PS, null)));
            return;
        }
        CompiledPlatform compiled;
        try {
            compiled = ModelCompiler.compile(platform, new RunOverrides(RUN_PS, null));
        } catch (CompileException e) {
            fail("validation passed but the compiler refused: " + e.problems());
            return;
        }
        try {
            PlatformSimulation sim = new PlatformSimulation(compiled.config(), TraceSink.NONE);
            assertTrue(sim.run(ps -> { }, () -> false), "the run was cancelled");
        } catch (RuntimeException e) {
            throw new AssertionError("validation passed but the engine failed: " + e, e);
        }
    }

    /** A change to the two-socket template, and the rule that refuses it (null: it must run). */
    private record Miss(Consumer<Platform> change, String rule) {
    }

    /** Changes to the two-socket template, by what they do. */
    private static Map<String, Miss> nearMisses() {
        Map<String, Miss> misses = new LinkedHashMap<>();
        misses.put("no socket", new Miss(p -> p.getSockets().clear(), "platform-socket"));
        misses.put("a socket without a memory controller",
            new Miss(p -> socket(p, 1).getMemoryControllers().clear(), "socket-memory"));
        misses.put("a NIC and an NVMe drive of one name",
            new Miss(p -> named(p, Device.class, "nvme0").setName("nic100g"), "names-unique"));
        misses.put("sockets without names", new Miss(p -> p.getSockets().forEach(s -> s.setName(" ")),
            "names-required"));
        misses.put("memory controllers without names", new Miss(p -> p.getSockets().forEach(s ->
            s.getMemoryControllers().forEach(m -> m.setName(null))), "names-required"));
        misses.put("devices without names", new Miss(p -> p.getDevices().forEach(d -> d.setName("")),
            "names-required"));
        misses.put("a device named like the switch above it",
            new Miss(p -> switchAbove(p, "nvme0", "sw0").setName("sw0"), "names-unique"));
        misses.put("two switches without names", new Miss(p -> {
            switchAbove(p, "nvme0", null);
            switchAbove(p, "nic100g", null);
        }, "names-required"));
        misses.put("a CPU stream of no accesses", new Miss(p -> {
            CpuAccessStream stream = F.createCpuAccessStream();
            stream.setName("idle");
            stream.setCore(socket(p, 0).getCores().get(0));
            stream.setAccessesPerUs(0);
            stream.setStartUs(5);
            p.getWorkloads().add(stream);
        }, "number-range"));
        misses.put("a submission of no descriptors", new Miss(p -> p.getWorkloads().stream()
            .filter(WorkSubmission.class::isInstance).forEach(w -> ((WorkSubmission) w).setDescriptorsPerUs(0)),
            "number-range"));
        misses.put("every workload disabled", new Miss(p -> p.getWorkloads().forEach(w -> w.setEnabled(false)), null));
        misses.put("per-I/O mapping without an IOMMU", new Miss(p -> {
            DmaStream stream = named(p, DmaStream.class, "nvme-reads");
            stream.setMapPerIo(true);
            RootComplex complex = Fabric.rootComplexOf(p, stream.getDevice());
            p.getIommus().forEach(i -> i.getCoveredRootComplexes().remove(complex));
        }, null));
        misses.put("strict invalidation with nothing mapping per I/O",
            new Miss(p -> p.getIommus().forEach(i -> i.setInvalidationMode(InvalidationMode.STRICT)), null));
        misses.put("strict invalidation with per-I/O mapping", new Miss(p -> {
            p.getIommus().forEach(i -> i.setInvalidationMode(InvalidationMode.STRICT));
            named(p, DmaStream.class, "nic-rx").setMapPerIo(true);
        }, null));
        misses.put("tree pseudo-LRU on a 12-way LLC", new Miss(p -> llc(p).setReplacement(ReplacementPolicy.PLRU),
            "cache-replacement"));
        for (ReplacementPolicy policy : ReplacementPolicy.values()) {
            if (policy != ReplacementPolicy.PLRU) {
                misses.put("every cache replacing by " + policy, new Miss(p -> p.getSockets().forEach(s ->
                    s.getCaches().forEach(c -> c.setReplacement(policy))), null));
            }
        }
        // The highest addresses a model may give: a window of 2^57 bytes from 2^57, up to the last line.
        misses.put("buffers at the top of the address space", new Miss(p -> {
            DmaStream stream = named(p, DmaStream.class, "nic-rx");
            stream.setBufferBaseAddress(1L << 57);
            stream.setBufferWindowBytes(1L << 57);
            CpuAccessStream reader = F.createCpuAccessStream();
            reader.setName("top-reader");
            reader.setCore(socket(p, 0).getCores().get(1));
            reader.setBufferBaseAddress(1L << 57);
            reader.setBufferWindowBytes(1L << 57);
            p.getWorkloads().add(reader);
        }, null));
        return misses;
    }

    /**
     * Puts a new switch named {@code name} between {@code device} and the root port its link comes from; returns the
     * device.
     */
    private static Device switchAbove(Platform p, String device, String name) {
        Device target = named(p, Device.class, device);
        PcieLink link = p.getPcieLinks().stream().filter(l -> l.getDownstream() == target).findFirst().orElseThrow();
        RootPort port = (RootPort) link.getUpstream();
        PcieSwitch sw = F.createPcieSwitch();
        sw.setName(name);
        p.getSwitches().add(sw);
        PcieLink up = F.createPcieLink();
        up.setName(device + "-switch-up");
        up.setUpstream(port);
        up.setDownstream(sw);
        p.getPcieLinks().add(up);
        link.setUpstream(sw);
        return target;
    }

    private static Cache llc(Platform p) {
        return socket(p, 0).getCaches().stream().filter(c -> c.getLevel() == CacheLevel.LLC).findFirst().orElseThrow();
    }

    private static Socket socket(Platform p, int index) {
        return p.getSockets().get(index);
    }

    private static <T extends NamedElement> T named(Platform p, Class<T> type, String name) {
        List<T> found = new ArrayList<>();
        p.eAllContents().forEachRemaining(o -> {
            if (type.isInstance(o) && name.equals(((NamedElement) o).getName())) {
                found.add(type.cast(o));
            }
        });
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no " + type.getSimpleName() + " named " + name);
        }
        return found.get(0);
    }

    private static Path repository() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no examples folder above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
