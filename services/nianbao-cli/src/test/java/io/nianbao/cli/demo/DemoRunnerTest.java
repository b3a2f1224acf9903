package io.nianbao.cli.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.nianbao.cli.api.FakeApi;
import io.nianbao.cli.api.NianbaoClient;
import io.nianbao.cli.stack.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoRunnerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode verdictFor(String file) {
        ObjectNode verdict = JSON.createObjectNode();
        if (file.startsWith("bad")) {
            verdict.put("status", "FAILED");
            verdict.putArray("findings").addObject().put("rule", "T3-BALANCE").put("severity", "error").put("message", "不平衡");
        } else {
            verdict.put("status", "PASSED").put("agency", "报告里的机关");
            verdict.putArray("findings").addObject().put("rule", "OVERVIEW-INCOMPLETE").put("severity", "warning");
        }
        return verdict;
    }

    @Test
    void registersSubmitsAndCollectsVerdictsInFileOrder(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good-report.txt"), "good");
        Path bad = Files.writeString(dir.resolve("bad report.txt"), "bad");
        AgencyNamer namer = (name, bytes) -> name.startsWith("good") ? Optional.of("青禾县自然资源局") : Optional.empty();
        try (FakeApi api = new FakeApi(2, DemoRunnerTest::verdictFor)) {
            DemoRunner runner = new DemoRunner(NianbaoClient.create(api.base(), "platform", "test"), namer, Progress.silent(), Duration.ofMillis(10));
            List<DemoResult> results = runner.run(List.of(bad, good), Duration.ofSeconds(30));

            assertEquals(2, results.size());
            DemoResult first = results.get(0);
            assertEquals("bad report.txt", first.file());
            assertEquals("bad-report", first.agencyId());
            assertEquals("bad report", first.agency());
            assertEquals("FAILED", first.status());
            assertEquals(List.of("T3-BALANCE"), first.errorRules());
            DemoResult second = results.get(1);
            assertEquals("good-report", second.agencyId());
            assertEquals("PASSED", second.status());
            assertEquals("报告里的机关", second.agency());
            assertEquals(List.of("OVERVIEW-INCOMPLETE"), second.warningRules());
            assertTrue(second.submissionId().startsWith("sub-"));

            String registered = api.agencies().get("good-report");
            assertTrue(registered.contains("青禾县自然资源局"), registered);
            assertTrue(registered.contains("demo+good-report@agencies.local"), registered);
            assertTrue(api.agencies().get("bad-report").contains("\"bad report\""));
        }
    }

    @Test
    void timeoutNamesThePendingFiles(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "a");
        Path b = Files.writeString(dir.resolve("b.txt"), "b");
        try (FakeApi api = new FakeApi(Integer.MAX_VALUE, DemoRunnerTest::verdictFor)) {
            DemoRunner runner = new DemoRunner(NianbaoClient.create(api.base(), "platform", "test"), (n, c) -> Optional.empty(),
                    Progress.silent(), Duration.ofMillis(10));
            DemoTimeoutException e = assertThrows(DemoTimeoutException.class,
                    () -> runner.run(List.of(a, b), Duration.ofMillis(200)));
            assertEquals(List.of("a.txt (RECEIVED)", "b.txt (RECEIVED)"), e.pendingFiles());
            assertTrue(e.getMessage().contains("a.txt (RECEIVED), b.txt (RECEIVED)"), e.getMessage());
        }
    }
}
