package dev.shinsa.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shinsa.domain.Decision;
import dev.shinsa.domain.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decisions that cannot be written are named in the service's own log, one line per append (a batch in one
 * line), and a full disk does not flood it: at most {@value DecisionLog#UNLOGGED_LINES_PER_SECOND} lines a
 * second, the next line saying how many decisions it left out.
 */
class DecisionLogUnloggedTest {
    @TempDir
    Path dir;

    private static Decision decision(String id) {
        return new Decision(id, "TX-" + id, LocalDate.of(2026, 3, 1), Outcome.NO_FILING_REQUIRED, false, Boolean.TRUE,
                new Decision.ExemptionStatus(false, false), new Decision.ReportStatus(false, null), null, List.of(), List.of(),
                List.of(), new Decision.RuleSetRef("0.0.0", "sha256:x"), Instant.parse("2026-03-01T00:00:00Z"), null);
    }

    @Test
    void aBatchIsOneLineAndABurstIsCutDownToTheLinesASecondWithACount() throws Exception {
        Path blocker = dir.resolve("decisions");
        Files.writeString(blocker, "a file where the log folder should be");
        DecisionLog log = new DecisionLog(true, blocker.toString(), 1 << 20, false, Optional.empty());
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()
                        && r instanceof org.jboss.logmanager.ExtLogRecord x && x.getFormattedMessage().contains("not in the decision log")) {
                    lines.add(x.getFormattedMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger jul = Logger.getLogger(DecisionLog.class.getName());
        jul.addHandler(handler);
        try {
            List<DecisionLogWriter.Entry> batch = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                batch.add(new DecisionLogWriter.Entry(decision("b" + i), null, "test"));
            }
            List<Decision> answered = log.recordAll(batch);
            assertTrue(answered.stream().allMatch(d -> !d.decisionLog().logged()), "answers say logged");
            assertEquals(1, lines.size(), "one line for the batch: " + lines);
            assertTrue(lines.get(0).contains("the 3 decisions of a batch (b0 ... b2)"), lines.get(0));

            lines.clear();
            int burst = 100;
            for (int i = 0; i < burst; i++) {
                log.recordAll(List.of(new DecisionLogWriter.Entry(decision("s" + i), null, "test")));
            }
            Thread.sleep(1100);
            log.recordAll(List.of(new DecisionLogWriter.Entry(decision("last"), null, "test")));
            assertTrue(lines.size() < burst, "every decision of the burst got its own line: " + lines.size());
            assertFalse(lines.isEmpty());
            assertTrue(lines.stream().anyMatch(l -> l.contains("more decisions, not named")), "no line counts those left out");
            assertTrue(lines.get(lines.size() - 1).startsWith("decision last (transaction TX-last"), lines.get(lines.size() - 1));
        } finally {
            jul.removeHandler(handler);
        }
    }
}
