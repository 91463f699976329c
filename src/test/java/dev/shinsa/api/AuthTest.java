package dev.shinsa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Callers and roles, with the built-in demo callers (as a fresh install runs). */
@QuarkusTest
@TestProfile(AuthTest.WithApiKeys.class)
class AuthTest {
    static final String SCREENER = "shinsa-demo-screener-key";
    static final String ADMIN = "shinsa-demo-admin-key";

    public static class WithApiKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("shinsa.auth.mode", "api-key", "shinsa.reload.warm-up-rounds", "1");
        }
    }

    static byte[] example() throws IOException {
        return Files.readAllBytes(Path.of("rules/examples/listed-1pct-core.json"));
    }

    @Test
    void withoutAKeyScreeningAndReadingTheRulesAre401InTheErrorShape() throws IOException {
        given().contentType("application/json").body(example()).post("/api/v1/screenings")
                .then().statusCode(401).header("WWW-Authenticate", containsString("Basic"))
                .body("code", equalTo("unauthorized")).body("message", containsString("X-API-Key")).body("errors.size()", equalTo(0));
        given().get("/api/v1/rules").then().statusCode(401).body("code", equalTo("unauthorized"));
        given().get("/api/v1/sectors").then().statusCode(401);
    }

    @Test
    void anUnknownKeyOrWrongBasicCredentialsAre401() throws IOException {
        given().header("X-API-Key", "not-a-key").contentType("application/json").body(example()).post("/api/v1/screenings")
                .then().statusCode(401).body("code", equalTo("unauthorized"));
        given().auth().preemptive().basic("demo-admin", SCREENER).contentType("application/json").body(example())
                .post("/api/v1/screenings").then().statusCode(401);
    }

    @Test
    void aScreenerMayScreenButNotReloadOrReplay() throws IOException {
        given().header("X-API-Key", SCREENER).contentType("application/json").body(example()).post("/api/v1/screenings")
                .then().statusCode(200).body("outcome", equalTo("PRIOR_NOTIFICATION_REQUIRED"));
        given().header("X-API-Key", SCREENER).get("/api/v1/rules").then().statusCode(200);
        given().header("X-API-Key", SCREENER).post("/api/v1/rules/reload")
                .then().statusCode(403).body("code", equalTo("forbidden")).body("message", containsString("rule-admin"));
        given().header("X-API-Key", SCREENER).contentType("application/json").body("{\"candidateRulesDir\": \"rules\"}")
                .post("/api/v1/rules/replay").then().statusCode(403);
    }

    @Test
    void anAdminMayReloadAndBasicCredentialsWorkLikeTheKey() throws IOException {
        given().header("X-API-Key", ADMIN).post("/api/v1/rules/reload").then().statusCode(200).body("revision", notNullValue());
        given().auth().preemptive().basic("demo-screener", SCREENER).contentType("application/json").body(example())
                .post("/api/v1/screenings").then().statusCode(200);
    }

    @Test
    void theDecisionLogNamesTheCaller() throws IOException {
        Response r = given().header("X-API-Key", SCREENER).contentType("application/json").body(example()).post("/api/v1/screenings");
        r.then().statusCode(200);
        assertEquals("demo-screener", DecisionLogTest.logged().get(r.<String>path("decisionId")).get("caller").asText());
    }
}
