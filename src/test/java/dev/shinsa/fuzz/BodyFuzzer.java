package dev.shinsa.fuzz;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Request bodies for the fuzz tests: the shipped {@code rules/examples/*.json} mutated in their
 * tree (fields dropped, retyped, set to nasty values, nested deep), in their text (duplicate keys)
 * and in their bytes (truncated, invalid UTF-8, BOMs, other encodings), plus bodies that go to
 * each limit and just past it, and plain random bytes. Deterministic for a given {@link Random}.
 */
public final class BodyFuzzer {
    /** One body and how it was made, for the failure message. */
    public record Input(String how, byte[] body) {
        public String show() {
            return how + "\n  body (" + body.length + " bytes): " + Bytes.show(body, 1500);
        }
    }

    static final ObjectMapper JSON = new ObjectMapper().setNodeFactory(NastyValues.F)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final ObjectMapper ESCAPED = JSON.copy().enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);

    private final Random rnd;
    private final NastyValues nasty;
    private final Mutations mutations;
    private final List<JsonNode> examples;

    public BodyFuzzer(Random rnd) {
        this.rnd = rnd;
        this.nasty = new NastyValues(rnd);
        this.mutations = new Mutations(rnd, nasty);
        this.examples = examples();
    }

    static List<JsonNode> examples() {
        try (Stream<Path> files = Files.list(Path.of("rules/examples"))) {
            List<JsonNode> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                out.add(JSON.readTree(p.toFile()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mutated single-transaction body. */
    public Input next() {
        int example = rnd.nextInt(examples.size());
        JsonNode tx = examples.get(example).deepCopy();
        String base = "example #" + example;
        return switch (rnd.nextInt(10)) {
            case 0, 1, 2 -> {
                String how = mutations.tree(tx, 1 + rnd.nextInt(4));
                yield new Input(base + ", tree: " + how, write(tx));
            }
            case 3 -> {
                String how = mutations.tree(tx, 1 + rnd.nextInt(2));
                byte[] body = write(tx);
                String bytes = mutations.bytes(body);
                yield new Input(base + ", tree: " + how + "; bytes: " + bytes, mutations.lastBytes());
            }
            case 4 -> {
                String text = new String(write(tx), StandardCharsets.UTF_8);
                yield new Input(base + ", duplicate key", mutations.duplicateKey(text).getBytes(StandardCharsets.UTF_8));
            }
            case 5 -> {
                String how = mutations.bytes(write(tx));
                yield new Input(base + ", bytes: " + how, mutations.lastBytes());
            }
            case 6, 7 -> {
                String how = mutations.limits(tx);
                yield new Input(base + ", limits: " + how, write(tx));
            }
            case 8 -> Specials.pick(rnd, nasty);
            default -> Specials.random(rnd, nasty);
        };
    }

    /** A body for {@code /api/v1/screenings/batch}: a list of (mostly mutated) transactions, or a broken envelope. */
    public Input nextBatch() {
        int choice = rnd.nextInt(10);
        ArrayNode items = NastyValues.F.arrayNode();
        int size = choice == 0 ? nasty.pick(List.of(0, 999, 1000, 1001, 1500)) : rnd.nextInt(6);
        StringBuilder how = new StringBuilder("batch of " + size);
        for (int i = 0; i < size; i++) {
            JsonNode tx = size > 50 ? NastyValues.F.objectNode() : examples.get(rnd.nextInt(examples.size())).deepCopy();
            if (size <= 50 && rnd.nextInt(3) > 0) {
                how.append("; [").append(i).append("] ").append(rnd.nextInt(4) == 0 ? mutations.limits(tx) : mutations.tree(tx, 1 + rnd.nextInt(3)));
            }
            items.add(tx);
        }
        ObjectNode envelope = NastyValues.F.objectNode();
        envelope.set("transactions", items);
        switch (choice) {
            case 1 -> how.append("; envelope: ").append(mutations.tree(envelope, 1));
            case 2 -> {
                String bytes = mutations.bytes(write(envelope));
                return new Input(how + "; bytes: " + bytes, mutations.lastBytes());
            }
            case 3 -> {
                String text = new String(write(envelope), StandardCharsets.UTF_8);
                return new Input(how + "; duplicate key", mutations.duplicateKey(text).getBytes(StandardCharsets.UTF_8));
            }
            case 4 -> {
                envelope.set("transactions", nasty.any());
                how.append("; transactions replaced");
            }
            default -> {
            }
        }
        return new Input(how.toString(), write(envelope));
    }

    /** As UTF-8; a string Jackson cannot encode (a lone surrogate) is sent as a {@code \\uD800} escape instead. */
    public static byte[] write(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            try {
                return ESCAPED.writeValueAsBytes(node);
            } catch (JsonProcessingException again) {
                throw new UncheckedIOException(again);
            }
        }
    }
}
