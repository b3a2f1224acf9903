package io.nianbao.validation.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nianbao.web.ApiException;

import java.util.List;

/**
 * Body of {@code POST /api/validation/replay} (optional): the submissions to re-validate, or an agency whose
 * reports to re-validate; both together restrict to both; neither (or no body) selects every stored report.
 */
public record ReplayRequest(List<String> submissionIds, String agencyId) {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * Reads the body whatever its content type says (operators post it with curl); a blank body selects every
     * stored report.
     *
     * @throws ApiException 400 {@code invalid-json} when the body is not this JSON object
     */
    static ReplayRequest parse(String body) {
        if (body == null || body.isBlank()) {
            return new ReplayRequest(null, null);
        }
        try {
            ReplayRequest request = MAPPER.readValue(body, ReplayRequest.class);
            return request == null ? new ReplayRequest(null, null) : request;
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("invalid-json", "请求体应为 {\"submissionIds\": [...]} 或 {\"agencyId\": \"...\"}"
                    + " / the body must be {\"submissionIds\": [...]} or {\"agencyId\": \"...\"}: "
                    + e.getOriginalMessage());
        }
    }
}
