/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.compiler.scenarios;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import io.platsim.compiler.ModelCompiler;
import io.platsim.compiler.RunOverrides;
import io.platsim.engine.component.Component;
import io.platsim.engine.component.ComponentSpec;
import io.platsim.engine.platform.PlatformSimulation;
import io.platsim.engine.trace.TraceSink;
import io.platsim.model.Platform;
import io.platsim.model.persistence.LoadResult;
import io.platsim.model.persistence.ModelFiles;

/** Runs a saved seed scenario of the example workspace, optionally changed first, for a fixed simulated time. */
final class SavedScenarios {

    /** Simulated time after the model's warm-up: 300 us. */
    static final long SIMULATED_PS = 300_000_000L;

    private SavedScenarios() {
    }

    /** Loads {@code file} (relative to the scenarios folder), applies {@code change}, and runs it to the end. */
    static PlatformSimulation run(String file, Consumer<Platform> change) throws Exception {
        return run(file, SIMULATED_PS, change);
    }

    /** Loads {@code file}, applies {@code change}, and runs it for {@code durationPs} after its warm-up. */
    static PlatformSimulation run(String file, long durationPs, Consumer<Platform> change) throws Exception {
        LoadResult loaded = ModelFiles.load(examples().resolve("scenarios").resolve(file));
        assertTrue(loaded.ok(), file + ": " + loaded.errors());
        change.accept(loaded.platform());
        var compiled = ModelCompiler.compile(loaded.platform(), new RunOverrides(durationPs, null));
        PlatformSimulation sim = new PlatformSimulation(compiled.config(), TraceSink.NONE);
        assertTrue(sim.run(ps -> { }, () -> false));
        return sim;
    }

    /** The example workspace's project folder. */
    static Path examples() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("examples"))) {
            dir = dir.getParent();
        }
        return dir.resolve("examples/workspace/PlatSim Examples");
    }

    /** The value of the first component of {@code kind} (device, iommu, ...) to have a statistic {@code name}. */
    static long statistic(PlatformSimulation sim, String kind, String name) {
        for (Component component : sim.netlist().components()) {
            for (ComponentSpec.Stat stat : component.spec().stats()) {
                if (component.spec().kind().equals(kind) && stat.name().equals(name)) {
                    return sim.statistic(stat);
                }
            }
        }
        throw new AssertionError("no " + kind + " statistic " + name);
    }
}
