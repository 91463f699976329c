package dev.shinsa.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ways {@link BodyFuzzer} changes a body; each returns a short description of what it did. */
final class Mutations {
    private static final Pattern KEY = Pattern.compile("\"([A-Za-z]+)\":");

    private final Random rnd;
    private final NastyValues nasty;
    private byte[] lastBytes;

    Mutations(Random rnd, NastyValues nasty) {
        this.rnd = rnd;
        this.nasty = nasty;
    }

    private record Slot(JsonNode container, String field, int index) {
    }

    /** {@code n} changes at random places of the tree: drop, retype, add a field, grow an array. */
    String tree(JsonNode root, int n) {
        List<String> done = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Slot> slots = new ArrayList<>();
            collect(root, slots);
            if (slots.isEmpty()) {
                break;
            }
            Slot s = slots.get(rnd.nextInt(slots.size()));
            String where = s.field != null ? s.field : "[" + s.index + "]";
            int op = rnd.nextInt(5);
            if (s.container instanceof ObjectNode o) {
                switch (op) {
                    case 0 -> {
                        o.remove(s.field);
                        done.add("drop " + where);
                    }
                    case 1 -> {
                        String f = nasty.pick(NastyValues.FIELDS);
                        o.set(f, nasty.any());
                        done.add("set " + f + " beside " + where);
                    }
                    case 2 -> {
                        o.set("x" + where, nasty.any());
                        done.add("unknown field x" + where);
                    }
                    default -> {
                        JsonNode v = nasty.any();
                        o.set(s.field, v);
                        done.add(where + " = " + Bytes.clip(v.toString(), 80));
                    }
                }
            } else if (s.container instanceof ArrayNode a) {
                switch (op) {
                    case 0 -> {
                        a.remove(s.index);
                        done.add("drop " + where);
                    }
                    case 1 -> {
                        a.add(a.get(s.index).deepCopy());
                        done.add("duplicate " + where);
                    }
                    default -> {
                        JsonNode v = nasty.any();
                        a.set(s.index, v);
                        done.add(where + " = " + Bytes.clip(v.toString(), 80));
                    }
                }
            }
        }
        return String.join(", ", done);
    }

    private void collect(JsonNode node, List<Slot> out) {
        if (node instanceof ObjectNode o) {
            o.fieldNames().forEachRemaining(f -> out.add(new Slot(o, f, -1)));
            o.elements().forEachRemaining(c -> collect(c, out));
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(new Slot(a, null, i));
                collect(a.get(i), out);
            }
        }
    }

    /** Repeats one {@code "key": value} of the text before an existing key (Jackson would refuse to build such a tree). */
    String duplicateKey(String text) {
        Matcher m = KEY.matcher(text);
        List<Integer> starts = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start());
            keys.add(m.group(1));
        }
        if (starts.isEmpty()) {
            return text + text;
        }
        int i = rnd.nextInt(starts.size());
        String value = rnd.nextBoolean() ? "null" : nasty.any().toString();
        return text.substring(0, starts.get(i)) + "\"" + keys.get(i) + "\": " + value + ", " + text.substring(starts.get(i));
    }

    /** Byte-level damage; the result is in {@link #lastBytes()}. */
    String bytes(byte[] in) {
        lastBytes = in;
        return switch (rnd.nextInt(7)) {
            case 0 -> {
                int at = rnd.nextInt(in.length + 1);
                lastBytes = java.util.Arrays.copyOf(in, at);
                yield "truncated at " + at;
            }
            case 1, 2 -> {
                byte[] bad = nasty.pick(Bytes.INVALID_UTF8);
                int at = Bytes.insideAString(in, rnd);
                lastBytes = Bytes.insert(in, at, bad);
                yield "invalid UTF-8 " + Bytes.hex(bad) + " at " + at;
            }
            case 3 -> {
                byte[] out = in.clone();
                int n = 1 + rnd.nextInt(8);
                for (int k = 0; k < n && out.length > 0; k++) {
                    out[rnd.nextInt(out.length)] = (byte) rnd.nextInt(256);
                }
                lastBytes = out;
                yield n + " random bytes changed";
            }
            case 4 -> {
                byte[] bom = nasty.pick(Bytes.BOMS);
                lastBytes = Bytes.insert(in, 0, bom);
                yield "BOM " + Bytes.hex(bom);
            }
            case 5 -> {
                String charset = nasty.pick(List.of("UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE", "ISO-8859-1", "Shift_JIS"));
                lastBytes = new String(in, java.nio.charset.StandardCharsets.UTF_8).getBytes(java.nio.charset.Charset.forName(charset));
                yield "re-encoded as " + charset;
            }
            default -> {
                int at = rnd.nextInt(in.length + 1);
                lastBytes = Bytes.insert(in, at, new byte[] {0});
                yield "NUL byte at " + at;
            }
        };
    }

    byte[] lastBytes() {
        return lastBytes;
    }

    /** Goes to a limit (shareholder depth and count, aliases, sectors, string lengths) or just past it. */
    String limits(JsonNode tx) {
        if (!(tx instanceof ObjectNode t)) {
            return "none (not an object)";
        }
        ObjectNode investor = t.with("investor");
        switch (rnd.nextInt(6)) {
            case 0 -> {
                int depth = nasty.pick(List.of(9, 10, 11, 12, 20, 30, 31, 32, 40));
                investor.put("kind", "JAPANESE_ENTITY");
                ObjectNode level = investor;
                for (int i = 0; i < depth; i++) {
                    ObjectNode child = shareholder(i);
                    level.putArray("shareholders").add(child);
                    level = child;
                }
                return "shareholders nested " + depth + " deep";
            }
            case 1 -> {
                int perLevel = nasty.pick(List.of(100, 200, 201));
                int parents = nasty.pick(List.of(1, 4, 5, 6));
                investor.put("kind", "JAPANESE_ENTITY");
                ArrayNode top = investor.putArray("shareholders");
                for (int p = 0; p < parents; p++) {
                    ObjectNode parent = shareholder(p).put("votingRightsPercent", 0);
                    ArrayNode kids = parent.putArray("shareholders");
                    for (int i = 0; i < perLevel; i++) {
                        kids.add(shareholder(i).put("votingRightsPercent", new BigDecimal("0.1")));
                    }
                    top.add(parent);
                }
                return parents + " shareholders with " + perLevel + " shareholders each";
            }
            case 2 -> {
                int count = nasty.pick(List.of(50, 51, 500));
                ArrayNode aliases = investor.putArray("aliases");
                for (int i = 0; i < count; i++) {
                    aliases.add("alias " + i);
                }
                return count + " aliases";
            }
            case 3 -> {
                int count = nasty.pick(List.of(35, 50, 51, 100));
                ArrayNode sectors = t.with("target").putArray("sectors");
                for (int i = 0; i < count; i++) {
                    sectors.add(i < 35 ? nasty.pick(List.of("ELECTRICITY", "SEMICONDUCTORS", "GAS", "SOFTWARE")) + (i < 4 ? "" : "_" + i) : "S" + i);
                }
                return count + " sectors";
            }
            default -> {
                int length = nasty.pick(List.of(100, 101, 500, 501, 100_000));
                String field = nasty.pick(List.of("transactionId", "investor.name", "target.name", "investor.aliases"));
                String value = nasty.longString(length);
                switch (field) {
                    case "transactionId" -> t.put("transactionId", value);
                    case "investor.name" -> investor.put("name", value);
                    case "target.name" -> t.with("target").put("name", value);
                    default -> investor.putArray("aliases").add(value);
                }
                return field + " of " + length + " characters";
            }
        }
    }

    private ObjectNode shareholder(int i) {
        ObjectNode s = NastyValues.F.objectNode();
        s.put("name", "Holder " + i);
        s.put("kind", nasty.pick(List.of("JAPANESE_ENTITY", "FOREIGN_ENTITY", "PARTNERSHIP")));
        s.put("country", nasty.pick(List.of("JP", "US", "CN")));
        s.put("votingRightsPercent", new BigDecimal(rnd.nextInt(101)));
        return s;
    }
}
