/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Node;

/**
 * A Markdown table in the guide's text. A table whose columns fit {@value #GRID_WIDTH} characters and that links
 * nowhere is a grid in the fixed-width face, its columns lined up under a rule; a wider one (the scenarios' and
 * the model reference's, whose cells are sentences) reads as one record per row: the first cell in bold, then
 * each other column on an indented line of its own, "Header: cell", so nothing runs off the window.
 */
final class GuideTable {

    /** The widest grid, in characters, that a guide window shows without scrolling sideways. */
    static final int GRID_WIDTH = 100;
    private static final String GAP = "   ";

    private GuideTable() {
    }

    /** Writes {@code table} into {@code page}, each cell read by {@code cells}, at list depth {@code depth}. */
    static void write(GuideText page, TableBlock table, Function<TableCell, GuideText> cells, int depth) {
        List<List<GuideText>> rows = new ArrayList<>();
        List<TableCell.Alignment> alignments = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                List<GuideText> cellsOfRow = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell tableCell) {
                        cellsOfRow.add(cells.apply(tableCell));
                        if (rows.isEmpty()) {
                            alignments.add(tableCell.getAlignment());
                        }
                    }
                }
                rows.add(cellsOfRow);
            }
        }
        int[] widths = widths(rows, alignments.size());
        int total = GAP.length() * (widths.length - 1);
        for (int width : widths) {
            total += width;
        }
        if (total <= GRID_WIDTH && rows.stream().flatMap(List::stream).noneMatch(GuideTable::links)) {
            grid(page, rows, widths, alignments, depth);
        } else {
            records(page, rows, depth);
        }
    }

    private static int[] widths(List<List<GuideText>> rows, int columns) {
        int[] widths = new int[columns];
        for (List<GuideText> row : rows) {
            for (int c = 0; c < Math.min(columns, row.size()); c++) {
                widths[c] = Math.max(widths[c], row.get(c).text().strip().length());
            }
        }
        return widths;
    }

    private static boolean links(GuideText cell) {
        return cell.spans().stream().anyMatch(span -> span.style() == GuideText.Style.LINK);
    }

    private static void grid(GuideText page, List<List<GuideText>> rows, int[] widths,
            List<TableCell.Alignment> alignments, int depth) {
        for (int r = 0; r < rows.size(); r++) {
            page.indentLine(depth);
            int start = page.length();
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                String cell = c < rows.get(r).size() ? rows.get(r).get(c).text().strip() : "";
                String pad = " ".repeat(widths[c] - cell.length());
                line.append(c == 0 ? "" : GAP)
                    .append(alignments.get(c) == TableCell.Alignment.RIGHT ? pad + cell : cell + pad);
            }
            page.append(line.toString().stripTrailing());
            page.style(start, r == 0 ? GuideText.Style.CODE_BOLD : GuideText.Style.CODE);
            page.append("\n");
            if (r == 0) {
                page.indentLine(depth);
                int rule = page.length();
                StringBuilder under = new StringBuilder();
                for (int c = 0; c < widths.length; c++) {
                    under.append(c == 0 ? "" : GAP).append("\u2500".repeat(widths[c]));
                }
                page.append(under.toString());
                page.style(rule, GuideText.Style.CODE);
                page.append("\n");
            }
        }
    }

    private static void records(GuideText page, List<List<GuideText>> rows, int depth) {
        List<GuideText> header = rows.get(0);
        for (int r = 1; r < rows.size(); r++) {
            List<GuideText> row = rows.get(r);
            if (r > 1) {
                page.append("\n");
            }
            page.indentLine(depth);
            if (!row.isEmpty()) {
                page.span(page.length(), row.get(0).text().length(), GuideText.Style.BOLD); // under its own styles
                page.append(row.get(0));
            }
            page.append("\n");
            for (int c = 1; c < row.size(); c++) {
                if (row.get(c).text().isBlank()) {
                    continue;
                }
                page.indentLine(depth + 1);
                int label = page.length();
                page.append((c < header.size() ? header.get(c).text().strip() : "") + ": ");
                page.style(label, GuideText.Style.ITALIC);
                page.append(row.get(c));
                page.append("\n");
            }
        }
    }
}
