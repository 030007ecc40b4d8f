/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.charts.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.IntervalCategoryDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.platsim.sweep.results.Curves;
import io.platsim.sweep.results.SummaryTable;

/** A sweep's charts and report, drawn from its summary.csv as a sweep writes it. */
class SweepChartsTest {

    private static final String HEADER = "point,link.generation,link.lanes,runs,ok,gbps mean,gbps sd,gbps ci95,gbps n,"
        + "p99 mean,p99 sd,p99 ci95,p99 n\n";

    @TempDir
    Path temp;

    private SummaryTable table(String rows) throws Exception {
        Files.writeString(temp.resolve("summary.csv"), HEADER + rows);
        return SummaryTable.read(temp);
    }

    @Test
    void aResponseAgainstAFactorHasALinePerValueOfTheNextAndItsIntervalsAsErrorBars() throws Exception {
        SummaryTable table = table("""
            P0001,GEN3,4,3,3,22,1,2.5,3,900,10,20,3
            P0002,GEN3,8,3,3,45,1,2.5,3,600,10,20,3
            P0003,GEN4,4,3,3,44,1,2.5,3,610,10,20,3
            P0004,GEN4,8,3,2,79,0.5,4.5,2,500,10,20,2
            """);
        Curves curves = Curves.of(table, 0, 1, 0, Map.of());
        assertTrue(curves.numeric(), "lanes are numbers");
        assertEquals(List.of("link.generation = GEN3", "link.generation = GEN4"),
            curves.curves().stream().map(Curves.Curve::label).toList());
        JFreeChart chart = SweepCharts.curves(table, 0, curves);
        IntervalXYDataset data = (IntervalXYDataset) chart.getXYPlot().getDataset();
        assertEquals(2, data.getSeriesCount());
        assertEquals(8, data.getXValue(1, 1), 1e-9);
        assertEquals(79, data.getYValue(1, 1), 1e-9);
        assertEquals(74.5, data.getStartYValue(1, 1), 1e-9, "mean minus the 95% half-interval");
        assertEquals(83.5, data.getEndYValue(1, 1), 1e-9);
        JFreeChart byGeneration = SweepCharts.curves(table, 0, Curves.of(table, 0, 0, -1, Map.of(1, "8")));
        assertTrue(byGeneration.getXYPlot().getDomainAxis() instanceof SymbolAxis, "generations are categories");
        assertTrue(byGeneration.getSubtitle(0).toString() != null);
        assertEquals(List.of(45.0, 79.0), List.of(((IntervalXYDataset) byGeneration.getXYPlot().getDataset())
            .getYValue(0, 0), ((IntervalXYDataset) byGeneration.getXYPlot().getDataset()).getYValue(0, 1)),
            "x8 held: GEN3 then GEN4");
    }

    @Test
    void aOneFactorAtATimeSweepGetsATornadoWidestFactorFirst() throws Exception {
        SummaryTable table = table("""
            P0001,GEN4,8,2,2,79,0,,2,500,0,,2
            P0002,GEN3,8,2,2,45,0,,2,600,0,,2
            P0003,GEN4,4,2,2,44,0,,2,610,0,,2
            P0004,GEN4,16,2,2,80,0,,2,480,0,,2
            """);
        assertTrue(SweepReport.oneAtATime(table));
        List<JFreeChart> charts = SweepReport.charts(table);
        assertEquals(3, charts.size(), "a tornado per response and the trade-off");
        CategoryPlot plot = charts.get(0).getCategoryPlot();
        IntervalCategoryDataset bars = (IntervalCategoryDataset) plot.getDataset();
        assertEquals("link.lanes (4 … 16)", bars.getColumnKey(0), "lanes reach 44 to 80, wider than generation");
        assertEquals(44.0, bars.getStartValue(0, 0).doubleValue(), 1e-9);
        assertEquals(80.0, bars.getEndValue(0, 0).doubleValue(), 1e-9);
        assertEquals("link.generation (GEN3 … GEN4)", bars.getColumnKey(1));
        assertEquals(79.0, plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next() instanceof
            org.jfree.chart.plot.ValueMarker marker ? marker.getValue() : 0, 1e-9, "the base point marked");
    }

    @Test
    void theReportHoldsTheTableAndEveryChart() throws Exception {
        table("""
            P0001,GEN3,4,3,3,22,1,2.5,3,900,10,20,3
            P0002,GEN3,8,3,3,45,1,2.5,3,600,10,20,3
            P0003,GEN4,4,3,0,,,,0,,,,0
            P0004,GEN4,8,3,3,79,1,2.5,3,500,10,20,3
            """);
        Path out = temp.resolve("report.html");
        int charts = SweepReport.write(temp, out);
        assertEquals(5, charts, "each response against each of two factors, and the trade-off");
        String html = Files.readString(out);
        assertEquals(5, html.split("<img ", -1).length - 1);
        assertTrue(html.contains("<td>P0004</td><td>GEN4</td><td>8</td><td>3/3</td><td>79 ± 2.5</td>"), html);
        assertTrue(html.contains("<td>0/3</td><td>–</td>"), "a point with no run that ended well");
    }

    @Test
    void aFolderWithoutASweepSummaryIsSaidSo() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
            () -> SummaryTable.read(empty));
        assertTrue(e.getMessage().contains("not a sweep's results folder"), e.getMessage());
        Files.writeString(empty.resolve("summary.csv"), HEADER + "P0001,GEN3,4,3,3,22\n");
        e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> SummaryTable.read(empty));
        assertTrue(e.getMessage().contains("line 2 has 6 cells, not 13"), e.getMessage());
    }
}
