/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.validation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.platsim.model.Platform;
import io.platsim.model.labels.FieldLabels;
import io.platsim.model.validation.ModelValidator;
import io.platsim.model.validation.PlatsimValidator;
import io.platsim.model.validation.Rule;
import io.platsim.model.validation.ValidationProblem;
import io.platsim.templates.Templates;

class ValidationRulesTest {

    static List<RuleCase> cases() {
        return RuleCases.all();
    }

    private static Platform example() {
        return Templates.realistic("example");
    }

    private static List<ValidationProblem> problems(Platform platform, String rule) {
        return ModelValidator.validate(platform).stream().filter(p -> p.ruleId().equals(rule)).toList();
    }

    @Test
    void theShippedTemplatesAreValid() {
        for (Templates.Template template : Templates.all()) {
            List<String> problems = ModelValidator.validate(Templates.create(template.id(), "t")).stream()
                .map(ValidationProblem::ruleId).toList();
            // The empty platform is a start: it says it has no socket and nothing to simulate yet, and nothing else.
            assertEquals(template == Templates.EMPTY ? List.of("platform-socket", "nothing-to-simulate") : List.of(),
                problems,
                template.id());
        }
    }

    @Test
    void thereAreAtLeastTwentyRulesWithUniqueIds() {
        Set<String> ids = ModelValidator.rules().stream().map(Rule::id).collect(Collectors.toSet());
        assertEquals(ModelValidator.rules().size(), ids.size(), "rule ids repeat");
        assertTrue(ids.size() >= 20, "only " + ids.size() + " rules");
    }

    @Test
    void everyRuleHasACase() {
        Set<String> rules = ModelValidator.rules().stream().map(Rule::id)
            .collect(Collectors.toCollection(TreeSet::new));
        Set<String> covered = cases().stream().map(RuleCase::rule).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(rules, covered);
    }

    @ParameterizedTest(name = "{0} fails")
    @MethodSource("cases")
    void brokenModelIsReportedOnTheElementAndField(RuleCase c) {
        Platform platform = example();
        c.breakIt().accept(platform);
        List<ValidationProblem> found = problems(platform, c.rule());
        assertTrue(!found.isEmpty(), c.rule() + " reported nothing");
        ValidationProblem problem = found.get(0);
        assertTrue(problem.text().contains(c.element()), "message does not name " + c.element() + ": "
            + problem.text());
        assertEquals(c.field(), problem.feature().getName(), problem.text());
        assertTrue(problem.text().contains("field '" + FieldLabels.field(problem.feature()) + "'"), problem.text());
    }

    @ParameterizedTest(name = "{0} passes its near miss")
    @MethodSource("cases")
    void nearMissPasses(RuleCase c) {
        Platform platform = example();
        c.nearMiss().accept(platform);
        assertEquals(List.of(), problems(platform, c.rule()));
    }

    @Test
    void diagnosticianReportsRulesWithElementAndFieldAsData() {
        PlatsimValidator.register();
        Platform platform = example();
        RuleCases.all().get(0).breakIt().accept(platform);
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(platform);
        assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
        Diagnostic child = diagnostic.getChildren().stream()
            .filter(d -> PlatsimValidator.DIAGNOSTIC_SOURCE.equals(d.getSource())).findFirst().orElseThrow();
        assertTrue(child.getMessage().contains("socket1"), child.getMessage());
        assertEquals("socketId", ((org.eclipse.emf.ecore.EStructuralFeature) child.getData().get(1)).getName());
    }
}
