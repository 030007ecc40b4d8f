/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.charts;


import org.eclipse.swt.SWT;
import org.eclipse.swt.events.MouseEvent;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;


/**
 * One chart in the Charts view, drawn by JFreeChart's SWT bridge: drag to zoom the time axis, Ctrl+drag to pan
 * it, double-click to see the whole run again, and "Save as..." in its menu writes PNG, SVG or PDF (the bridge's
 * own Save As predates JFreeChart 1.5).
 */
final class RunChartComposite extends ExportableChart {

    static final int WIDTH = 560;
    static final int HEIGHT = 300;

    private Runnable reset = this::home;
    /** The time or latency range the chart was first drawn with, or null when it has none. */
    private Range home;
    /** Where a pan started, in pixels, and the time range then; -1 when no pan is under way. */
    private int panFrom = -1;
    private Range panRange;

    RunChartComposite(Composite parent, JFreeChart chart) {
        super(parent, chart, new int[] {DEFAULT_MINIMUM_DRAW_WIDTH, DEFAULT_MINIMUM_DRAW_HEIGHT},
            new int[] {DEFAULT_MAXIMUM_DRAW_WIDTH, DEFAULT_MAXIMUM_DRAW_HEIGHT}, WIDTH, HEIGHT);
        setRangeZoomable(false);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
        data.heightHint = HEIGHT;
        data.widthHint = WIDTH;
        setLayoutData(data);
    }

    /** What a double-click does instead of showing the range the chart was first drawn with. */
    void onReset(Runnable action) {
        reset = action;
    }

    @Override
    public void setChart(JFreeChart chart) {
        super.setChart(chart);
        // The bridge turns vertical zoom back on for a new chart's plot; these charts zoom their x axis only.
        setRangeZoomable(false);
        remember();
    }

    /** Takes the chart's present range as the one a double-click returns to (its data has been replaced). */
    void remember() {
        home = getChart() != null && getChart().getPlot() instanceof XYPlot plot
            ? plot.getDomainAxis().getRange() : null;
    }

    /** Shows the range the chart was first drawn with again. */
    private void home() {
        if (home != null && getChart().getPlot() instanceof XYPlot plot) {
            plot.getDomainAxis().setRange(home);
        }
    }

    @Override
    public void mouseDoubleClick(MouseEvent e) {
        reset.run();
    }

    @Override
    public void mouseDown(MouseEvent e) {
        if ((e.stateMask & SWT.MOD1) != 0 && getChart().getPlot() instanceof XYPlot plot) {
            panFrom = e.x;
            panRange = plot.getDomainAxis().getRange();
            setCursor(getDisplay().getSystemCursor(SWT.CURSOR_SIZEWE));
            return;
        }
        super.mouseDown(e);
    }

    @Override
    public void mouseUp(MouseEvent e) {
        if (panFrom >= 0) {
            pan(panFrom - e.x);
            panFrom = -1;
            setCursor(null);
            return;
        }
        super.mouseUp(e);
    }

    @Override
    public void mouseMove(MouseEvent e) {
        if (panFrom < 0) {
            super.mouseMove(e);
        }
    }

    /**
     * Moves the time axis by {@code pixels} of the data area (positive: later), as a pan that ends there does; the
     * charts then re-aggregate the new range.
     */
    void pan(int pixels) {
        Rectangle area = getScreenDataArea();
        // Before its first paint a chart has no data area yet: its own width stands in for it.
        int width = area.width > 0 ? area.width : Math.max(WIDTH, getSize().x);
        Range range = panRange != null && panFrom >= 0 ? panRange : getChart().getXYPlot().getDomainAxis().getRange();
        if (pixels == 0) {
            return;
        }
        ValueAxis axis = getChart().getXYPlot().getDomainAxis();
        if (axis instanceof LogAxis log) {
            // On a log axis a pixel is a factor, not a difference: the range moves by the same factor at each end.
            double factor = Math.pow(range.getUpperBound() / range.getLowerBound(), (double) pixels / width);
            log.setRange(range.getLowerBound() * factor, range.getUpperBound() * factor);
            return;
        }
        double shift = pixels * range.getLength() / width;
        axis.setRange(range.getLowerBound() + shift, range.getUpperBound() + shift);
    }
}
