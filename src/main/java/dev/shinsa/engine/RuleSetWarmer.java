package dev.shinsa.engine;

import dev.shinsa.refdata.DataProblem;
import dev.shinsa.screening.InvalidTransactionException;
import dev.shinsa.screening.ScreeningService;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Before a reloaded rule set is swapped in, screens the shipped examples ({@code rules/examples/*.json})
 * with it a number of times: the first answers after a swap are then not slowed by Drools compiling
 * its conditions lazily, and a rule that fails at run time (rather than at compile time) stops the
 * reload instead of reaching callers.
 */
@ApplicationScoped
public class RuleSetWarmer implements Consumer<RuleSet> {
    @ConfigProperty(name = "shinsa.reload.warm-up-rounds", defaultValue = "50")
    int rounds;

    @Override
    public void accept(RuleSet ruleSet) {
        List<DataProblem> problems = screenExamples(ruleSet, rounds);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
    }

    /** Screens the examples {@code rounds} times, stopping at the first that fails; returns that failure. */
    static List<DataProblem> screenExamples(RuleSet ruleSet, int rounds) {
        ScreeningService service = new ScreeningService(Clock.systemUTC());
        List<DataProblem> problems = new ArrayList<>();
        List<com.fasterxml.jackson.databind.JsonNode> bodies = new ArrayList<>();
        for (Path p : RuleEngine.examples(ruleSet.rulesDir())) {
            try {
                bodies.add(ScreeningService.parse(Files.readAllBytes(p)));
            } catch (IOException | InvalidTransactionException e) {
                // an example that is not JSON is no use for warming; the examples test reports it
            }
        }
        for (int round = 0; round < rounds && problems.isEmpty(); round++) {
            for (var body : bodies) {
                try {
                    service.screen(body, ruleSet);
                } catch (InvalidTransactionException e) {
                    // invalid examples (there is one on purpose) answer 400 under any rule set
                } catch (RuntimeException e) {
                    problems.add(new DataProblem("rules/examples", 0, "screening an example with the new rules failed: "
                            + String.valueOf(e.getMessage()).replaceAll("\\s+", " ")));
                    break;
                }
            }
        }
        return problems;
    }
}
