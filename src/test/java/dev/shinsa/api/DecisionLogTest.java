package dev.shinsa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every answered decision is in the decision log (test profile: target/decisions-test) before the answer arrives. */
@QuarkusTest
class DecisionLogTest {
    private static final Path DIR = Path.of("target/decisions-test");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Map<String, JsonNode> logged() throws IOException {
        Map<String, JsonNode> byId = new HashMap<>();
        try (Stream<Path> s = Files.list(DIR)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
                for (String line : Files.readAllLines(p)) {
                    JsonNode n = JSON.readTree(line);
                    byId.put(n.get("decisionId").asText(), n);
                }
            }
        }
        return byId;
    }

    @Test
    void aScreeningIsLoggedWithItsInputOutcomeReasonsAndRevisionBeforeTheAnswer() throws IOException {
        byte[] body = Files.readAllBytes(Path.of("rules/examples/listed-1pct-core.json"));
        Response r = given().contentType("application/json").body(body).post("/api/v1/screenings");
        r.then().statusCode(200).body("decisionLog.logged", equalTo(true));
        String id = r.path("decisionId");
        JsonNode line = logged().get(id);
        assertTrue(line != null, "decision " + id + " is not in " + DIR);
        assertEquals(r.<String>path("outcome"), line.get("outcome").asText());
        assertEquals(r.<String>path("ruleSet.revision"), line.at("/ruleSet/revision").asText());
        List<String> codes = r.path("reasons.code");
        assertEquals(codes, JSON.convertValue(line.get("reasons"), List.class));
        assertEquals(JSON.readTree(body), line.get("input"));
    }

    @Test
    void everyDecisionOfABatchIsLoggedAndInvalidItemsAreNot() throws IOException {
        String tx = Files.readString(Path.of("rules/examples/unlisted-post-investment-report.json"));
        Response r = given().contentType("application/json")
                .body("{\"transactions\": [" + tx + ", {\"asOf\": \"not a date\"}, " + tx + "]}")
                .post("/api/v1/screenings/batch");
        r.then().statusCode(200).body("decisions[0].decisionLog.logged", equalTo(true))
                .body("decisions[1].index", equalTo(1));
        Map<String, JsonNode> logged = logged();
        assertTrue(logged.containsKey(r.<String>path("decisions[0].decisionId")));
        assertTrue(logged.containsKey(r.<String>path("decisions[2].decisionId")));
    }
}
