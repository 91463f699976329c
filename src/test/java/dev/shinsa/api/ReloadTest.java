package dev.shinsa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/rules/reload against a copy of the rules folder: a broken file is reported with
 * file and line and the old revision goes on answering; fixed and changed, the reload swaps in a
 * new revision; screenings running during a reload all succeed.
 */
@QuarkusTest
@TestProfile(ReloadTest.CopiedRules.class)
class ReloadTest {
    /** A fixed place: Quarkus may build the profile more than once, in another class loader. */
    static final Path copy = Path.of("target/reload-test/rules").toAbsolutePath();

    public static class CopiedRules implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            dev.shinsa.RulesCopy.of(copy);
            return Map.of("shinsa.rules.dir", copy.toString(), "shinsa.reload.warm-up-rounds", "5");
        }
    }

    private static String revision() {
        return given().get("/api/v1/rules").then().statusCode(200).extract().path("revision");
    }

    private static String body() throws IOException {
        return Files.readString(Path.of("rules/examples/listed-1pct-core.json"));
    }

    @Test
    void brokenFileKeepsTheOldRulesAndAFixedChangeSwapsInANewRevision() throws Exception {
        String before = revision();
        Path drl = copy.resolve("fefta/listed-shares.drl");
        String good = Files.readString(drl);
        String broken = good.replace("$a : act, act.type == ActType.SHARE_ACQUISITION, act.acquisitionCause == null, $after : act.combinedHoldingAfterPercent != null )",
                "$a : act, act.type == ActType.SHARE_ACQUISITION, act.acquisitionCause == null, $after : act.combinedHoldingAfterPercnt != null )");
        assertNotEquals(good, broken, "the line this test breaks is no longer in listed-shares.drl: update the test");
        Files.writeString(drl, broken);

        given().post("/api/v1/rules/reload").then().statusCode(422)
                .body("code", equalTo("rules_invalid"))
                .body("message", containsString(before))
                .body("errors.field", hasItem(startsWith("rules/fefta/listed-shares.drl:")));
        given().contentType("application/json").body(body()).post("/api/v1/screenings")
                .then().statusCode(200).body("ruleSet.revision", equalTo(before))
                .body("outcome", equalTo("PRIOR_NOTIFICATION_REQUIRED"));

        Files.writeString(drl, good);
        Path thresholds = copy.resolve("parameters/thresholds.yaml");
        Files.writeString(thresholds, Files.readString(thresholds).replaceFirst("    2020-06-07: 1\n", "    2020-06-07: 2\n"));
        given().post("/api/v1/rules/reload").then().statusCode(200)
                .body("changed", equalTo(true))
                .body("previousRevision", equalTo(before))
                .body("revision", not(equalTo(before)));
        given().contentType("application/json").body(body()).post("/api/v1/screenings")
                .then().statusCode(200).body("outcome", equalTo("NO_FILING_REQUIRED"))
                .body("ruleSet.revision", not(equalTo(before)));
    }

    @Test
    void screeningsDuringReloadsAllSucceed() throws Exception {
        String request = body();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                answers.add(pool.submit(() -> given().contentType("application/json").body(request)
                        .post("/api/v1/screenings").statusCode()));
                if (i % 50 == 0) {
                    given().post("/api/v1/rules/reload").then().statusCode(200);
                }
            }
            for (Future<Integer> f : answers) {
                assertEquals(200, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void oneRuleWithItsDrlText() {
        given().get("/api/v1/rules/WAITING_PERIOD").then().statusCode(200)
                .body("drl", startsWith("rule \"WAITING_PERIOD\""))
                .body("source", equalTo("rules/fefta/prior-notification.drl#WAITING_PERIOD"));
        given().get("/api/v1/rules/NO_SUCH_RULE").then().statusCode(404).body("code", equalTo("not_found"))
                .body("message", org.hamcrest.Matchers.startsWith("no rule NO_SUCH_RULE in the rule set in force"));
        assertTrue(revision().startsWith("sha256:"));
    }
}
