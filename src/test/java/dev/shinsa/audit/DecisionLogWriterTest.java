package dev.shinsa.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shinsa.domain.Decision;
import dev.shinsa.domain.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionLogWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    static Decision decision(String id, Instant at) {
        return new Decision(id, "TX-" + id, LocalDate.parse("2026-03-01"), Outcome.NO_FILING_REQUIRED, false, true,
                new Decision.ExemptionStatus(false, false), new Decision.ReportStatus(false, null), null, List.of(), List.of(),
                List.of(), new Decision.RuleSetRef("1.0.0", "sha256:abc"), at, null);
    }

    static JsonNode input() throws IOException {
        return JSON.readTree("""
                {"asOf":"2026-03-01","investor":{"name":"Harbor Ridge","aliases":["HR"],"kind":"FOREIGN_ENTITY",
                 "shareholders":[{"name":"Parent Co","kind":"FOREIGN_ENTITY"}]},"target":{"name":"Kanto Grid"}}""");
    }

    private List<String> lines(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }

    @Test
    void everyDecisionIsOneLineWithItsInputOutcomeAndRuleSet() throws IOException {
        DecisionLogWriter w = new DecisionLogWriter(tmp, 1 << 20, false, Set.of());
        Instant at = Instant.parse("2026-11-23T10:00:00Z");
        assertNull(w.append(List.of(new DecisionLogWriter.Entry(decision("a", at), input(), "alice"),
                new DecisionLogWriter.Entry(decision("b", at), input(), null))));
        w.close();
        List<String> lines = lines(tmp);
        assertEquals(2, lines.size());
        JsonNode first = JSON.readTree(lines.get(0));
        assertEquals("a", first.get("decisionId").asText());
        assertEquals("alice", first.get("caller").asText());
        assertEquals("sha256:abc", first.at("/ruleSet/revision").asText());
        assertEquals("NO_FILING_REQUIRED", first.get("outcome").asText());
        assertEquals("2026-03-01", first.get("asOf").asText());
        assertEquals("Harbor Ridge", first.at("/input/investor/name").asText());
        assertFalse(JSON.readTree(lines.get(1)).has("caller"));
        assertTrue(Files.exists(tmp.resolve("decisions-2026-11-23-000.jsonl")));
    }

    @Test
    void masksPathsAndFieldNamesWithADigest() throws IOException {
        DecisionLogWriter w = new DecisionLogWriter(tmp, 1 << 20, false, Set.of("investor.name", "aliases"));
        assertNull(w.append(List.of(new DecisionLogWriter.Entry(decision("a", Instant.now()), input(), null))));
        w.close();
        JsonNode in = JSON.readTree(lines(tmp).get(0)).get("input");
        assertTrue(in.at("/investor/name").asText().startsWith("masked:sha256:"), in.toString());
        assertTrue(in.at("/investor/aliases").asText().startsWith("masked:sha256:"), in.toString());
        assertEquals("Parent Co", in.at("/investor/shareholders/0/name").asText(), "only the investor's own name is masked");
        assertEquals("Kanto Grid", in.at("/target/name").asText());
        assertEquals(DecisionLogWriter.digest("\"Harbor Ridge\""), in.at("/investor/name").asText().substring("masked:".length()));
    }

    @Test
    void rollsToANewFileBySizeAndByDay() throws IOException {
        DecisionLogWriter w = new DecisionLogWriter(tmp, 1500, false, Set.of());
        Instant day1 = Instant.parse("2026-11-23T23:59:00Z");
        for (int i = 0; i < 4; i++) {
            assertNull(w.append(List.of(new DecisionLogWriter.Entry(decision("d" + i, day1), input(), null))));
        }
        assertNull(w.append(List.of(new DecisionLogWriter.Entry(decision("next-day", Instant.parse("2026-11-24T00:00:01Z")), input(), null))));
        w.close();
        try (Stream<Path> s = Files.list(tmp)) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertTrue(names.size() >= 3, names.toString());
            assertTrue(names.contains("decisions-2026-11-23-001.jsonl"), names.toString());
            assertEquals("decisions-2026-11-24-000.jsonl", names.get(names.size() - 1));
            for (String n : names) {
                assertTrue(Files.size(tmp.resolve(n)) <= 1500, n + " is larger than the limit");
            }
        }
        assertEquals(5, lines(tmp).size());
        // A restart continues the newest file of the day rather than starting over at 000.
        DecisionLogWriter again = new DecisionLogWriter(tmp, 1500, false, Set.of());
        assertNull(again.append(List.of(new DecisionLogWriter.Entry(decision("after-restart", day1), input(), null))));
        assertTrue(again.currentFile().getFileName().toString().compareTo("decisions-2026-11-23-001.jsonl") >= 0);
        again.close();
    }

    @Test
    void anUnwritableFolderIsReportedAndTheNextWriteRecovers() throws IOException {
        Path blocker = tmp.resolve("not-a-folder");
        Files.writeString(blocker, "a file where the log folder should be");
        DecisionLogWriter w = new DecisionLogWriter(blocker, 1 << 20, true, Set.of());
        String error = w.append(List.of(new DecisionLogWriter.Entry(decision("lost", Instant.now()), input(), null)));
        assertNotNull(error);
        assertTrue(error.contains("cannot write the decision log"), error);
        assertEquals(error, w.lastError());
        assertEquals(1, w.failures());
        assertEquals(0, w.written());
        Files.delete(blocker);
        assertNull(w.append(List.of(new DecisionLogWriter.Entry(decision("kept", Instant.now()), input(), null))));
        assertNull(w.lastError());
        assertEquals(1, w.written());
        w.close();
    }

    @Test
    void concurrentAppendsAreAllWrittenWholeAndInOrderPerCaller() throws Exception {
        DecisionLogWriter w = new DecisionLogWriter(tmp, 1 << 16, true, Set.of());
        int threads = 8;
        int each = 150;
        List<Thread> callers = new java.util.ArrayList<>();
        List<String> errors = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        Instant at = Instant.parse("2026-11-23T10:00:00Z");
        for (int t = 0; t < threads; t++) {
            int caller = t;
            callers.add(new Thread(() -> {
                try {
                    for (int i = 0; i < each; i++) {
                        String error = w.append(List.of(new DecisionLogWriter.Entry(decision(caller + "-" + i, at), input(), "c" + caller)));
                        if (error != null) {
                            errors.add(error);
                        }
                    }
                } catch (IOException e) {
                    errors.add(e.toString());
                }
            }));
        }
        callers.forEach(Thread::start);
        for (Thread t : callers) {
            t.join();
        }
        w.close();
        assertEquals(List.of(), errors);
        assertEquals(threads * each, w.written());
        assertEquals(0, w.pending());
        List<String> lines = lines(tmp);
        assertEquals(threads * each, lines.size());
        int[] next = new int[threads];
        for (String line : lines) {
            String[] id = JSON.readTree(line).get("decisionId").asText().split("-");
            int caller = Integer.parseInt(id[0]);
            // Each caller waited for its append before the next, so its lines come in its order, across files.
            assertEquals(next[caller]++, Integer.parseInt(id[1]), line);
        }
        try (Stream<Path> s = Files.list(tmp)) {
            for (Path f : s.toList()) {
                assertTrue(Files.size(f) <= 1 << 16, f + " is larger than the limit: appends written together still roll");
            }
        }
    }

    @Test
    void closeWritesWhatIsQueuedAndLaterAppendsAreRefused() throws Exception {
        DecisionLogWriter w = new DecisionLogWriter(tmp, 1 << 20, false, Set.of());
        List<java.util.concurrent.CompletableFuture<String>> queued = new java.util.ArrayList<>();
        Thread closer;
        // Holding the writer's lock keeps its thread from writing, so the appends are still queued when close() begins.
        synchronized (w) {
            for (int i = 0; i < 50; i++) {
                queued.add(w.appendAsync(List.of(new DecisionLogWriter.Entry(decision("q" + i, Instant.now()), input(), null))));
            }
            closer = new Thread(w::close);
            closer.start();
            while (closer.getState() != Thread.State.TIMED_WAITING && closer.isAlive()) {
                Thread.sleep(5); // close() is waiting for the writer thread
            }
            assertTrue(queued.stream().noneMatch(java.util.concurrent.CompletableFuture::isDone), "an append was answered unwritten");
            assertTrue(w.pending() >= 49, "pending: " + w.pending());
        }
        closer.join(10_000);
        assertFalse(closer.isAlive(), "close() did not return");
        for (var f : queued) {
            assertTrue(f.isDone(), "close() returned before an append queued earlier was written");
            assertNull(f.get());
        }
        assertEquals(0, w.pending());
        assertEquals(50, lines(tmp).size());
        String refused = w.append(List.of(new DecisionLogWriter.Entry(decision("late", Instant.now()), input(), null)));
        assertNotNull(refused);
        assertTrue(refused.contains("closed"), refused);
        assertEquals(50, lines(tmp).size());
        assertEquals(1, w.failures());
        w.close(); // a second close does nothing
    }

    @Test
    void appendsWrittenTogetherDoNotOverfillAFileOfTheNextDayThatIsReopened() throws Exception {
        long limit = 8_000;
        Instant day1 = Instant.parse("2026-11-23T23:59:59Z");
        Instant day2 = Instant.parse("2026-11-24T00:00:01Z");
        // The next day's file exists already (a restart, or appends that queued across midnight) and is nearly full.
        StringBuilder filler = new StringBuilder();
        while (filler.length() < limit - 300) {
            filler.append("{\"decisionId\":\"earlier\"}\n");
        }
        Files.writeString(tmp.resolve("decisions-2026-11-24-000.jsonl"), filler);
        DecisionLogWriter w = new DecisionLogWriter(tmp, limit, false, Set.of());
        List<java.util.concurrent.CompletableFuture<String>> queued = new java.util.ArrayList<>();
        synchronized (w) {
            queued.add(w.appendAsync(List.of(new DecisionLogWriter.Entry(decision("day1", day1), input(), null))));
            Thread.sleep(50); // the writer has taken that one and waits for the lock; the next queue behind it
            for (int i = 0; i < 5; i++) {
                queued.add(w.appendAsync(List.of(new DecisionLogWriter.Entry(decision("day2-" + i, day2), input(), null))));
            }
        }
        for (var f : queued) {
            assertNull(f.get());
        }
        w.close();
        try (Stream<Path> s = Files.list(tmp)) {
            for (Path f : s.toList()) {
                assertTrue(Files.size(f) <= limit, f.getFileName() + " has " + Files.size(f) + " bytes, more than the limit of " + limit);
            }
        }
        assertEquals(6, lines(tmp).stream().filter(l -> !l.contains("earlier")).count());
    }
}
