package dev.shinsa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An unwritable decision log: every answer says its decision was not logged, readiness says why, and both recover. */
@QuarkusTest
@TestProfile(DecisionLogFailureTest.Blocked.class)
class DecisionLogFailureTest {
    /** A file where the log folder should be: nothing can be written there. */
    static final Path BLOCKER = Path.of("target/decision-log-blocked/decisions").toAbsolutePath();

    public static class Blocked implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Files.createDirectories(BLOCKER.getParent());
                dev.shinsa.RulesCopy.deleteTree(BLOCKER); // a folder with logs, left by the recovery of an earlier run
                Files.writeString(BLOCKER, "not a folder");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of("shinsa.decision-log.dir", BLOCKER.toString());
        }
    }

    @Test
    void answersSayNotLoggedAndReadinessIsDownUntilTheFolderCanBeWritten() throws IOException {
        byte[] body = Files.readAllBytes(Path.of("rules/examples/listed-1pct-core.json"));
        // The service's own log names each decision that is not in the decision log, with its id as a field.
        java.util.List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                if (r instanceof org.jboss.logmanager.ExtLogRecord x) {
                    logged.add(x.getMdc("decisionId") + " | " + x.getFormattedMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger jul = java.util.logging.Logger.getLogger(dev.shinsa.audit.DecisionLog.class.getName());
        jul.addHandler(handler);
        String decisionId;
        try {
            decisionId = given().contentType("application/json").body(body).post("/api/v1/screenings")
                    .then().statusCode(200)
                    .body("outcome", equalTo("PRIOR_NOTIFICATION_REQUIRED"))
                    .body("decisionLog.logged", equalTo(false))
                    .body("decisionLog.error", containsString("cannot write the decision log"))
                    .extract().path("decisionId");
        } finally {
            jul.removeHandler(handler);
        }
        String id = decisionId;
        org.junit.jupiter.api.Assertions.assertTrue(logged.stream().anyMatch(l -> l.startsWith(id + " | ") && l.contains(id)
                && l.contains("TX-2026-0042") && l.contains("not in the decision log")), "no error line with decision " + id + ": " + logged);
        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'decision-log' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'decision-log' }.data.error", containsString("decision log"));

        Files.delete(BLOCKER); // the folder can now be made
        given().get("/q/health/ready").then().statusCode(200).body("checks.name", hasItem("decision-log"));
        given().contentType("application/json").body(body).post("/api/v1/screenings")
                .then().statusCode(200).body("decisionLog.logged", equalTo(true));
    }
}
