package dev.shinsa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Entity-list screening in a real answer: the match evidence, the FLAG reason and reviewRequired. */
@QuarkusTest
class EntityListScreeningTest {

    @Test
    void aListedShareholderInTheChainIsShownAsAMatchAndFlagsTheDecisionForReview() throws IOException {
        given().contentType("application/json").body(Files.readString(Path.of("rules/examples/entity-list-match.json")))
                .when().post("/api/v1/screenings")
                .then().statusCode(200)
                .body("outcome", equalTo("NO_FILING_REQUIRED"))
                .body("reviewRequired", equalTo(true))
                .body("reasons.effect", not(hasItem("TRIGGER")))
                .body("entityListMatches", hasSize(1))
                .body("entityListMatches[0].list", equalTo("bis-entity-list"))
                .body("entityListMatches[0].listVersion", equalTo("2022-12-19"))
                .body("entityListMatches[0].entry", equalTo("CN-HIKVISION"))
                .body("entityListMatches[0].matchedName", equalTo("Hangzhou Hikvision Digital Technology Co., Ltd."))
                .body("entityListMatches[0].score", equalTo(1.0f))
                .body("reasons.find { it.code == 'ENTITY_LIST_MATCH' }.effect", equalTo("FLAG"))
                .body("reasons.find { it.code == 'ENTITY_LIST_MATCH' }.source", equalTo("rules/screening/entity-list.drl#ENTITY_LIST_MATCH"))
                .body("reasons.find { it.code == 'ENTITY_LIST_MATCH' }.facts.role", equalTo("shareholder investor.shareholders[0]"))
                .body("reasons.find { it.code == 'ENTITY_LIST_MATCH' }.facts.threshold", equalTo("0.90"))
                .body("reasons.find { it.code == 'ENTITY_LIST_MATCH' }.facts.score", equalTo("1.000"))
                .body("reasons.find { it.code == 'ENTITY_LIST_MATCH' }.message", containsString("not by itself a ground for prior notification"));
    }

    @Test
    void matchesOfSeveralPartiesComeBestScoreFirstEachWithItsReason() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode body = (ObjectNode) json.readTree(Path.of("rules/examples/entity-list-match.json").toFile());
        ArrayNode shareholders = (ArrayNode) body.get("investor").get("shareholders");
        ((ObjectNode) shareholders.get(0)).put("name", "Huawie Technologies Co Ltd");
        ((ObjectNode) shareholders.get(1)).put("name", "S.M.I.C.").put("kind", "FOREIGN_ENTITY").put("country", "CN");
        given().contentType("application/json").body(json.writeValueAsString(body))
                .when().post("/api/v1/screenings")
                .then().statusCode(200)
                .body("reviewRequired", equalTo(true))
                .body("entityListMatches.entry", contains("CN-SMIC", "CN-HUAWEI"))
                .body("entityListMatches.score", contains(1.0f, 0.989f))
                .body("reasons.findAll { it.code == 'ENTITY_LIST_MATCH' }.facts.entry", containsInAnyOrder("CN-SMIC", "CN-HUAWEI"));
    }

    @Test
    void anInvestorWithoutAListedNameHasNoMatches() throws IOException {
        given().contentType("application/json").body(Files.readString(Path.of("rules/examples/listed-1pct-core.json")))
                .when().post("/api/v1/screenings")
                .then().statusCode(200)
                .body("entityListMatches", empty())
                .body("reasons.code", not(hasItem("ENTITY_LIST_MATCH")));
    }
}
