package dev.shinsa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The HTTP contract of /api/v1: answers, error shape and status codes. */
@QuarkusTest
class ScreeningResourceTest {

    private static String example(String name) throws IOException {
        return Files.readString(Path.of("rules/examples", name));
    }

    @Test
    void listedCoreSectorAtExactlyOnePercentNeedsPriorNotificationWithACitedTrigger() throws IOException {
        given().contentType("application/json").body(example("listed-1pct-core.json"))
                .when().post("/api/v1/screenings")
                .then().statusCode(200)
                .body("outcome", equalTo("PRIOR_NOTIFICATION_REQUIRED"))
                .body("reviewRequired", equalTo(true))
                .body("foreignInvestor", equalTo(true))
                .body("waitingPeriodDays", equalTo(30))
                .body("reasons.find { it.code == 'LISTED_THRESHOLD_REACHED' }.effect", equalTo("TRIGGER"))
                .body("reasons.find { it.code == 'LISTED_THRESHOLD_REACHED' }.citations[0].instrument", equalTo("FEFTA"))
                .body("reasons.find { it.code == 'LISTED_THRESHOLD_REACHED' }.citations[0].url", startsWith("https://"))
                .body("reasons.find { it.code == 'LISTED_THRESHOLD_REACHED' }.facts.holdingAfterPercent", equalTo("1.00"))
                .body("reasons.find { it.code == 'LISTED_THRESHOLD_REACHED' }.source",
                        equalTo("rules/fefta/listed-shares.drl#LISTED_THRESHOLD_REACHED"))
                .body("ruleSet.version", notNullValue())
                .body("ruleSet.revision", startsWith("sha256:"))
                .body("decisionId", notNullValue())
                .body("transactionId", equalTo("TX-2026-0042"));
    }

    @Test
    void justBelowOnePercentGivesANoteAndNoTrigger() throws IOException {
        given().contentType("application/json").body(example("listed-below-threshold.json"))
                .when().post("/api/v1/screenings")
                .then().statusCode(200)
                .body("outcome", equalTo("NO_FILING_REQUIRED"))
                .body("reviewRequired", equalTo(false))
                .body("reasons.effect", not(hasItem("TRIGGER")))
                .body("reasons.find { it.code == 'LISTED_BELOW_THRESHOLD' }.effect", equalTo("NOTE"))
                .body("reasons.find { it.code == 'LISTED_BELOW_THRESHOLD' }.message", containsString("0.01 points below"))
                .body("waitingPeriodDays", nullValue());
    }

    @Test
    void reportsEveryFieldProblemAtOnce() {
        String body = """
                {"asOf": "2026-03-01",
                 "investr": {"kind": "FOREIGN_ENTITY"},
                 "target": {"listed": true, "sectors": ["ELECTRICITY", "SHIPBUILDING"]},
                 "act": {"type": "SHARE_ACQUISITION", "holdingAfterPercent": 101, "closelyRelatedPersonsPercent": -1}}""";
        given().contentType("application/json").body(body)
                .when().post("/api/v1/screenings")
                .then().statusCode(400)
                .body("code", equalTo("invalid_transaction"))
                .body("errors.field", containsInAnyOrder("act.closelyRelatedPersonsPercent", "act.holdingAfterPercent",
                        "investor", "investr", "target.sectors[1]"))
                .body("errors.message", everyItem(notNullValue()));
    }

    @Test
    void rejectsAWrongTypeAndAnUnknownNestedFieldWithTheirPaths() {
        String body = """
                {"investor": {"kind": "JAPANESE_ENTITY", "shareholders": [{"name": "A", "kind": "ALIEN", "votingRightsPercent": "ten", "colour": "red"}]},
                 "target": {"listed": "yes"}, "act": {"type": "SHARE_ACQUISITION"}}""";
        given().contentType("application/json").body(body)
                .when().post("/api/v1/screenings")
                .then().statusCode(400)
                .body("errors.field", hasItem("investor.shareholders[0].kind"))
                .body("errors.field", hasItem("investor.shareholders[0].votingRightsPercent"))
                .body("errors.field", hasItem("investor.shareholders[0].colour"))
                .body("errors.field", hasItem("target.listed"));
    }

