package dev.shinsa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.greaterThan;

import dev.shinsa.RulesCopy;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/rules/replay}: the rules in force against a candidate folder on the server. */
@QuarkusTest
class ReplayResourceTest {

    static String examplesAsTransactions() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("rules/examples"))) {
            StringBuilder sb = new StringBuilder("[");
            for (Path p : s.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                sb.append(sb.length() > 1 ? "," : "").append(Files.readString(p));
            }
            return sb.append("]").toString();
        }
    }

    @Test
    void aCandidateWithTheListedThresholdAt2PercentChangesOnlyThe1PercentExample() throws IOException {
        Path cand = RulesCopy.withParameter(RulesCopy.of(Path.of("target/replay-test/listed-2pct")),
                "listedThresholdPercent", "2020-06-07", "1", "2");
        given().contentType("application/json")
                .body("{\"candidateRulesDir\": \"" + cand + "\", \"transactions\": " + examplesAsTransactions() + "}")
                .post("/api/v1/rules/replay")
                .then().statusCode(200)
                .body("summary.screened", equalTo(11))
                .body("summary.changed", equalTo(1))
                .body("summary.outcomeChanged", equalTo(1))
                .body("summary.outcomeTransitions.'PRIOR_NOTIFICATION_REQUIRED -> NO_FILING_REQUIRED'", equalTo(1))
                .body("changes", hasSize(1))
                .body("changes[0].transactionId", equalTo("TX-2026-0042"))
                .body("changes[0].reasonsAdded", hasItem("LISTED_BELOW_THRESHOLD"));
    }

    @Test
    void withoutTransactionsTheDecisionLogIsReplayed() throws IOException {
        given().contentType("application/json").body(Files.readAllBytes(Path.of("rules/examples/listed-below-threshold.json")))
                .post("/api/v1/screenings").then().statusCode(200);
        Path same = RulesCopy.of(Path.of("target/replay-test/same"));
        given().contentType("application/json").body("{\"candidateRulesDir\": \"" + same + "\"}")
                .post("/api/v1/rules/replay")
                .then().statusCode(200)
                .body("summary.screened", greaterThan(0))
                .body("summary.changed", equalTo(0));
    }

    @Test
    void aMissingOrUnknownCandidateIs400WithEveryProblem() {
        given().contentType("application/json").body("{\"candidate\": \"x\", \"transactions\": {}}")
                .post("/api/v1/rules/replay")
                .then().statusCode(400)
                .body("errors.field", hasItem("candidateRulesDir"))
                .body("errors.field", hasItem("transactions"))
                .body("errors.field", hasItem("candidate"));
        given().contentType("application/json").body("{\"candidateRulesDir\": \"/no/such/folder\"}")
                .post("/api/v1/rules/replay")
                .then().statusCode(400).body("errors[0].message", containsString("not a folder"));
    }

    @Test
    void aCandidateThatDoesNotBuildIs422WithFileAndLine() throws IOException {
        Path broken = RulesCopy.of(Path.of("target/replay-test/broken"));
        Path drl = broken.resolve("fefta/listed-shares.drl");
        Files.writeString(drl, Files.readString(drl).replaceFirst("then", "thenn"));
        given().contentType("application/json").body("{\"candidateRulesDir\": \"" + broken + "\", \"transactions\": []}")
                .post("/api/v1/rules/replay")
                .then().statusCode(422)
                .body("code", equalTo("rules_invalid"))
                .body("errors[0].field", containsString("listed-shares.drl:"));
    }
}
