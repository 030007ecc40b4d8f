/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.validation;

import io.platsim.model.Platform;
import io.platsim.model.validation.ValidationProblem.Severity;

/**
 * A validation rule over a whole platform.
 *
 * @param id       stable id, used in markers and tests
 * @param severity severity of the problems it reports
 * @param summary  what the rule asks for, in one line
 * @param check    the check itself
 */
public record Rule(String id, Severity severity, String summary, Check check) {

    /** Looks at a platform and reports what breaks the rule. */
    @FunctionalInterface
    public interface Check {
        void check(Platform platform, Problems problems);
    }

    public static Rule error(String id, String summary, Check check) {
        return new Rule(id, Severity.ERROR, summary, check);
    }

    public static Rule warning(String id, String summary, Check check) {
        return new Rule(id, Severity.WARNING, summary, check);
    }
}