    @Test
    void indirectAcquisitionOfAForeignHoldingEntityNeedsPriorNotificationFromThe2026Amendment() throws IOException {
        given().contentType("application/json").body(example("indirect-acquisition-2027.json"))
                .when().post("/api/v1/screenings")
                .then().statusCode(200)
                .body("outcome", equalTo("PRIOR_NOTIFICATION_REQUIRED"))
                .body("waitingPeriodDays", equalTo(30))
                .body("exemption.available", equalTo(false))
                .body("reasons.find { it.code == 'INDIRECT_ACQUISITION_DESIGNATED' }.effect", equalTo("TRIGGER"))
                .body("reasons.find { it.code == 'INDIRECT_ACQUISITION_DESIGNATED' }.facts.investorVotingRightsAfterPercent", equalTo("60.00"))
                .body("reasons.find { it.code == 'INDIRECT_ACQUISITION_DESIGNATED' }.facts.proportionPercent", equalTo("0.00"))
                .body("reasons.find { it.code == 'INDIRECT_ACQUISITION_DESIGNATED' }.reading", containsString("Cabinet Order"));
        String before = example("indirect-acquisition-2027.json").replace("\"2027-02-01\"", "\"2026-12-01\"");
        given().contentType("application/json").body(before)
                .when().post("/api/v1/screenings")
                .then().statusCode(200)
                .body("outcome", equalTo("NO_FILING_REQUIRED"))
                .body("reasons.code", hasItem("INDIRECT_ACQUISITION_NOT_YET_IN_FORCE"))
                .body("reasons.find { it.code == 'INDIRECT_ACQUISITION_NOT_YET_IN_FORCE' }.message", containsString("2027-01-04"));
    }

    @Test
    void reportsEveryProblemOfTheHoldingEntityAtOnce() {
        String body = """
                {"asOf": "2027-02-01", "investor": {"kind": "FOREIGN_ENTITY", "country": "US"},
                 "target": {"listed": false, "sectors": ["SEMICONDUCTORS"]},
                 "act": {"type": "INDIRECT_ACQUISITION",
                         "directHoldingEntity": {"country": "JP", "investorVotingRightsAfterPercent": 120,
                                                 "relatedPersonsBoardMajority": "yes", "holdingInTargetPercent": -1,
                                                 "boardMajority": true}}}""";
        given().contentType("application/json").body(body)
                .when().post("/api/v1/screenings")
                .then().statusCode(400)
                .body("code", equalTo("invalid_transaction"))
                .body("errors.field", containsInAnyOrder("act.directHoldingEntity.boardMajority",
                        "act.directHoldingEntity.country", "act.directHoldingEntity.holdingInTargetPercent",
                        "act.directHoldingEntity.investorVotingRightsAfterPercent",
                        "act.directHoldingEntity.relatedPersonsBoardMajority"))
                .body("errors.find { it.field == 'act.directHoldingEntity.country' }.message", containsString("outside Japan"))
                .body("errors.find { it.field == 'act.directHoldingEntity.boardMajority' }.message", containsString("not a field"));
    }

