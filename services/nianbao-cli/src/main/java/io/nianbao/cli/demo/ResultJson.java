package io.nianbao.cli.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The {@code --json} output: an array of {@code {file, submissionId, agencyId, agency, status, errorRules,
 * warningRules, findings}}, the findings exactly as the API returned them.
 */
public final class ResultJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultJson() {
    }

    public static ArrayNode toJson(List<DemoResult> results) {
        ArrayNode array = MAPPER.createArrayNode();
        for (DemoResult r : results) {
            ObjectNode item = array.addObject();
            item.put("file", r.file());
            item.put("submissionId", r.submissionId());
            item.put("agencyId", r.agencyId());
            item.put("agency", r.agency());
            item.put("status", r.status());
            ArrayNode errors = item.putArray("errorRules");
            r.errorRules().forEach(errors::add);
            ArrayNode warnings = item.putArray("warningRules");
            r.warningRules().forEach(warnings::add);
            item.putArray("findings").addAll(r.findings());
        }
        return array;
    }

    public static String render(List<DemoResult> results) {
        try {
            return MAPPER.writeValueAsString(toJson(results)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
