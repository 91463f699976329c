package dev.shinsa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** With a rules folder that does not build, readiness is DOWN and says why, liveness stays UP, and a failed reload is counted. */
@QuarkusTest
@TestProfile(RulesUnavailableTest.BrokenRules.class)
class ReadinessDownTest {

    @Test
    void readinessIsDownWhileNoRuleSetIsInForce() {
        given().get("/q/health/ready").then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'rule-set' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'rule-set' }.data.message", containsString("no rule set is loaded"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsShowNoRuleSetAndCountAFailedReload() {
        String series = "shinsa_ruleset_reloads_total{result=\"failure\"}";
        double before = OperationsTest.value(OperationsTest.metrics(), series);
        given().post("/api/v1/rules/reload").then().statusCode(422).body("code", equalTo("rules_invalid"));
        String after = OperationsTest.metrics();
        assertEquals(before + 1, OperationsTest.value(after, series));
        assertEquals(0.0, OperationsTest.value(after, "shinsa_ruleset_loaded"));
        assertTrue(!after.contains("shinsa_ruleset_info{"), "an info series while no rule set is in force");
    }
}
