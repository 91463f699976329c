package dev.shinsa.refdata;

/** One problem found while loading the rules folder: the file (relative to the rules folder's parent), the line when known (0 otherwise) and what is wrong. */
public record DataProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
