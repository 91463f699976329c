package dev.shinsa.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.shinsa.RulesCopy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** File-watch mode: saving a change in the rules folder reloads it; a broken save keeps the rules in force. */
@QuarkusTest
@TestProfile(RulesWatchTest.Watching.class)
class RulesWatchTest {
    static final Path copy = Path.of("target/watch-test/rules").toAbsolutePath();

    public static class Watching implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            RulesCopy.of(copy);
            return Map.of("shinsa.rules.dir", copy.toString(), "shinsa.rules.watch", "true",
                    "shinsa.rules.watch-quiet-ms", "200", "shinsa.reload.warm-up-rounds", "1");
        }
    }

    private static String revision() {
        return given().get("/api/v1/rules").then().statusCode(200).extract().path("revision");
    }

    private static String awaitRevisionOtherThan(String old) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            String now = revision();
            if (!now.equals(old)) {
                return now;
            }
            Thread.sleep(200);
        }
        return old;
    }

    @Test
    void aSavedChangeIsReloadedAndABrokenSaveIsNot() throws Exception {
        String before = revision();
        RulesCopy.withParameter(copy, "listedThresholdPercent", "2020-06-07", "1", "2");
        String after = awaitRevisionOtherThan(before);
        assertNotEquals(before, after, "the watcher did not reload the changed parameter within 60 s");

        Path drl = copy.resolve("fefta/listed-shares.drl");
        String good = Files.readString(drl);
        Files.writeString(drl, good.replaceFirst("then", "thenn"));
        Thread.sleep(3000); // give the watcher time to try (and fail)
        assertEquals(after, revision(), "a broken save must leave the rule set in force");

        Files.writeString(drl, good + "\n// fixed after a broken save\n");
        assertNotEquals(after, awaitRevisionOtherThan(after), "fixing the file did not reload");
    }
}
