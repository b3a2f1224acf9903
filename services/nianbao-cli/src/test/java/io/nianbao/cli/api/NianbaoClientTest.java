package io.nianbao.cli.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NianbaoClientTest {

    private FakeApi api;
    private NianbaoClient client;

    @BeforeEach
    void start() throws Exception {
        api = new FakeApi(0, file -> new ObjectMapper().createObjectNode().put("status", "PASSED"));
        client = NianbaoClient.create(URI.create(api.base() + "/"), "platform", "s3cret");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void putsAgencyAsUtf8Json() throws Exception {
        JsonNode agency = client.putAgency("qinghe-zrzy", "青禾县自然资源局", "demo+qinghe-zrzy@agencies.local");
        assertEquals("青禾县自然资源局", agency.get("name").asText());
        FakeApi.Seen put = api.seen().get(0);
        assertEquals("PUT", put.method());
        assertEquals("/api/agencies/qinghe-zrzy", put.path());
        assertEquals("application/json", put.contentType());
        assertEquals("Basic cGxhdGZvcm06czNjcmV0", put.authorization(), "HTTP Basic platform:s3cret");
        JsonNode sent = new ObjectMapper().readTree(put.body());
        assertEquals("青禾县自然资源局", sent.get("name").asText());
        assertEquals("demo+qinghe-zrzy@agencies.local", sent.get("email").asText());
    }

    @Test
    void submitsMultipartThatAServerCanRead() throws Exception {
        client.putAgency("a1", "某局", null);
        byte[] report = "青禾县自然资源局2024年政府信息公开工作年度报告\n".getBytes(StandardCharsets.UTF_8);
        JsonNode receipt = client.submit("a1", "青禾 年报.txt", report);
        assertEquals("RECEIVED", receipt.get("status").asText());
        FakeApi.Seen post = api.seen().get(1);
        assertTrue(post.contentType().startsWith("multipart/form-data; boundary="));
        Map<String, String> fields = Multipart.fields(post.contentType(), post.body());
        assertEquals("a1", fields.get("agencyId"));
        assertEquals("青禾 年报.txt", fields.get("file.filename"));
        assertEquals(new String(report, StandardCharsets.ISO_8859_1), fields.get("file"));

        JsonNode again = client.submission(receipt.get("id").asText());
        assertEquals("PASSED", again.get("status").asText());
    }

    @Test
    void errorJsonBecomesApiExceptionWithStatusAndMessage() {
        ApiException e = assertThrows(ApiException.class, () -> client.submit("nobody", "a.txt", new byte[]{1}));
        assertEquals(404, e.status());
        assertEquals("unknown-agency", e.error());
        assertTrue(e.getMessage().contains("机构未登记: nobody"), e.getMessage());
    }

    @Test
    void unreachableServerIsStatusZero() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        NianbaoClient nowhere = NianbaoClient.create(URI.create("http://127.0.0.1:" + closedPort), "platform", "x");
        ApiException e = assertThrows(ApiException.class, () -> nowhere.submission("x"));
        assertEquals(0, e.status());
        assertTrue(e.getMessage().contains("Cannot reach"));
    }
}
