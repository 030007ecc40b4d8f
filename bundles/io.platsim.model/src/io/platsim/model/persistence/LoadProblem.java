/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.persistence;

/**
 * Something wrong (or worth knowing) about a model file, located in it.
 *
 * @param file    the file as the user named it
 * @param line    1-based line, or 0 when the problem has no single line
 * @param column  1-based column, or 0 when unknown
 * @param message what is wrong, in the user's terms
 */
public record LoadProblem(String file, int line, int column, String message) {

    /** {@code file:line:column: message}, the form compilers use, so terminals and editors can link it. */
    public String text() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.append(": ").append(message).toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
