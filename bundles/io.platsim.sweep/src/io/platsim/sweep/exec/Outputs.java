/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep.exec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.platsim.run.RunFolder;

/** What a finished run left for the sweep: its summary, and the last line it said. */
final class Outputs {

    private Outputs() {
    }

    /** The run's summary.json, or null when it has none. */
    static String summary(RunTask task) {
        try {
            return Files.readString(Path.of(task.folder()).resolve(RunFolder.SUMMARY));
        } catch (IOException e) {
            return null;
        }
    }

    /** The last line of {@code log} that says something, or a note that there is none. */
    static String lastLine(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (!lines.get(i).isBlank()) {
                    return lines.get(i).strip();
                }
            }
        } catch (IOException e) {
            return "no output (" + e.getMessage() + ")";
        }
        return "no output";
    }
}
