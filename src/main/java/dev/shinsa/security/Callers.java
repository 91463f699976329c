package dev.shinsa.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The callers file: who may call the service, with which roles, and the SHA-256 of each caller's
 * secret key (never the key itself). Keys are generated ({@code new-caller}), long and random, so a
 * plain SHA-256 is a safe and fast check; a human-chosen password does not belong here.
 *
 * <pre>
 * callers:
 *   - name: trading-desk
 *     roles: [screener]
 *     keySha256: 5e88...   # sha256 of the key, hex
 * </pre>
 */
public final class Callers {
    public static final Set<String> ROLES = Set.of(Roles.SCREENER, Roles.RULE_ADMIN);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    /** One caller: its name (the principal, logged with each decision) and roles. */
    public record Caller(String name, Set<String> roles, boolean demo) {
    }

    private final Map<String, Caller> byKeyHash;
    private final boolean demo;

    private Callers(Map<String, Caller> byKeyHash, boolean demo) {
        this.byKeyHash = Map.copyOf(byKeyHash);
        this.demo = demo;
    }

    /** The caller holding this key, or null. */
    public Caller byKey(String key) {
        return key == null || key.isEmpty() ? null : byKeyHash.get(sha256(key));
    }

    public int size() {
        return byKeyHash.size();
    }

    /** The file says {@code demo: true}: its keys are published and must be replaced before real use. */
    public boolean demo() {
        return demo;
    }

    public static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a callers file; every problem at once.
     *
     * @throws IllegalArgumentException naming the source and each problem
     */
    public static Callers read(InputStream in, String source) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
        List<String> problems = new ArrayList<>();
        Map<String, Caller> out = new HashMap<>();
        Set<String> names = new LinkedHashSet<>();
        boolean demo = root != null && root.path("demo").asBoolean(false);
        JsonNode list = root == null ? null : root.get("callers");
        if (list == null || !list.isArray() || list.isEmpty()) {
            problems.add("'callers' must list at least one caller");
        } else {
            for (int i = 0; i < list.size(); i++) {
                JsonNode c = list.get(i);
                String at = "callers[" + i + "]";
                String name = c.path("name").asText("");
                if (!NAME.matcher(name).matches()) {
                    problems.add(at + ".name must be 1-64 letters, digits or ._@- (got '" + name + "')");
                } else if (!names.add(name)) {
                    problems.add(at + ".name '" + name + "' is given twice");
                }
                Set<String> roles = new LinkedHashSet<>();
                c.path("roles").forEach(r -> roles.add(r.asText()));
                if (roles.isEmpty() || !ROLES.containsAll(roles)) {
                    problems.add(at + ".roles must be some of " + ROLES + " (got " + roles + ")");
                }
                String hash = c.path("keySha256").asText("").toLowerCase();
                if (!HEX.matcher(hash).matches()) {
                    problems.add(at + ".keySha256 must be the SHA-256 of the key as 64 hex digits (generate a caller with new-caller)");
                } else if (out.containsKey(hash)) {
                    problems.add(at + ".keySha256 is the same key as " + out.get(hash).name() + "'s");
                } else {
                    out.put(hash, new Caller(name, Set.copyOf(roles), demo));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(source + ": " + String.join("; ", problems));
        }
        return new Callers(out, demo);
    }
}
