package io.nianbao.rules;

import io.nianbao.model.Severity;

import java.util.Map;

/**
 * One entry of the rule catalogue (resource {@code rules/catalogue.json}): a fixed id, its severity, the legal
 * basis a notice cites, a human description and message templates ({@code default} plus named variants) whose
 * {@code {name}} placeholders the checks fill in.
 */
public record RuleDefinition(String id, Severity severity, String title, String legalBasis, String description,
                             Map<String, String> messages) {

    public RuleDefinition {
        messages = messages == null ? Map.of() : Map.copyOf(messages);
    }

    /** The default message template. */
    public String messageTemplate() {
        return messages.get("default");
    }

    /** The named template, falling back to the default one. */
    public String template(String variant) {
        String template = variant == null ? null : messages.get(variant);
        return template == null ? messageTemplate() : template;
    }
}
