/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFolder;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.jfree.chart.JFreeChart;

import io.platsim.charts.sweep.SweepReport;
import io.platsim.sweep.results.ResponseStats;
import io.platsim.sweep.results.SummaryTable;
import io.platsim.sweep.results.SweepTables;
import io.platsim.sweep.results.SweepTables.PointSummary;
import io.platsim.ui.PlatsimUi;
import io.platsim.ui.charts.ChartsView;
import io.platsim.ui.charts.ExportableChart;

/**
 * A sweep's results: each point's factors and responses (mean ± 95% interval) in a table sorted by any column,
 * and the sweep's charts, one at a time, picked from a list (each exports to SVG, PDF or PNG from its menu).
 * Double-clicking a point opens its first run in the Charts view. Shows the sweep just run, or the results folder
 * selected in the Project Explorer.
 */
public class SweepResultsView extends ViewPart {

    public static final String ID = "io.platsim.ui.sweepResults";

    private Label status;
    private Table table;
    private Combo chartPicker;
    private Composite chartArea;
    private ExportableChart chart;
    private Path shown;
    private SummaryTable summary;
    private List<JFreeChart> charts = List.of();
    private final ISelectionListener selections = this::selectionChanged;

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        status = new Label(area, SWT.WRAP);
        status.setText("Run a sweep (Run As > PlatSim Sweep on a .sweep file), or select a sweep's results folder "
            + "under Sweeps in a project.");
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        SashForm sash = new SashForm(area, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table = new Table(sash, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.addListener(SWT.DefaultSelection, e -> openRun());
        Composite lower = new Composite(sash, SWT.NONE);
        lower.setLayout(new GridLayout(1, false));
        chartPicker = new Combo(lower, SWT.READ_ONLY | SWT.DROP_DOWN);
        chartPicker.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        chartPicker.addListener(SWT.Selection, e -> showChart(chartPicker.getSelectionIndex()));
        chartArea = new Composite(lower, SWT.NONE);
        chartArea.setLayout(new GridLayout(1, false));
        chartArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        sash.setWeights(40, 60);
        getSite().getPage().addSelectionListener(selections);
        if (getSite().getPage().getSelection() instanceof IStructuredSelection selection) {
            selectionChanged(null, selection);
        }
    }

    private void selectionChanged(IWorkbenchPart part, org.eclipse.jface.viewers.ISelection selection) {
        if (selection instanceof IStructuredSelection structured
                && structured.getFirstElement() instanceof IFolder folder && folder.getLocation() != null
                && Files.isRegularFile(folder.getLocation().toFile().toPath().resolve(SweepTables.SUMMARY))) {
            show(folder.getLocation().toFile().toPath());
        }
    }

    /** Shows the sweep results in {@code folder}. */
    public void show(Path folder) {
        try {
            summary = SummaryTable.read(folder);
        } catch (IOException e) {
            status.setText(e.getMessage());
            return;
        }
        shown = folder;
        status.setText(folder.getFileName() + ": " + summary.points().size() + " points. Click a heading to sort; "
            + "double-click a point to see its first run's charts.");
        fillTable();
        charts = SweepReport.charts(summary);
        chartPicker.setItems(charts.stream().map(c -> c.getTitle().getText()).toArray(String[]::new));
        if (!charts.isEmpty()) {
            chartPicker.select(0);
            showChart(0);
        }
    }

    private void fillTable() {
        table.setRedraw(false);
        table.removeAll();
        for (TableColumn column : table.getColumns()) {
            column.dispose();
        }
        List<String> headings = new ArrayList<>(List.of("point"));
        headings.addAll(summary.factors());
        headings.add("ok");
        headings.addAll(summary.responses());
        for (int c = 0; c < headings.size(); c++) {
            TableColumn column = new TableColumn(table, c < summary.factors().size() + 2 ? SWT.LEFT : SWT.RIGHT);
            column.setText(headings.get(c));
            int index = c;
            column.addListener(SWT.Selection, e -> sort(column, index));
        }
        for (PointSummary point : summary.points()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(cells(point).toArray(String[]::new));
            item.setData(point);
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        table.setRedraw(true);
    }

    private static List<String> cells(PointSummary point) {
        List<String> cells = new ArrayList<>(List.of(point.point().id()));
        cells.addAll(point.point().values());
        cells.add(point.ok() + "/" + point.runs());
        for (ResponseStats stats : point.responses()) {
            cells.add(stats.text());
        }
        return cells;
    }

    /** Sorts the points by column {@code index}: by number where both cells hold one, else by text. */
    private void sort(TableColumn column, int index) {
        boolean up = table.getSortColumn() != column || table.getSortDirection() != SWT.UP;
        List<PointSummary> points = new ArrayList<>(summary.points());
        points.sort((a, b) -> {
            String x = cells(a).get(index);
            String y = cells(b).get(index);
            int order;
            try {
                order = Double.compare(Double.parseDouble(x.split(" ")[0].split("/")[0].replace(",", "")),
                    Double.parseDouble(y.split(" ")[0].split("/")[0].replace(",", "")));
            } catch (NumberFormatException e) {
                order = x.compareTo(y);
            }
            return up ? order : -order;
        });
        table.setRedraw(false);
        TableItem[] items = table.getItems();
        for (int i = 0; i < items.length; i++) {
            items[i].setText(cells(points.get(i)).toArray(String[]::new));
            items[i].setData(points.get(i));
        }
        table.setSortColumn(column);
        table.setSortDirection(up ? SWT.UP : SWT.DOWN);
        table.setRedraw(true);
    }

    private void showChart(int index) {
        if (chart != null) {
            chart.dispose();
        }
        // Drawn at the size it is shown, from 100 x 100 to 4000 x 3000 pixels, never scaled: scaling stretches the
        // lettering. Its menu's Save as... writes SVG, PDF or PNG.
        chart = new ExportableChart(chartArea, charts.get(index), new int[] {100, 100}, new int[] {4000, 3000}, 900,
            560);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        chartArea.layout(true, true);
    }

    /** Opens the first run of the selected point in the Charts view. */
    private void openRun() {
        if (table.getSelectionCount() == 0 || shown == null) {
            return;
        }
        PointSummary point = (PointSummary) table.getSelection()[0].getData();
        Path run;
        try {
            run = SweepTables.firstRun(shown, point.point().id());
        } catch (IOException e) {
            status.setText(e.getMessage());
            return;
        }
        if (run == null) {
            status.setText(point.point().id() + " has no run that ended well to show.");
            return;
        }
        try {
            ((ChartsView) getSite().getPage().showView(ChartsView.ID)).showRun(run);
        } catch (PartInitException e) {
            PlatsimUi.log("Opening the charts of " + run + " failed", e);
        }
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(selections);
        super.dispose();
    }
}
