package dev.shinsa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/** Health, metrics and the per-decision log line, against the shipped rules. */
@QuarkusTest
class OperationsTest {
    static String example(String name) throws Exception {
        return Files.readString(Path.of("rules/examples").resolve(name));
    }

    @Test
    void readinessIsUpWithTheRuleSetInForceAndLivenessIsSeparate() {
        String revision = given().get("/api/v1/rules").then().statusCode(200).extract().path("revision");
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'rule-set' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'rule-set' }.data.revision", equalTo(revision))
                .body("checks.find { it.name == 'rule-set' }.data.version",
                        equalTo(given().get("/api/v1/rules").then().extract().<String>path("version")))
                .body("checks.find { it.name == 'rule-set' }.data.ruleCount", greaterThan(0))
                .body("checks.find { it.name == 'rule-set' }.data.loadedAt", startsWith("20"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("service"));
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsCountScreeningsByOutcomeErrorsAndBatchItems() throws Exception {
        String outcome = "shinsa_screenings_total{kind=\"single\",outcome=\"PRIOR_NOTIFICATION_REQUIRED\"}";
        String batchOutcome = "shinsa_screenings_total{kind=\"batch\",outcome=\"PRIOR_NOTIFICATION_REQUIRED\"}";
        String invalid = "shinsa_screening_errors_total{code=\"invalid_transaction\",kind=\"single\"}";
        String batchInvalid = "shinsa_screening_errors_total{code=\"invalid_transaction\",kind=\"batch\"}";
        String timed = "shinsa_screening_duration_seconds_count{kind=\"single\"}";
        String logged = "shinsa_decision_log_written_total";
        String before = metrics();

        given().contentType("application/json").body(example("listed-1pct-core.json")).post("/api/v1/screenings")
                .then().statusCode(200);
        given().contentType("application/json").body(example("invalid-request.json")).post("/api/v1/screenings")
                .then().statusCode(400);
        given().contentType("application/json")
                .body("{\"transactions\": [" + example("listed-1pct-core.json") + ", {\"investr\": {}}]}")
                .post("/api/v1/screenings/batch").then().statusCode(200);

        String after = metrics();
        for (String series : List.of(outcome, batchOutcome, invalid, batchInvalid, timed, logged)) {
            assertTrue(value(after, series) >= value(before, series) + 1, series + " did not move:\n" + grep(after, "shinsa_"));
        }
        assertTrue(after.contains("shinsa_screening_duration_seconds_bucket{kind=\"single\",le="), "no latency histogram");
        assertTrue(after.contains("shinsa_screening_duration_seconds_bucket{kind=\"batch\",le="), "no batch latency histogram");
        String revision = given().get("/api/v1/rules").then().extract().path("revision");
        String version = given().get("/api/v1/rules").then().extract().path("version");
        assertEquals(1.0, value(after, "shinsa_ruleset_info{revision=\"" + revision + "\",version=\"" + version + "\"}"));
        assertEquals(1.0, value(after, "shinsa_ruleset_loaded"));
        // Every answer above waited for its decision to be written: nothing is left queued for the log's writer.
        assertEquals(0.0, value(after, "shinsa_decision_log_pending"));
        assertTrue(value(after, "shinsa_ruleset_rules") > 0);
        for (String o : List.of("NO_FILING_REQUIRED", "POST_INVESTMENT_REPORT_REQUIRED", "INSUFFICIENT_INFORMATION")) {
            assertTrue(after.contains("shinsa_screenings_total{kind=\"single\",outcome=\"" + o + "\"}"), "no series for " + o);
        }
    }

    @Test
    void aReloadIsCountedAndTheInfoFollowsTheRevision() {
        String series = "shinsa_ruleset_reloads_total{result=\"success\"}";
        double before = value(metrics(), series);
        io.restassured.response.Response reload = given().post("/api/v1/rules/reload");
        reload.then().statusCode(200);
        String revision = reload.path("revision");
        String after = metrics();
        assertEquals(before + 1, value(after, series));
        assertEquals(1.0, value(after, "shinsa_ruleset_info{revision=\"" + revision + "\",version=\"" + reload.path("version") + "\"}"));
    }

    @Test
    void eachDecisionIsLoggedWithItsIdInTheMdc() throws Exception {
        List<ExtLogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record instanceof ExtLogRecord r) {
                    r.copyMdc();
                    synchronized (records) {
                        records.add(r);
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(ScreeningObserver.DECISIONS);
        logger.addHandler(handler);
        try {
            String id = given().contentType("application/json").body(example("listed-1pct-core.json")).post("/api/v1/screenings")
                    .then().statusCode(200).extract().path("decisionId");
            synchronized (records) {
                ExtLogRecord r = records.stream().filter(x -> id.equals(x.getMdc("decisionId"))).findFirst()
                        .orElseThrow(() -> new AssertionError("no log record with decisionId " + id));
                assertEquals("TX-2026-0042", r.getMdc("transactionId"));
                assertEquals("PRIOR_NOTIFICATION_REQUIRED", r.getMdc("outcome"));
                assertTrue(r.getFormattedMessage().contains(id), r.getFormattedMessage());
            }
        } finally {
            logger.removeHandler(handler);
        }
    }

    static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of one series in the Prometheus text, 0 when absent. */
    static double value(String metrics, String series) {
        for (String line : metrics.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).trim().split(" ")[0]);
            }
        }
        return 0;
    }

    static String grep(String metrics, String prefix) {
        return String.join("\n", metrics.lines().filter(l -> l.startsWith(prefix)).toList());
    }
}
