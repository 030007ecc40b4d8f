/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

import io.platsim.trace.JsonText;

/** A small JSON writer for run summaries: objects, arrays, strings and numbers, pretty-printed. */
final class Json {

    private final StringBuilder out = new StringBuilder();
    private int depth;
    private boolean first = true;

    public Json open(String key) {
        return start(key, '{');
    }

    public Json array(String key) {
        return start(key, '[');
    }

    public Json close() {
        char opener = openers.pop();
        depth--;
        newline();
        out.append(opener == '{' ? '}' : ']');
        first = false;
        return this;
    }

    private final Deque<Character> openers = new ArrayDeque<>();

    private Json start(String key, char opener) {
        key(key);
        openers.push(opener);
        out.append(opener);
        depth++;
        first = true;
        return this;
    }

    public Json put(String key, String value) {
        key(key);
        out.append(quote(value));
        return this;
    }

    public Json put(String key, long value) {
        key(key);
        out.append(value);
        return this;
    }

    public Json put(String key, double value) {
        key(key);
        out.append(Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "null");
        return this;
    }

    public Json put(String key, boolean value) {
        key(key);
        out.append(value);
        return this;
    }

    private void key(String key) {
        if (!first) {
            out.append(',');
        }
        if (depth > 0) {
            newline();
        }
        first = false;
        if (key != null) {
            out.append(quote(key)).append(": ");
        }
    }

    private void newline() {
        out.append('\n');
        out.append("  ".repeat(depth));
    }

    private static String quote(String text) {
        return JsonText.quote(text);
    }

    @Override
    public String toString() {
        return out.toString() + "\n";
    }
}
