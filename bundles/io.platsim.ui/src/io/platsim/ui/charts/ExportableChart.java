/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.charts;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.swt.ChartComposite;

import io.platsim.charts.ChartExport;

/**
 * A chart drawn by JFreeChart's SWT bridge whose "Save as..." (in its context menu) writes SVG, PDF or PNG, at least
 * at the size given (the bridge's own Save As predates JFreeChart 1.5 and writes PNG only).
 */
public class ExportableChart extends ChartComposite {

    private final int exportWidth;
    private final int exportHeight;

    /**
     * A chart drawn from {@code minimum} to {@code maximum} pixels a side without scaling (scaled beyond them), and
     * exported at least {@code exportWidth} x {@code exportHeight}.
     */
    public ExportableChart(Composite parent, JFreeChart chart, int[] minimum, int[] maximum, int exportWidth,
            int exportHeight) {
        super(parent, SWT.NONE, chart, exportWidth, exportHeight, minimum[0], minimum[1], maximum[0], maximum[1],
            true, true, true, true, true, true);
        this.exportWidth = exportWidth;
        this.exportHeight = exportHeight;
    }

    @Override
    public void doSaveAs() throws IOException {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setText("Export Chart");
        dialog.setFilterExtensions(new String[] {"*.svg", "*.pdf", "*.png"});
        dialog.setFilterNames(new String[] {"SVG (vector)", "PDF (vector)", "PNG image"});
        dialog.setFileName(getChart().getTitle().getText().replaceAll("[^A-Za-z0-9]+", "-") + ".svg");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            try {
                ChartExport.write(getChart(), Math.max(exportWidth, getSize().x), Math.max(exportHeight,
                    getSize().y), Path.of(chosen));
            } catch (IOException e) {
                MessageDialog.openError(getShell(), "Export Chart", e.getMessage());
            }
        }
    }
}
