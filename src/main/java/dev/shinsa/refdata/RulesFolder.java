package dev.shinsa.refdata;

import java.nio.file.Path;

/** How files under the rules folder are named in messages and reason sources. */
public final class RulesFolder {
    private RulesFolder() {
    }

    /** {@code rules/fefta/listed-shares.drl}: the folder's own name, then the path inside it, with forward slashes. */
    public static String display(Path rulesDir, Path file) {
        Path base = rulesDir.toAbsolutePath().normalize();
        Path f = file.toAbsolutePath().normalize();
        String inside = base.relativize(f).toString().replace('\\', '/');
        String name = base.getFileName() == null ? "rules" : base.getFileName().toString();
        return inside.isEmpty() ? name : name + "/" + inside;
    }
}