    @Test
    void aHoldingEntityWithAnotherActIsRefusedRatherThanIgnored() {
        String body = """
                {"asOf": "2027-02-01", "investor": {"kind": "FOREIGN_ENTITY", "country": "US"},
                 "target": {"listed": false, "sectors": ["SEMICONDUCTORS"]},
                 "act": {"type": "SHARE_ACQUISITION", "holdingAfterPercent": 5,
                         "directHoldingEntity": {"country": "SG", "investorVotingRightsAfterPercent": 60}}}""";
        given().contentType("application/json").body(body)
                .when().post("/api/v1/screenings")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("act.directHoldingEntity"))
                .body("errors[0].message", containsString("only for act.type INDIRECT_ACQUISITION"));
    }

    @Test
    void anAcquisitionCauseOutsideAShareOrVotingRightsAcquisitionIsRefusedRatherThanIgnored() {
        String body = """
                {"asOf": "2026-03-01", "investor": {"kind": "FOREIGN_ENTITY", "country": "US"},
                 "target": {"listed": false, "sectors": ["WEAPONS"]},
                 "act": {"type": "BUSINESS_ACQUISITION", "acquisitionCause": "MERGER"}}""";
        given().contentType("application/json").body(body)
                .when().post("/api/v1/screenings")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("act.acquisitionCause"))
                .body("errors[0].message", containsString("only for act.type SHARE_ACQUISITION or VOTING_RIGHTS_ACQUISITION, not BUSINESS_ACQUISITION"));
        given().contentType("application/json").body(body.replace("BUSINESS_ACQUISITION", "SHARE_ACQUISITION"))
                .when().post("/api/v1/screenings")
                .then().statusCode(200)
                .body("outcome", equalTo("NO_FILING_REQUIRED"))
                .body("reviewRequired", equalTo(true))
                .body("reasons.code", hasItems("ACQUISITION_CARVED_OUT", "CARVE_OUT_TO_CONFIRM"))
                .body("reasons.code", not(hasItem("UNLISTED_ACQUISITION_DESIGNATED")));
        // Only an individual inherits, and only an entity merges.
        given().contentType("application/json").body(body.replace("BUSINESS_ACQUISITION", "SHARE_ACQUISITION").replace("MERGER", "INHERITANCE"))
                .when().post("/api/v1/screenings")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("act.acquisitionCause"))
                .body("errors[0].message", containsString("only an individual inherits"));
        given().contentType("application/json").body(body.replace("BUSINESS_ACQUISITION", "SHARE_ACQUISITION")
                        .replace("FOREIGN_ENTITY", "NON_RESIDENT_INDIVIDUAL"))
                .when().post("/api/v1/screenings")
                .then().statusCode(400)
                .body("errors[0].message", containsString("an individual does not merge"));
    }

    @Test
    void aReappointmentFlagOutsideADirectorAppointmentConsentIsRefusedRatherThanIgnored() {
        String body = """
                {"asOf": "2027-02-10", "investor": {"kind": "FOREIGN_ENTITY", "country": "US"},
                 "target": {"listed": true, "sectors": ["ELECTRICITY"]},
                 "act": {"type": "CONSENT_TO_PROPOSAL", "proposal": "BUSINESS_TRANSFER_OR_ABOLITION",
                         "holdingAfterPercent": 2, "directorReappointment": true}}""";
        given().contentType("application/json").body(body)
                .when().post("/api/v1/screenings")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("act.directorReappointment"))
                .body("errors[0].message", containsString("only for act.type CONSENT_TO_PROPOSAL with act.proposal DIRECTOR_APPOINTMENT"));
        given().contentType("application/json").body(body.replace("BUSINESS_TRANSFER_OR_ABOLITION", "DIRECTOR_APPOINTMENT"))
                .when().post("/api/v1/screenings")
                .then().statusCode(200)
                .body("outcome", equalTo("NO_FILING_REQUIRED"))
                .body("reasons.code", hasItem("CONSENT_DIRECTOR_REAPPOINTMENT"));
    }

    @Test
    void malformedJsonIsA400NamingWhere() {
        given().contentType("application/json").body("{\"investor\": {")
                .when().post("/api/v1/screenings")
                .then().statusCode(400)
                .body("code", equalTo("malformed_json"))
                .body("message", containsString("line 1"));
    }

    @Test
    void everyProblemIsReportedAtOnceSchemaAndBetweenFields() {
        // A schema problem (the country), a problem between two fields (after below before) and an unknown sector.
        given().contentType("application/json").body("""
                {"investor": {"name": "X", "kind": "FOREIGN_ENTITY", "country": "us"},
                 "target": {"name": "T", "listed": true, "sectors": ["ELECTRICITY", "NO_SUCH_SECTOR"]},
                 "act": {"type": "SHARE_ACQUISITION", "holdingBeforePercent": 5, "holdingAfterPercent": 1}}
                """)
                .when().post("/api/v1/screenings")
                .then().statusCode(400)
                .body("code", equalTo("invalid_transaction"))
                .body("errors.field", containsInAnyOrder("investor.country", "act.holdingAfterPercent", "target.sectors[1]"));
        // An absurd number no longer hides the other problems.
        given().contentType("application/json").body("""
                {"bogus": 1, "investor": {"name": "X", "kind": "FOREIGN_ENTITY", "country": "US"},
                 "target": {"name": "T", "listed": true, "sectors": ["ELECTRICITY"]},
                 "act": {"type": "SHARE_ACQUISITION", "holdingBeforePercent": "x", "holdingAfterPercent": 1e400}}
                """)
                .when().post("/api/v1/screenings")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("bogus", "act.holdingBeforePercent", "act.holdingAfterPercent"))
                .body("errors.find { it.field == 'act.holdingAfterPercent' }.message", containsString("too large a number"));
    }

    @Test
    void anOptionalFieldSentAsNullIsAFieldNotGiven() {
        given().contentType("application/json").body("""
                {"transactionId": null, "asOf": null,
                 "investor": {"name": "X", "kind": "FOREIGN_ENTITY", "country": "US", "aliases": null, "shareholders": null,
                   "stateOwned": null, "iranRelated": null, "specifiedForeignInvestor": null},
                 "target": {"name": "T", "listed": true, "sectors": ["ELECTRICITY"], "designatedCoreBusinessEntity": null},
                 "act": {"type": "SHARE_ACQUISITION", "holdingBeforePercent": 0, "holdingAfterPercent": 2, "sellerIsForeignInvestor": null},
                 "exemption": null, "intentions": {"boardSeat": null}}
                """)
                .when().post("/api/v1/screenings")
                .then().statusCode(200)
                .body("outcome", equalTo("PRIOR_NOTIFICATION_REQUIRED"));
        // A required field sent as null is missing.
        given().contentType("application/json").body("""
                {"investor": {"name": "X", "kind": null, "country": "US"},
                 "target": {"name": "T", "listed": true, "sectors": ["ELECTRICITY"]},
                 "act": {"type": "SHARE_ACQUISITION", "holdingAfterPercent": 2, "proposal": "DIRECTOR_APPOINTMENT"}}
                """)
                .when().post("/api/v1/screenings")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("investor.kind", "act.proposal"));
    }

    @Test
    void aCountryCodeOutsideIso3166IsRefused() {
        given().contentType("application/json").body("""
                {"investor": {"name": "X", "kind": "JAPANESE_ENTITY", "country": "XX",
                   "shareholders": [{"name": "Y", "kind": "FOREIGN_ENTITY", "country": "QQ", "votingRightsPercent": 60}]},
                 "target": {"name": "T", "listed": true, "sectors": ["ELECTRICITY"]},
                 "act": {"type": "SHARE_ACQUISITION", "holdingAfterPercent": 2}}
                """)
                .when().post("/api/v1/screenings")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("investor.country", "investor.shareholders[0].country"))
                .body("errors[0].message", containsString("ISO 3166-1"));
    }

    @Test
    void textAfterTheJsonValueIsA400NotDropped() throws Exception {
        String one = java.nio.file.Files.readString(java.nio.file.Path.of("rules/examples/listed-1pct-core.json"));
        // Two transactions in one body: the second must not be silently left unscreened.
        given().contentType("application/json").body(one + one)
                .when().post("/api/v1/screenings")
                .then().statusCode(400)
                .body("code", equalTo("malformed_json"))
                .body("message", containsString("more follows the first JSON value"));
        given().contentType("application/json").body(one + " }}}")
                .when().post("/api/v1/screenings")
                .then().statusCode(400).body("code", equalTo("malformed_json"));
        given().contentType("application/json").body("{\"transactions\": []} xyz")
                .when().post("/api/v1/screenings/batch")
                .then().statusCode(400).body("code", equalTo("malformed_json"));
    }

    @Test
    void nonStandardJsonIsExplainedWithoutTheParsersSettings() {
        for (String body : java.util.List.of("{\"a\": NaN}", "{\"a\": +1}", "{/* c */ \"a\": 1}")) {
            given().contentType("application/json").body(body)
                    .when().post("/api/v1/screenings")
                    .then().statusCode(400)
                    .body("code", equalTo("malformed_json"))
                    .body("message", not(containsString("Feature")))
                    .body("message", not(containsString("`")));
        }
    }

    @Test
    void duplicateKeysAndEmptyBodiesAreRefused() {
        given().contentType("application/json").body("{\"asOf\": \"2026-01-01\", \"asOf\": \"2026-01-02\"}")
                .when().post("/api/v1/screenings").then().statusCode(400).body("code", equalTo("malformed_json"));
        given().contentType("application/json").body("")
                .when().post("/api/v1/screenings").then().statusCode(400).body("code", equalTo("malformed_json"));
        given().contentType("application/json").body("[1, 2]")
                .when().post("/api/v1/screenings").then().statusCode(400).body("code", equalTo("invalid_transaction"));
    }

    @Test
    void wrongMediaTypeIs415InTheErrorShape() {
        given().contentType("text/plain").body("{}")
                .when().post("/api/v1/screenings")
                .then().statusCode(415)
                .body("code", equalTo("unsupported_media_type"));
    }

    @Test
    void oversizedBodyIs413InTheErrorShape() {
        byte[] big = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        given().contentType("application/json").body(big)
                .when().post("/api/v1/screenings")
                .then().statusCode(413)
                .body("code", equalTo("body_too_large"));
    }

    @Test
    void aDateBeforeTheRulesCoverageIsRefused() {
        String body = """
                {"asOf": "2015-01-01", "investor": {"kind": "FOREIGN_ENTITY", "country": "US"},
                 "target": {"listed": true, "sectors": []}, "act": {"type": "SHARE_ACQUISITION", "holdingAfterPercent": 5}}""";
        given().contentType("application/json").body(body)
                .when().post("/api/v1/screenings")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"))
                .body("errors[0].message", containsString("2017-10-01"));
    }

    @Test
    void unknownPathsAndMethodsAnswerInTheErrorShape() {
        given().when().get("/api/v1/nothing-here").then().statusCode(404).body("code", equalTo("not_found"));
        given().when().delete("/api/v1/screenings").then().statusCode(405).body("code", equalTo("method_not_allowed")).header("Allow", containsString("POST"));
        given().header("X-API-Key", "shinsa-demo-admin-key").when().delete("/api/v1/rules/SOME_CODE").then().statusCode(405).header("Allow", equalTo("GET"));
        // The action paths under /rules are not rule codes: a GET there is the wrong method, not a missing rule.
        given().header("X-API-Key", "shinsa-demo-admin-key").when().get("/api/v1/rules/reload").then().statusCode(405)
                .body("code", equalTo("method_not_allowed")).header("Allow", equalTo("POST"));
        given().header("X-API-Key", "shinsa-demo-admin-key").when().get("/api/v1/rules/replay").then().statusCode(405).header("Allow", equalTo("POST"));
        given().header("X-API-Key", "shinsa-demo-admin-key").when().get("/api/v1/rules/NO_SUCH_CODE").then().statusCode(404);
    }

    @Test
    void rulesListsEveryRuleWithCitationAndDates() {
        given().when().get("/api/v1/rules")
                .then().statusCode(200)
                .body("revision", startsWith("sha256:"))
                .body("rules.size()", greaterThan(10))
                .body("rules.code", hasItem("LISTED_THRESHOLD_REACHED"))
                .body("rules.title", everyItem(notNullValue()))
                .body("rules.effectiveFrom", everyItem(notNullValue()))
                .body("rules.citations.flatten().instrument", everyItem(notNullValue()));
    }

    @Test
    void sectorsGiveTheClassInForceOnTheDateAsked() {
        given().queryParam("asOf", "2018-06-01").when().get("/api/v1/sectors")
                .then().statusCode(200)
                .body("sectors.find { it.code == 'SEMICONDUCTORS' }.sectorClass", equalTo("NON_DESIGNATED"));
        given().queryParam("asOf", "2026-03-01").when().get("/api/v1/sectors")
                .then().statusCode(200)
                .body("sectors.find { it.code == 'SEMICONDUCTORS' }.sectorClass", equalTo("CORE"))
                .body("sectors.find { it.code == 'ELECTRICITY' }.source", notNullValue());
        given().queryParam("asOf", "not-a-date").when().get("/api/v1/sectors")
                .then().statusCode(400).body("errors[0].field", equalTo("asOf"));
        // Before the rules' coverage the data say nothing: refused, as a screening of that date is.
        given().queryParam("asOf", "2010-01-01").when().get("/api/v1/sectors")
                .then().statusCode(400).body("code", equalTo("invalid_parameter"))
                .body("errors[0].message", containsString("2017-10-01"));
    }

    @Test
    void batchAnswersInOrderWithPerItemErrors() throws IOException {
        String body = "{\"transactions\": [" + example("listed-1pct-core.json") + ", {\"investor\": {}}, "
                + example("listed-below-threshold.json") + "]}";
        given().contentType("application/json").body(body)
                .when().post("/api/v1/screenings/batch")
                .then().statusCode(200)
                .body("decisions.size()", equalTo(3))
                .body("decisions[0].outcome", equalTo("PRIOR_NOTIFICATION_REQUIRED"))
                .body("decisions[1].index", equalTo(1))
                .body("decisions[1].error.code", equalTo("invalid_transaction"))
                .body("decisions[1].error.errors.field", hasItem("investor.kind"))
                .body("decisions[2].outcome", equalTo("NO_FILING_REQUIRED"))
                .body("decisions[2].transactionId", equalTo("TX-2026-0043"));
    }

    @Test
    void aBatchItemThatIsNoObjectIsNamedByItsPlace() {
        given().contentType("application/json").body("{\"transactions\": [null, 7]}")
                .when().post("/api/v1/screenings/batch")
                .then().statusCode(200)
                .body("decisions[0].index", equalTo(0))
                .body("decisions[0].error.code", equalTo("invalid_transaction"))
                .body("decisions[0].error.errors.field", contains("transactions[0]"))
                .body("decisions[0].error.errors.message", contains("is null, not an object (a transaction)"))
                .body("decisions[1].error.errors.field", contains("transactions[1]"))
                .body("decisions[1].error.errors.message", contains("is number, not an object (a transaction)"));
    }

    @Test
    void batchWithoutTransactionsIsA400() {
        given().contentType("application/json").body("{\"items\": []}")
                .when().post("/api/v1/screenings/batch")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("items", "transactions"));
    }
}
