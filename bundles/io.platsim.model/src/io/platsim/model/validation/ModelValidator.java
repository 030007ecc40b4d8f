/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.validation;

import java.util.ArrayList;
import java.util.List;

import io.platsim.model.Platform;
import io.platsim.model.validation.rules.ComputeRules;
import io.platsim.model.validation.rules.DeviceRules;
import io.platsim.model.validation.rules.IommuRules;
import io.platsim.model.validation.rules.MappingRules;
import io.platsim.model.validation.rules.MmioRules;
import io.platsim.model.validation.rules.NameRules;
import io.platsim.model.validation.rules.PcieRules;
import io.platsim.model.validation.rules.VirtualizationRules;
import io.platsim.model.validation.rules.WorkloadRules;

/** Runs every PlatSim validation rule over a platform. */
public final class ModelValidator {

    private static final List<Rule> RULES = collect();

    private ModelValidator() {
    }

    private static List<Rule> collect() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(ComputeRules.rules());
        rules.addAll(PcieRules.rules());
        rules.addAll(DeviceRules.rules());
        rules.addAll(MmioRules.rules());
        rules.addAll(IommuRules.rules());
        rules.addAll(MappingRules.rules());
        rules.addAll(VirtualizationRules.rules());
        rules.addAll(WorkloadRules.rules());
        rules.addAll(NameRules.rules());
        rules.addAll(NumberRanges.rules());
        return List.copyOf(rules);
    }

    /** Every rule, in the order they run. */
    public static List<Rule> rules() {
        return RULES;
    }

    /** The problems of a platform: empty when it is valid. */
    public static List<ValidationProblem> validate(Platform platform) {
        Problems problems = new Problems();
        for (Rule rule : RULES) {
            problems.start(rule);
            rule.check().check(platform, problems);
        }
        return List.copyOf(problems.list());
    }
}
