/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.compiler;

import java.util.List;

/** A model that cannot be simulated, with every reason, each naming the element and the field. */
public final class CompileException extends Exception {

    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    public CompileException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
