/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.charts.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import io.platsim.sweep.results.Curves;
import io.platsim.sweep.results.SummaryTable;
import io.platsim.sweep.results.SweepTables.PointSummary;
import io.platsim.sweep.results.Tornado;

/**
 * A sweep's charts, drawn from its summary: a response against a factor with 95% confidence-interval error bars,
 * one line per value of a second factor; a tornado of a one-factor-at-a-time sweep; and a scatter of two responses
 * over the points, to see a trade-off.
 */
public final class SweepCharts {

    private SweepCharts() {
    }

    /** {@code curves}' response against its x factor, with error bars; its note names the factors held fixed. */
    public static JFreeChart curves(SummaryTable table, int response, Curves curves) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (Curves.Curve curve : curves.curves()) {
            YIntervalSeries series = new YIntervalSeries(curve.label());
            for (Curves.Mark mark : curve.marks()) {
                double half = Double.isNaN(mark.ci95()) ? 0 : mark.ci95();
                series.add(mark.x(), mark.mean(), mark.mean() - half, mark.mean() + half);
            }
            data.addSeries(series);
        }
        String name = table.responses().get(response);
        String factor = table.factors().get(curves.x());
        JFreeChart chart = ChartFactory.createXYLineChart(name + " by " + factor, factor, name, data,
            PlotOrientation.VERTICAL, curves.line() >= 0, true, false);
        XYPlot plot = chart.getXYPlot();
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(true);
        renderer.setDefaultShapesVisible(true);
        renderer.setErrorStroke(new BasicStroke(1f));
        renderer.setCapLength(6);
        renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator());
        plot.setRenderer(renderer);
        if (!curves.numeric()) {
            plot.setDomainAxis(new SymbolAxis(factor, curves.xValues().toArray(String[]::new)));
        } else {
            NumberAxis axis = (NumberAxis) plot.getDomainAxis();
            axis.setAutoRangeIncludesZero(false);
            if (curves.xValues().stream().allMatch(v -> v.matches("-?\\d+"))) {
                axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            }
        }
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        chart.addSubtitle(new TextTitle(note(table, curves.held())));
        return chart;
    }

    /** The tornado of {@code tornado}: a bar per factor from the lowest to the highest mean, the base marked. */
    public static JFreeChart tornado(Tornado tornado) {
        List<Tornado.Bar> bars = tornado.bars();
        Number[][] starts = new Number[1][bars.size()];
        Number[][] ends = new Number[1][bars.size()];
        String[] factors = new String[bars.size()];
        for (int i = 0; i < bars.size(); i++) {
            Tornado.Bar bar = bars.get(i);
            starts[0][i] = bar.low();
            ends[0][i] = bar.high();
            factors[i] = bar.factor() + " (" + bar.lowValue() + " … " + bar.highValue() + ")";
        }
        DefaultIntervalCategoryDataset data = new DefaultIntervalCategoryDataset(new String[] {tornado.response()},
            factors, starts, ends);
        JFreeChart chart = ChartFactory.createBarChart("Sensitivity of " + tornado.response(), "factor",
            tornado.response(), data, PlotOrientation.HORIZONTAL, false, true, false);
        CategoryPlot plot = chart.getCategoryPlot();
        IntervalBarRenderer renderer = new IntervalBarRenderer();
        renderer.setSeriesPaint(0, new Color(0x3F6FB5));
        plot.setRenderer(renderer);
        ValueMarker base = new ValueMarker(tornado.base(), Color.DARK_GRAY, new BasicStroke(1.5f));
        base.setLabel("base " + String.format(java.util.Locale.ROOT, "%.4g", tornado.base()));
        plot.addRangeMarker(base);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        plot.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new TextTitle("each factor moved alone from the base point; the widest reach first"));
        return chart;
    }

    /** Each point's means of two responses, one against the other. */
    public static JFreeChart tradeoff(SummaryTable table, int x, int y) {
        XYSeries points = new XYSeries("points", false, true);
        for (PointSummary point : table.points()) {
            if (point.responses().get(x).n() > 0 && point.responses().get(y).n() > 0) {
                points.add(point.responses().get(x).mean(), point.responses().get(y).mean());
            }
        }
        String xName = table.responses().get(x);
        String yName = table.responses().get(y);
        JFreeChart chart = ChartFactory.createScatterPlot(yName + " against " + xName, xName, yName,
            new XYSeriesCollection(points), PlotOrientation.VERTICAL, false, true, false);
        XYPlot plot = chart.getXYPlot();
        ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        plot.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(new TextTitle("one mark per point of the sweep (its mean over its runs)"));
        return chart;
    }

    private static String note(SummaryTable table, Map<Integer, String> held) {
        String fixed = held.entrySet().stream().map(e -> table.factors().get(e.getKey()) + " = " + e.getValue())
            .collect(Collectors.joining(", "));
        return "mean of each point's runs; bars: 95% confidence interval" + (fixed.isEmpty() ? "" : "; " + fixed);
    }
}
