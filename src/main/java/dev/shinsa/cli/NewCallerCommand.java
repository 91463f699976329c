package dev.shinsa.cli;

import dev.shinsa.security.Callers;
import dev.shinsa.security.Roles;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code new-caller}: makes a random key for a new caller and prints it once, with the entry for the callers file. */
@Command(name = "new-caller", mixinStandardHelpOptions = true,
        description = "Generate a key for a new caller: prints the key (give it to the caller, it is shown only here) "
                + "and the entry to add to the callers file (which holds only the key's SHA-256).")
public class NewCallerCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--name", required = true, description = "the caller's name, logged with each of its decisions")
    String name;

    @Option(names = "--role", required = true, split = ",", description = "screener and/or rule-admin")
    List<String> roles;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Callers.ROLES.containsAll(roles)) {
            out.println("roles must be some of " + List.of(Roles.SCREENER, Roles.RULE_ADMIN) + ", not " + roles);
            return 2;
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String key = "shk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        out.println("Key for " + name + " (give it to the caller; it is not stored anywhere):");
        out.println();
        out.println("  " + key);
        out.println();
        out.println("Add to the callers file (shinsa.auth.callers-file), under 'callers:':");
        out.println();
        out.println("  - name: " + name);
        out.println("    roles: [" + String.join(", ", roles) + "]");
        out.println("    keySha256: " + Callers.sha256(key));
        return 0;
    }
}
