package dev.shinsa.engine;

import dev.shinsa.refdata.DataProblem;
import java.util.List;
import java.util.stream.Collectors;

/** The rules folder could not be turned into a rule set; every problem found is listed. */
public final class RuleSetException extends RuntimeException {
    private final List<DataProblem> problems;

    public RuleSetException(List<DataProblem> found) {
        this(List.copyOf(new java.util.LinkedHashSet<>(found)), true);
    }

    private RuleSetException(List<DataProblem> problems, boolean distinct) {
        super(problems.size() + " problem(s) in the rules folder:\n  "
                + problems.stream().map(DataProblem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<DataProblem> problems() {
        return problems;
    }
}
