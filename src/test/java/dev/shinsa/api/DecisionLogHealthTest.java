package dev.shinsa.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shinsa.audit.DecisionLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The decision log's readiness check: DOWN while decisions cannot be written, unless
 * {@code shinsa.decision-log.readiness=false}, where it stays UP and still reports the error.
 */
class DecisionLogHealthTest {
    @TempDir
    Path dir;

    private DecisionLog blockedLog() throws Exception {
        Path blocker = dir.resolve("decisions");
        Files.writeString(blocker, "a file where the log folder should be");
        return new DecisionLog(true, blocker.toString(), 1 << 20, false, Optional.empty());
    }

    @Test
    void aLogThatCannotBeWrittenTakesTheReplicaOutOfService() throws Exception {
        // Nothing to close: the log never opened a file, and its writer thread starts with the first append.
        HealthCheckResponse r = new DecisionLogHealth(blockedLog(), true).call();
        assertEquals(HealthCheckResponse.Status.DOWN, r.getStatus());
        assertTrue(String.valueOf(r.getData().orElseThrow().get("error")).contains("decision log"), r.getData().toString());
    }

    @Test
    void withReadinessOffTheCheckStaysUpAndStillSaysWhy() throws Exception {
        HealthCheckResponse r = new DecisionLogHealth(blockedLog(), false).call();
        assertEquals(HealthCheckResponse.Status.UP, r.getStatus());
        assertTrue(String.valueOf(r.getData().orElseThrow().get("error")).contains("decision log"), r.getData().toString());
        assertTrue(String.valueOf(r.getData().orElseThrow().get("message")).contains("shinsa.decision-log.readiness=false"));
    }
}
