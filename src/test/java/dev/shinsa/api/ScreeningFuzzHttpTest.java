package dev.shinsa.api;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shinsa.fuzz.BodyFuzzer;
import dev.shinsa.fuzz.FuzzRun;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the HTTP API: thousands of mutated bodies (see {@link BodyFuzzer}), sometimes with a
 * wrong content type, a wrong Accept, past the body limit or sent chunked, to the single and batch
 * endpoints. Every answer must be a 2xx or a 4xx, never a 5xx, and every 4xx must be the contract's
 * error shape {@code {code, message, errors: [{field, message}]}}. Seed and size: see {@link FuzzRun}.
 */
@QuarkusTest
class ScreeningFuzzHttpTest {
    private static final FuzzRun RUN = FuzzRun.fromSystemProperties();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> CONTENT_TYPES = Arrays.asList(null, "text/plain", "application/xml",
            "application/json; charset=UTF-16", "application/json; charset=nonsense", "multipart/form-data; boundary=x",
            "application/x-www-form-urlencoded", "application/json;;", "application/merge-patch+json", "*/*", "JSON",
            "application/json; charset=", "application/", "/", "application/json; =x", "application/json; charset=\"open",
            "application/json; charset=ISO-8859-1", "APPLICATION/JSON", "application/json, text/plain", "");
    private static final List<String> ACCEPTS = List.of("text/html", "application/xml", "*/*", "application/*", "application/json;q=0",
            "application/json;q=abc", "", "nonsense", "*/*;q=0", "application/json, */*;q=0.1", "text/*");
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @TestHTTPResource("/api/v1/screenings")
    URI single;

    @TestHTTPResource("/api/v1/screenings/batch")
    URI batch;

    @Test
    void everyMutatedTransactionIsAnsweredWithA2xxOrA4xxInTheErrorShape() {
        String name = "ScreeningFuzzHttpTest#everyMutatedTransactionIsAnsweredWithA2xxOrA4xxInTheErrorShape";
        Random rnd = RUN.random(name);
        BodyFuzzer fuzzer = new BodyFuzzer(rnd);
        Map<String, Integer> seen = run(name, single, RUN.tries(2000), rnd, fuzzer::next);
        assertTrue(seen.containsKey("200") && seen.containsKey("400"), seen.toString());
    }

    @Test
    void everyMutatedBatchIsAnsweredWithA2xxOrA4xxInTheErrorShape() {
        String name = "ScreeningFuzzHttpTest#everyMutatedBatchIsAnsweredWithA2xxOrA4xxInTheErrorShape";
        Random rnd = RUN.random(name);
        BodyFuzzer fuzzer = new BodyFuzzer(rnd);
        Map<String, Integer> seen = run(name, batch, RUN.tries(300), rnd, fuzzer::nextBatch);
        assertTrue(seen.containsKey("200"), seen.toString());
    }

