package io.nianbao.validation.rest;

import io.nianbao.rules.RuleDefinition;

import java.util.List;
import java.util.Map;

/** The rule catalogue the service applies now: its version and every rule, in catalogue order. */
public record CatalogueView(String version, List<Rule> rules) {

    /** One rule: id, severity ({@code error|warning|info}), title, legal basis, description, message templates. */
    public record Rule(String id, String severity, String title, String legalBasis, String description,
                       Map<String, String> messages) {

        static Rule of(RuleDefinition d) {
            return new Rule(d.id(), d.severity().json(), d.title(), d.legalBasis(), d.description(), d.messages());
        }
    }

    static CatalogueView of(String version, List<RuleDefinition> rules) {
        return new CatalogueView(version, rules.stream().map(Rule::of).toList());
    }
}
