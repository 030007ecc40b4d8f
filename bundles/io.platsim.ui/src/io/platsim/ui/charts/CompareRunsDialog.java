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
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.jfree.chart.JFreeChart;

import io.platsim.charts.ComparisonCharts;
import io.platsim.run.SettingsDiff;
import io.platsim.trace.analysis.ChartSpec;
import io.platsim.trace.analysis.RunComparison;

/**
 * Compare Runs: the settings the two runs differ in (element, field, value in each), their DMA figures side by side
 * with their differences, and any of their charts overlaid.
 */
public class CompareRunsDialog extends Dialog {

    private final Path first;
    private final Path second;
    private final List<RunComparison.Row> rows;
    private final JFreeChart overlay;
    private final List<SettingsDiff.Difference> settings;
    private Table table;
    private Combo chartPicker;
    private RunChartComposite chart;
    private Table settingsTable;
    private Label settingsNote;

    /** {@code settings}: what {@link SettingsDiff#between(Path, Path)} gives, null when the runs kept no models. */
    public CompareRunsDialog(Shell shell, Path first, Path second, List<SettingsDiff.Difference> settings,
            List<RunComparison.Row> rows, JFreeChart overlay) {
        super(shell);
        this.settings = settings;
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
        settingsNote = new Label(area, SWT.WRAP);
        settingsNote.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        if (settings == null) {
            settingsNote.setText("Settings: not compared, as a run kept no copy of its model (runs from before"
                + " December 2026).");
        } else if (settings.isEmpty()) {
            settingsNote.setText("Settings: both runs ran the same model with the same run settings.");
        } else {
            settingsNote.setText("Settings that differ (" + settings.size() + "):");
            settingsTable = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
            settingsTable.setHeaderVisible(true);
            settingsTable.setLinesVisible(true);
            GridData shape = new GridData(SWT.FILL, SWT.FILL, true, false);
            settingsTable.setLayoutData(shape);
            for (String title : new String[] {"element", "field", first.getFileName().toString(),
                second.getFileName().toString()}) {
                new TableColumn(settingsTable, SWT.LEFT).setText(title);
            }
            for (SettingsDiff.Difference d : settings) {
                new TableItem(settingsTable, SWT.NONE).setText(new String[] {d.element(), d.field(), d.first(),
                    d.second()});
            }
            for (TableColumn column : settingsTable.getColumns()) {
                column.pack();
            }
            // Every difference in view up to eight; more scroll.
            shape.heightHint = settingsTable.getHeaderHeight() + settingsTable.getItemHeight()
                * Math.min(8, settings.size()) + 2 * settingsTable.getBorderWidth();
        }
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
        chartPicker = which;
        which.add(overlay.getTitle().getText());
        List<ChartSpec> shared = shared();
        shared.forEach(spec -> which.add(spec.title() + ", both runs"));
        which.select(0);
        chart = new RunChartComposite(area, overlay);
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

    /** The settings table, or null when no setting differs or none were compared (for tests). */
    public Table settingsTable() {
        return settingsTable;
    }

    /** What the dialog says of the settings (for tests). */
    public String settingsNote() {
        return settingsNote.getText();
    }

    /** The picker of the chart both runs are drawn in (for tests). */
    Combo chartPicker() {
        return chartPicker;
    }

    /** The chart under the picker (for tests). */
    RunChartComposite chart() {
        return chart;
    }

    /** The comparison table (for tests). */
    public Table table() {
        return table;
    }

    /** A figure with three decimals, or a count as the whole number it is. */
    private static String number(double value, boolean count) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, count ? "%,.0f" : "%,.3f", value);
    }

    /** No taller or wider than nine tenths of the screen, so that the dialog's title and buttons stay on it. */
    @Override
    protected Point getInitialSize() {
        Point wanted = super.getInitialSize();
        Rectangle screen = getShell().getDisplay().getClientArea();
        return new Point(Math.min(wanted.x, screen.width * 9 / 10), Math.min(wanted.y, screen.height * 9 / 10));
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
