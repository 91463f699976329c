package dev.shinsa.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shinsa.audit.DecisionLogWriter;
import dev.shinsa.domain.Decision;
import dev.shinsa.domain.Reason;
import dev.shinsa.engine.RuleSet;
import dev.shinsa.screening.InvalidTransactionException;
import dev.shinsa.screening.ScreeningService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Re-screens transactions under two rule sets (the baseline, usually the one in force, and a
 * candidate) and reports what a rule change would change: the outcome and the reason codes of
 * each transaction, and a summary. This is how a change to {@code rules/} is reviewed before it
 * ships. Transactions come from decision logs (the logged input, with the logged {@code asOf}
 * when the input gave none, so that a replay judges the same date) or from JSON files.
 */
public final class Replay {

    /** One transaction to re-screen: where it comes from (file:line or file) and the request body. */
    public record Input(String ref, JsonNode transaction) {
    }

    /** What one rule set answered: the outcome and the reason codes, or why the transaction is invalid under it. */
    public record Answer(String outcome, List<String> reasons, String error) {
        static Answer of(Decision d) {
            return new Answer(d.outcome().name(), d.reasons().stream().map(Reason::code).sorted().toList(), null);
        }
    }

    /** A transaction whose answer differs between the rule sets. */
    public record Change(String ref, String transactionId, String asOf, Answer baseline, Answer candidate,
                         boolean outcomeChanged, List<String> reasonsAdded, List<String> reasonsRemoved) {
    }

    public record Summary(int screened, int unchanged, int changed, int outcomeChanged, int reasonsOnlyChanged,
                          int invalidUnderBoth, Map<String, Integer> outcomeTransitions) {
    }

    public record Report(String baselineVersion, String baselineRevision, String candidateVersion, String candidateRevision,
                         Summary summary, List<Change> changes) {
    }

    private Replay() {
    }

    public static Report run(List<Input> inputs, RuleSet baseline, RuleSet candidate, Clock clock) {
        return run(inputs.stream(), baseline, candidate, clock);
    }

    /**
     * Re-screens the transactions as they come, keeping only the changes and the counts, so a decision
     * log of any size is replayed in bounded memory (beyond the changes themselves). A source that
     * turns out unreadable part-way stops the run with its error ({@link #stream(Path)}).
     */
    public static Report run(Stream<Input> inputs, RuleSet baseline, RuleSet candidate, Clock clock) {
        ScreeningService service = new ScreeningService(clock);
        List<Change> changes = new ArrayList<>();
        Map<String, Integer> transitions = new TreeMap<>();
        int outcomeChanged = 0;
        int invalidUnderBoth = 0;
        int screened = 0;
        for (Input in : (Iterable<Input>) inputs::iterator) {
            screened++;
            Answer before = answer(service, in.transaction(), baseline);
            Answer after = answer(service, in.transaction(), candidate);
            if (before.error() != null && after.error() != null) {
                invalidUnderBoth++;
                continue;
            }
            if (before.equals(after)) {
                continue;
            }
            boolean outcome = !java.util.Objects.equals(before.outcome(), after.outcome());
            if (outcome) {
                outcomeChanged++;
                transitions.merge(label(before) + " -> " + label(after), 1, Integer::sum);
            }
            TreeSet<String> added = new TreeSet<>(after.reasons());
            added.removeAll(before.reasons());
            TreeSet<String> removed = new TreeSet<>(before.reasons());
            removed.removeAll(after.reasons());
            changes.add(new Change(in.ref(), text(in.transaction(), "transactionId"), text(in.transaction(), "asOf"),
                    before, after, outcome, List.copyOf(added), List.copyOf(removed)));
        }
        Summary summary = new Summary(screened, screened - changes.size() - invalidUnderBoth, changes.size(),
                outcomeChanged, changes.size() - outcomeChanged, invalidUnderBoth, transitions);
        return new Report(baseline.version(), baseline.revision(), candidate.version(), candidate.revision(), summary,
                List.copyOf(changes));
    }

    private static String label(Answer a) {
        return a.error() != null ? "INVALID" : a.outcome();
    }

    private static String text(JsonNode tx, String field) {
        JsonNode v = tx.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Answer answer(ScreeningService service, JsonNode tx, RuleSet ruleSet) {
        try {
            return Answer.of(service.screen(tx, ruleSet));
        } catch (InvalidTransactionException e) {
            return new Answer(null, List.of(), e.getMessage() + " " + e.errors());
        }
    }

    /**
     * Reads transactions from a decision log file ({@code .jsonl}), a JSON file (one transaction, or
     * {@code {"transactions": [...]}}), or a folder holding such files (not its subfolders), all at once.
     * For logs, prefer {@link #stream(Path)}.
     */
    public static List<Input> read(Path source) {
        try (Stream<Input> s = stream(source)) {
            return s.toList();
        }
    }

    /**
     * The transactions of a source as a lazy stream: a decision log is read one line at a time, so
     * its size does not matter; folders file by file, in name order. Close the stream. A line that is
     * not a decision-log line, or a file that cannot be read, fails the stream where it is reached,
     * with an {@link IllegalArgumentException} or {@link UncheckedIOException} naming file and line.
     */
    public static Stream<Input> stream(Path source) {
        try {
            if (Files.isDirectory(source)) {
                List<Path> files;
                try (Stream<Path> s = Files.list(source)) {
                    files = s.filter(Files::isRegularFile).filter(f -> {
                        String n = f.getFileName().toString();
                        return n.endsWith(".jsonl") || n.endsWith(".json");
                    }).sorted().toList();
                }
                return files.stream().flatMap(Replay::stream);
            }
            if (source.getFileName().toString().endsWith(".jsonl")) {
                java.io.BufferedReader reader = Files.newBufferedReader(source);
                int[] line = {0};
                return reader.lines()
                        .map(l -> {
                            line[0]++;
                            return l.isBlank() ? null : fromLogLine(source + ":" + line[0], l);
                        })
                        .filter(java.util.Objects::nonNull)
                        .onClose(() -> {
                            try {
                                reader.close();
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
            }
            JsonNode root = ScreeningService.parse(Files.readAllBytes(source));
            JsonNode items = root.get("transactions");
            if (items != null && items.isArray()) {
                List<Input> out = new ArrayList<>(items.size());
                for (int i = 0; i < items.size(); i++) {
                    out.add(new Input(source + "#" + i, items.get(i)));
                }
                return out.stream();
            }
            return Stream.of(new Input(source.toString(), root));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        } catch (InvalidTransactionException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    /** A decision-log line: its input, dated as the logged decision was when the input named no date. */
    static Input fromLogLine(String ref, String line) {
        JsonNode record;
        try {
            record = ScreeningService.parse(line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (InvalidTransactionException e) {
            throw new IllegalArgumentException(ref + " is not a decision-log line: " + e.getMessage(), e);
        }
        JsonNode input = record.get("input");
        if (input == null || !input.isObject()) {
            throw new IllegalArgumentException(ref + " has no logged input (not a decision log written by "
                    + DecisionLogWriter.class.getSimpleName() + "?)");
        }
        ObjectNode tx = input.deepCopy();
        if (!tx.hasNonNull("asOf") && record.hasNonNull("asOf")) {
            tx.put("asOf", record.get("asOf").asText());
        }
        return new Input(ref, tx);
    }
}
