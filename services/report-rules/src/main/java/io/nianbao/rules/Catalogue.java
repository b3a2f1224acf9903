package io.nianbao.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nianbao.model.Severity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The rule catalogue as loaded from a JSON resource: a version and the rule definitions in catalogue order. */
final class Catalogue {

    static final String RESOURCE = "rules/catalogue.json";

    private final String version;
    private final Map<String, RuleDefinition> rules;

    Catalogue(String version, List<RuleDefinition> rules) {
        this.version = version;
        this.rules = new LinkedHashMap<>();
        rules.forEach(r -> this.rules.put(r.id(), r));
    }

    static Catalogue load() {
        try (InputStream in = Catalogue.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("rule catalogue resource " + RESOURCE + " is missing");
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule catalogue " + RESOURCE, e);
        }
    }

    static Catalogue parse(JsonNode root) {
        List<RuleDefinition> rules = new ArrayList<>();
        for (JsonNode node : root.path("rules")) {
            Map<String, String> messages = new LinkedHashMap<>();
            node.path("messages").properties().forEach(e -> messages.put(e.getKey(), e.getValue().asText()));
            rules.add(new RuleDefinition(
                    node.path("id").asText(),
                    Severity.valueOf(node.path("severity").asText().toUpperCase(Locale.ROOT)),
                    node.path("title").asText(null),
                    node.path("legalBasis").asText(null),
                    node.path("description").asText(null),
                    messages));
        }
        return new Catalogue(root.path("version").asText(), rules);
    }

    String version() {
        return version;
    }

    List<RuleDefinition> rules() {
        return List.copyOf(rules.values());
    }

    RuleDefinition rule(String id) {
        RuleDefinition rule = rules.get(id);
        if (rule == null) {
            throw new IllegalStateException("rule " + id + " is not in the catalogue");
        }
        return rule;
    }
}
