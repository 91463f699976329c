package dev.shinsa.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A rules folder that fails to build leaves the service up, answering 503 rules_unavailable, never 500. */
@QuarkusTest
@TestProfile(RulesUnavailableTest.BrokenRules.class)
class RulesUnavailableTest {

    public static class BrokenRules implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path copy = Files.createTempDirectory("shinsa-broken").resolve("rules");
                try (Stream<Path> files = Files.walk(Path.of("rules"))) {
                    for (Path p : files.toList()) {
                        Path to = copy.resolve(Path.of("rules").relativize(p).toString());
                        if (Files.isDirectory(p)) {
                            Files.createDirectories(to);
                        } else {
                            Files.copy(p, to);
                        }
                    }
                }
                Path drl = copy.resolve("fefta/listed-shares.drl");
                Files.writeString(drl, Files.readString(drl).replaceFirst("\nthen\n", "\n"));
                return Map.of("shinsa.rules.dir", copy.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void screeningAnswers503WhileNoRuleSetIsLoaded() throws IOException {
        given().contentType("application/json").body(Files.readString(Path.of("rules/examples/listed-1pct-core.json")))
                .when().post("/api/v1/screenings")
                .then().statusCode(503)
                .body("code", equalTo("rules_unavailable"))
                .body("message", containsString("problem"));
        given().when().get("/api/v1/rules").then().statusCode(503).body("code", equalTo("rules_unavailable"));
    }
}
