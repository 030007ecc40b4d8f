/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import io.platsim.diagram.export.DiagramExport.Format;
import io.platsim.diagram.export.DiagramExport;
import io.platsim.diagram.layout.DiagramLayout;
import io.platsim.diagram.layout.Layouts;
import io.platsim.diagram.render.AwtCanvas;
import io.platsim.model.persistence.LoadProblem;
import io.platsim.model.persistence.LoadResult;
import io.platsim.model.persistence.ModelFiles;

/**
 * {@code platsim export-diagram MODEL --format png|svg|pdf [--out FILE]}: the model's diagram as a file, laid out
 * as saved beside the model (or automatically when it has no layout yet), without a display.
 */
final class ExportDiagramCommand {

    private ExportDiagramCommand() {
    }

    static int execute(Options options, PrintStream out, PrintStream err) throws Exception {
        Format format = Format.named(options.get("format") == null ? "" : options.get("format"));
        if (format == null) {
            err.println("platsim export-diagram: --format must be png, svg or pdf");
            return Cli.USAGE;
        }
        Path model = Path.of(options.target);
        if (!Files.isRegularFile(model)) {
            err.println(model + ": no such model file");
            return Cli.INVALID_MODEL;
        }
        LoadResult loaded = ModelFiles.load(model);
        if (!loaded.ok()) {
            for (LoadProblem problem : loaded.errors()) {
                err.println(problem.text());
            }
            return Cli.INVALID_MODEL;
        }
        DiagramLayout layout;
        try {
            layout = Layouts.forModel(loaded.platform(), model, AwtCanvas.measuring());
        } catch (java.io.IOException e) {
            err.println(e.getMessage());
            return Cli.INVALID_MODEL;
        }
        layout.ignored().forEach(why -> err.println("warning: " + why));
        String name = model.getFileName().toString().replaceFirst("\\.platsim$", "");
        Path file = options.get("out") != null ? Path.of(options.get("out"))
            : model.resolveSibling(name + "." + format.extension());
        DiagramExport.export(loaded.platform(), layout, null, format, file);
        out.println(file + ": " + format.name() + " diagram of " + loaded.platform().getName());
        return Cli.OK;
    }
}