    private Map<String, Integer> run(String name, URI uri, int tries, Random rnd, Supplier<BodyFuzzer.Input> inputs) {
        System.out.println("fuzz " + RUN.describe(name) + ", " + tries + " requests");
        Map<String, Integer> seen = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < tries; i++) {
            BodyFuzzer.Input input = inputs.get();
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
            String how = input.how();
            int choice = rnd.nextInt(100);
            String type = choice < 8 ? CONTENT_TYPES.get(rnd.nextInt(CONTENT_TYPES.size())) : "application/json";
            if (type != null) {
                request.header("Content-Type", type);
            }
            if (choice >= 8 && choice < 10) {
                String accept = ACCEPTS.get(rnd.nextInt(ACCEPTS.size()));
                request.header("Accept", accept);
                how += "; Accept " + accept;
            }
            byte[] body = input.body();
            if (choice == 10) {
                // Past 1 MiB; a body that is already longer (a long-string mutation) stays as it is.
                body = Arrays.copyOf(body, Math.max(body.length, 1024 * 1024 + 1 + rnd.nextInt(1024)));
                Arrays.fill(body, input.body().length, body.length, (byte) ' ');
                how += "; padded past 1 MiB";
            }
            if (choice == 11 || choice == 10 && rnd.nextBoolean()) {
                byte[] chunked = body;
                request.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(chunked)));
                how += "; sent chunked";
            } else {
                request.POST(HttpRequest.BodyPublishers.ofByteArray(body));
            }
            String problem;
            int status;
            try {
                HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                status = response.statusCode();
                problem = ErrorShape.problem(status, response.body(), uri.equals(batch));
            } catch (IOException e) {
                status = -1;
                problem = "no answer: " + e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            seen.merge(String.valueOf(status), 1, Integer::sum);
            if (problem != null) {
                failures.add("request " + i + " (Content-Type " + type + "): " + problem + "\n  "
                        + new BodyFuzzer.Input(how, input.body()).show());
            }
        }
        System.out.printf("fuzz %s: %d requests in %d ms, statuses %s%n", name, tries, (System.nanoTime() - start) / 1_000_000, seen);
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + tries + " requests broke the contract in " + RUN.describe(name) + "\n"
                    + String.join("\n\n", failures.subList(0, Math.min(5, failures.size()))));
        }
        return seen;
    }

    /** What the contract says about an answer, as one check. */
    static final class ErrorShape {
        private static final Set<String> ERROR_KEYS = Set.of("code", "message", "errors");
        private static final Set<String> FIELD_ERROR_KEYS = Set.of("field", "message");

        /** Null if the answer keeps the contract, else what is wrong with it. */
        static String problem(int status, byte[] body, boolean batch) {
            if (status >= 500 || status < 200 || status >= 300 && status < 400) {
                return "status " + status + ": " + new String(body, java.nio.charset.StandardCharsets.UTF_8);
            }
            JsonNode json;
            try {
                json = JSON.readTree(body);
            } catch (IOException e) {
                return "status " + status + " with a body that is not JSON: " + e.getMessage();
            }
            if (status >= 400) {
                return error(json, "");
            }
            if (!batch) {
                return json != null && json.path("outcome").isTextual() ? null : "200 without an outcome: " + json;
            }
            JsonNode decisions = json == null ? null : json.get("decisions");
            if (decisions == null || !decisions.isArray()) {
                return "batch 200 without decisions: " + json;
            }
            for (int i = 0; i < decisions.size(); i++) {
                JsonNode d = decisions.get(i);
                String p = d.path("outcome").isTextual() ? null
                        : d.path("index").asInt(-1) != i ? "decisions[" + i + "] has index " + d.get("index") : error(d.get("error"), "decisions[" + i + "].error");
                if (p != null) {
                    return p;
                }
            }
            return null;
        }

        static String error(JsonNode e, String where) {
            if (e == null || !e.isObject()) {
                return where + " is not an error object: " + e;
            }
            Iterator<String> keys = e.fieldNames();
            while (keys.hasNext()) {
                String k = keys.next();
                if (!ERROR_KEYS.contains(k)) {
                    return where + " has a field '" + k + "' outside {code, message, errors}: " + e;
                }
            }
            if (!e.path("code").isTextual() || e.get("code").asText().isBlank() || !e.path("message").isTextual()
                    || !e.path("errors").isArray()) {
                return where + " lacks a code, message or errors array: " + e;
            }
            for (JsonNode f : e.get("errors")) {
                if (!f.isObject() || !f.path("field").isTextual() || !f.path("message").isTextual()
                        || !FIELD_ERROR_KEYS.containsAll(iterable(f.fieldNames()))) {
                    return where + " has a malformed field error " + f;
                }
            }
            return null;
        }

        private static List<String> iterable(Iterator<String> it) {
            List<String> out = new ArrayList<>();
            it.forEachRemaining(out::add);
            return out;
        }
    }
}
