package dev.shinsa.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged service ({@code target/quarkus-app/quarkus-run.jar}) as its own process,
 * sends a burst of concurrent screenings, kills the process with SIGKILL the moment the last
 * answer arrives, and checks that every answered decision is in the decision log, whole; and stops it
 * with SIGTERM while screenings are in flight, which must all be answered and logged (graceful shutdown).
 * Runs in {@code mvn verify} after packaging (Failsafe).
 */
class DecisionLogCrashIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noAnsweredDecisionIsLostWhenTheProcessIsKilled() throws Exception {
        Path dir = Path.of("target/crash-it/decisions");
        Service service = start(dir);
        try {
            Set<String> answered = answeredAndLogged(burst(service, 400));
            service.process().destroyForcibly(); // SIGKILL: no shutdown hook, no flush
            service.process().waitFor();
            assertAllLogged(answered, dir);
            assertEquals(400, answered.size());
        } finally {
            service.process().destroyForcibly();
        }
    }

    /**
     * Graceful shutdown: a SIGTERM while screenings are in flight. Each of them is answered, logged before its
     * answer, and the process then exits. (Quarkus closes the decision log only once no request is in flight;
     * that close writes what is still queued is checked in {@code DecisionLogWriterTest}.)
     */
    @Test
    void screeningsInFlightAtATermSignalAreAnsweredAndLogged() throws Exception {
        Path dir = Path.of("target/crash-it/decisions-term");
        Service service = start(dir);
        try {
            List<CompletableFuture<HttpResponse<String>>> inFlight = burst(service, 400);
            service.process().destroy(); // SIGTERM
            Set<String> answered = answeredAndLogged(inFlight);
            assertTrue(service.process().waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "the service did not stop within 60 s of SIGTERM");
            assertAllLogged(answered, dir);
            assertEquals(400, answered.size());
        } finally {
            service.process().destroyForcibly();
        }
    }

    private record Service(Process process, int port, HttpClient http) {
    }

    private static Service start(Path dir) throws Exception {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        assertTrue(Files.exists(jar), "package the service first: " + jar);
        dev.shinsa.RulesCopy.deleteTree(dir);
        Files.createDirectories(dir.getParent());
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1",
                "-Dshinsa.decision-log.dir=" + dir, "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(dir.getParent().resolve(dir.getFileName() + "-service.out").toFile()).start();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        waitUntilReady(http, port, p);
        return new Service(p, port, http);
    }

    /** {@code n} screenings of the valid examples, in turn, sent at once. */
    private static List<CompletableFuture<HttpResponse<String>>> burst(Service service, int n) throws IOException {
        List<byte[]> bodies = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("rules/examples"))) {
            for (Path f : s.filter(f -> f.toString().endsWith(".json") && !f.toString().contains("invalid")).sorted().toList()) {
                bodies.add(Files.readAllBytes(f));
            }
        }
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/api/v1/screenings"))
                    .header("Content-Type", "application/json").header("X-API-Key", "shinsa-demo-screener-key")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(i % bodies.size()))).build();
            answers.add(service.http().sendAsync(req, HttpResponse.BodyHandlers.ofString()));
        }
        return answers;
    }

    /** The decision ids of the answers, each a 200 that says its decision was logged. */
    private static Set<String> answeredAndLogged(List<CompletableFuture<HttpResponse<String>>> answers) throws IOException {
        Set<String> answered = new HashSet<>();
        for (CompletableFuture<HttpResponse<String>> a : answers) {
            HttpResponse<String> r = a.join();
            assertEquals(200, r.statusCode(), r.body());
            JsonNode d = JSON.readTree(r.body());
            assertTrue(d.at("/decisionLog/logged").asBoolean(), "the answer says it was not logged: " + r.body());
            answered.add(d.get("decisionId").asText());
        }
        return answered;
    }

    private static void assertAllLogged(Set<String> answered, Path dir) throws IOException {
        Set<String> logged = new HashSet<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    logged.add(JSON.readTree(line).get("decisionId").asText()); // every line whole JSON
                }
            }
        }
        Set<String> lost = new HashSet<>(answered);
        lost.removeAll(logged);
        assertEquals(Set.of(), lost, lost.size() + " of " + answered.size() + " answered decisions are not in the log");
    }

    private static void waitUntilReady(HttpClient http, int port, Process p) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(p.isAlive(), "the service exited; see its output in target/crash-it/");
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/rules")).header("X-API-Key", "shinsa-demo-screener-key").build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the service did not answer within 60 s; see its output in target/crash-it/");
    }
}
