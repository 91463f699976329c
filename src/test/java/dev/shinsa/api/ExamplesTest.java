package dev.shinsa.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Posts every ready-to-curl request in {@code rules/examples/} and compares the live answer with
 * {@code rules/examples/answers/<name>.json}, the answer the README shows (decisionId, evaluatedAt
 * and the revision hash vary and are left out). Run with {@code -Dexamples.update=true} to
 * rewrite the answers after a deliberate rule change, then review the diff.
 */
@QuarkusTest
class ExamplesTest {
    static final Path EXAMPLES = Path.of("rules/examples");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static Stream<String> examples() throws IOException {
        try (Stream<Path> s = Files.list(EXAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".json")).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void thereAreExamplesAndTheReadmeShowsEachOne() throws IOException {
        List<String> names = examples().toList();
        assertFalse(names.isEmpty(), "no examples in " + EXAMPLES);
        String readme = Files.readString(Path.of("README.md"));
        for (String name : names) {
            assertTrue(readme.contains("rules/examples/" + name), "README.md does not show rules/examples/" + name);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleAnswersAsDocumented(String name) throws IOException {
        Response r = given().contentType("application/json").body(Files.readAllBytes(EXAMPLES.resolve(name)))
                .post("/api/v1/screenings");
        JsonNode live = normalise(JSON.readTree(r.asString()));
        ((ObjectNode) live).put("httpStatus", r.statusCode());
        Path answer = EXAMPLES.resolve("answers").resolve(name);
        if (Boolean.getBoolean("examples.update")) {
            Files.createDirectories(answer.getParent());
            Files.writeString(answer, JSON.writeValueAsString(live) + "\n");
        }
        assertTrue(Files.exists(answer), "no documented answer " + answer + " (run with -Dexamples.update=true)");
        assertEquals(JSON.readTree(answer.toFile()), live, "the live answer to " + name + " differs from " + answer);
    }

    static JsonNode normalise(JsonNode body) {
        if (body instanceof ObjectNode o) {
            o.remove("decisionId");
            o.remove("evaluatedAt");
            if (o.get("ruleSet") instanceof ObjectNode rs) {
                rs.remove("revision");
            }
        }
        return body;
    }

    /**
     * The README's one full answer (the JSON after the curl of listed-1pct-core.json) is the documented answer of
     * that example, field for field (decisionId, evaluatedAt and the revision vary and are left out).
     */
    @Test
    void theReadmesFullAnswerIsTheDocumentedAnswer() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int curl = readme.indexOf("-d @rules/examples/listed-1pct-core.json");
        assertTrue(curl >= 0, "README.md no longer shows the curl of listed-1pct-core.json");
        int start = readme.indexOf("```json\n", curl) + "```json\n".length();
        JsonNode shown = normalise(JSON.readTree(readme.substring(start, readme.indexOf("```", start))));
        ObjectNode documented = (ObjectNode) JSON.readTree(EXAMPLES.resolve("answers").resolve("listed-1pct-core.json").toFile());
        documented.remove("httpStatus");
        assertEquals(documented, shown, "README.md's full answer differs from rules/examples/answers/listed-1pct-core.json");
    }

    /**
     * The README's abridged answers (lines "EFFECT  CODE  message", a long message cut with "...") quote the
     * messages of rules/examples/answers/*.json as they are now.
     */
    @Test
    void theReadmesAbridgedAnswersQuoteTheCurrentMessages() throws IOException {
        java.util.Map<String, List<String>> messages = new java.util.HashMap<>();
        try (Stream<Path> files = Files.list(Path.of("rules/examples/answers"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                JSON.readTree(f.toFile()).path("reasons").forEach(r ->
                        messages.computeIfAbsent(r.path("code").asText(), c -> new java.util.ArrayList<>()).add(r.path("message").asText()));
            }
        }
        java.util.regex.Pattern line = java.util.regex.Pattern.compile("^(?:NOTE|TRIGGER|EXEMPTION|FLAG|REPORT) +([A-Z0-9_]+) +(.*)$");
        List<String> stale = new java.util.ArrayList<>();
        int quoted = 0;
        for (String l : Files.readAllLines(Path.of("README.md"))) {
            java.util.regex.Matcher m = line.matcher(l);
            if (!m.matches()) {
                continue;
            }
            quoted++;
            String text = m.group(2).endsWith("...") ? m.group(2).substring(0, m.group(2).length() - 3) : m.group(2);
            if (messages.getOrDefault(m.group(1), List.of()).stream().noneMatch(x -> x.startsWith(text))) {
                stale.add(m.group(1) + ": " + text);
            }
        }
        assertTrue(quoted > 10, "the README quotes no abridged answers any more (" + quoted + ")");
        assertEquals(List.of(), stale, "README.md quotes messages that no example answer gives now");
    }
}
