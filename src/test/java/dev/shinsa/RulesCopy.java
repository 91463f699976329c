package dev.shinsa;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Test helper: a fresh copy of the shipped rules folder, and one-line edits of it. */
public final class RulesCopy {
    public static final Path RULES = Path.of("rules");

    private RulesCopy() {
    }

    /** Copies {@code rules/} to {@code dest}, replacing whatever was there. Returns the absolute copy. */
    public static Path of(Path dest) {
        Path to = dest.toAbsolutePath();
        try {
            deleteTree(to);
            try (Stream<Path> files = Files.walk(RULES)) {
                for (Path p : files.sorted().toList()) {
                    Path target = to.resolve(RULES.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a file or folder with everything under it; nothing when it does not exist. */
    public static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> old = Files.walk(root)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** In a copy's {@code parameters/thresholds.yaml}, replaces {@code parameter}'s value from {@code date}. */
    public static Path withParameter(Path copy, String parameter, String date, String from, String to) {
        Path file = copy.resolve("parameters/thresholds.yaml");
        try {
            String yaml = Files.readString(file);
            int block = yaml.indexOf("\n" + parameter + ":\n");
            assertTrue(block >= 0, parameter + " is not in thresholds.yaml");
            String line = "    " + date + ": " + from + "\n";
            int at = yaml.indexOf(line, block);
            int next = yaml.indexOf("\n\n", block + 1);
            assertTrue(at > block && (next < 0 || at < next), parameter + " has no value " + from + " from " + date);
            Files.writeString(file, yaml.substring(0, at) + "    " + date + ": " + to + "\n" + yaml.substring(at + line.length()));
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
