/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.sweep.results;

import java.util.List;
import java.util.Locale;

/** Lines of RFC 4180 CSV: a cell with a comma, a quote or a line break is quoted, its quotes doubled. */
final class Csv {

    private Csv() {
    }

    static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (String cell : cells) {
            if (!line.isEmpty()) {
                line.append(',');
            }
            String text = cell == null ? "" : cell;
            if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
                line.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                line.append(text);
            }
        }
        return line.append('\n').toString();
    }

    /** A number as a table cell: empty when it is not a number, else up to six significant decimals. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        String text = String.format(Locale.ROOT, "%.6g", value);
        if (text.contains("e")) {
            return text;
        }
        return text.contains(".") ? text.replaceFirst("0+$", "").replaceFirst("\\.$", "") : text;
    }
}
