/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.charts;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.swt.ChartComposite;

import io.platsim.charts.ChartExport;

/**
 * One chart in the Charts view, drawn by JFreeChart's SWT bridge: drag to zoom the time axis, and "Save as..."
 * in its menu writes PNG, SVG or PDF (the bridge's own Save As predates JFreeChart 1.5).
 */
final class RunChartComposite extends ChartComposite {

    static final int WIDTH = 560;
    static final int HEIGHT = 300;

    RunChartComposite(Composite parent, JFreeChart chart) {
        super(parent, SWT.NONE, chart, true);
        setRangeZoomable(false);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
        data.heightHint = HEIGHT;
        data.widthHint = WIDTH;
        setLayoutData(data);
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
                ChartExport.write(getChart(), Math.max(WIDTH, getSize().x), Math.max(HEIGHT, getSize().y),
                    Path.of(chosen));
            } catch (IOException e) {
                MessageDialog.openError(getShell(), "Export Chart", e.getMessage());
            }
        }
    }
}
