/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.validation.rules;

import java.util.function.Consumer;

import io.platsim.model.Platform;

/**
 * A validation rule's test case: a change to the realistic example that breaks the rule, on which element and
 * field it must be reported, and a near miss that must pass.
 */
record RuleCase(String rule, Consumer<Platform> breakIt, String element, String field, Consumer<Platform> nearMiss) {

    @Override
    public String toString() {
        return rule;
    }
}
