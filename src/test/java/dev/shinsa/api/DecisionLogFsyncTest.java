package dev.shinsa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * With {@code shinsa.decision-log.fsync=true} the log's writer thread forces each group of appends to disk
 * (never an event-loop thread), and a single screening is still answered, and logged before the answer.
 */
@QuarkusTest
@TestProfile(DecisionLogFsyncTest.Fsync.class)
class DecisionLogFsyncTest {
    static final Path DIR = Path.of("target/decisions-fsync-test");

    public static class Fsync implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("shinsa.decision-log.fsync", "true", "shinsa.decision-log.dir", DIR.toString());
        }
    }

    @Test
    void aScreeningIsAnsweredAndLoggedWhenEachAppendIsSynced() throws IOException {
        Response r = given().contentType("application/json").body(Files.readAllBytes(Path.of("rules/examples/listed-1pct-core.json")))
                .post("/api/v1/screenings");
        r.then().statusCode(200).body("outcome", equalTo("PRIOR_NOTIFICATION_REQUIRED")).body("decisionLog.logged", equalTo(true));
        String id = r.path("decisionId");
        try (Stream<Path> files = Files.list(DIR)) {
            assertTrue(files.anyMatch(f -> {
                try {
                    return Files.readString(f).contains(id);
                } catch (IOException e) {
                    return false;
                }
            }), "decision " + id + " is not in " + DIR);
        }
    }

    @Test
    void anInvalidBodyIsStillA400InTheErrorShape() {
        given().contentType("application/json").body("{\"asOf\": \"not a date\"}").post("/api/v1/screenings")
                .then().statusCode(400).body("code", equalTo("invalid_transaction"));
    }
}
