/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.charts;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.jfree.chart.JFreeChart;

import io.platsim.charts.ComparisonCharts;
import io.platsim.trace.analysis.ChartSpec;
import io.platsim.trace.analysis.RunComparison;

/** Compare Runs: two runs' DMA figures side by side with their differences, and any of their charts overlaid. */
public class CompareRunsDialog extends Dialog {

    private final Path first;
    private final Path second;
    private final List<RunComparison.Row> rows;
    private final JFreeChart overlay;
    private Table table;

    public CompareRunsDialog(Shell shell, Path first, Path second, List<RunComparison.Row> rows,
            JFreeChart overlay) {
        super(shell);
        this.first = first;
        this.second = second;
        this.rows = rows;
        this.overlay = overlay;
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Compare Runs: " + first.getFileName() + " and " + second.getFileName());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 260;
        table.setLayoutData(data);
        for (String title : new String[] {"stream", "figure", first.getFileName().toString(),
            second.getFileName().toString(), "difference", "%"}) {
            new TableColumn(table, SWT.RIGHT).setText(title);
        }
        for (RunComparison.Row row : rows) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] {row.stream(), row.metric(), number(row.first(), row.count()),
                number(row.second(), row.count()), number(row.difference(), row.count()),
                Double.isNaN(row.percent()) ? "" : String.format(Locale.ROOT, "%+.1f%%", row.percent())});
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        Combo which = new Combo(area, SWT.READ_ONLY);
        which.add(overlay.getTitle().getText());
        List<ChartSpec> shared = shared();
        shared.forEach(spec -> which.add(spec.title() + ", both runs"));
        which.select(0);
        RunChartComposite chart = new RunChartComposite(area, overlay);
        ((GridData) chart.getLayoutData()).widthHint = 760;
        which.addListener(SWT.Selection, e -> {
            int index = which.getSelectionIndex();
            try {
                chart.setChart(index == 0 ? overlay
                    : ComparisonCharts.overlay(first, second, shared.get(index - 1), RunCharts.PIXELS));
                // The bridge does not repaint a chart it is given: without this the old one stays on screen.
                chart.forceRedraw();
            } catch (java.io.IOException failure) {
                MessageDialog.openError(getShell(), "Compare Runs", failure.getMessage());
            }
        });
        return area;
    }

    private List<ChartSpec> shared() {
        try {
            return RunComparison.sharedCharts(first, second);
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    /** The comparison table (for tests). */
    public Table table() {
        return table;
    }

    /** A figure with three decimals, or a count as the whole number it is. */
    private static String number(double value, boolean count) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, count ? "%,.0f" : "%,.3f", value);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
