/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.platsim.compiler.CompileException;
import io.platsim.compiler.ModelCompiler;
import io.platsim.compiler.RunOverrides;
import io.platsim.model.Platform;
import io.platsim.run.Runner;
import io.platsim.trace.analysis.RunSummary;

/**
 * The responses a sweep of a model can collect: every figure of that model's summary.json by its path, found by
 * running the model for one simulated microsecond without warm-up or traces. Figures of the run itself (its seed, its
 * wall time, the engine's speed, the component parameters) are left out: they are not the platform's answers.
 */
public final class Responses {

    private static final List<String> NOT_RESPONSES = List.of("seed", "warmup_us", "simulated_us", "wall_seconds",
        "engine_events", "engine_events_per_second", "simulated_us_per_wall_second", "peak_heap_mib", "trace_bytes",
        "trace_bytes_per_simulated_ms", "shutdown_at_us");

    private Responses() {
    }

    /** The paths of the figures a run of {@code base} reports, in the summary's order. */
    public static List<String> available(Platform base) throws CompileException, IOException {
        Path work = Files.createTempDirectory("platsim-responses");
        try {
            Runner.run("responses", ModelCompiler.compile(base, new RunOverrides(1_000_000L, null, 0L)),
                work.resolve("run"), Set.of(), ps -> { }, () -> false);
            List<String> paths = new ArrayList<>();
            for (String path : RunSummary.read(work.resolve("run")).figures().keySet()) {
                if (!NOT_RESPONSES.contains(path) && !path.startsWith("components/")) {
                    paths.add(path);
                }
            }
            return paths;
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
