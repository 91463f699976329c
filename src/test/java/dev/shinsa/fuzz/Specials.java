package dev.shinsa.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Bodies that are not a mutated example: empty, bare values, nesting past the parser's limit, huge literals, random bytes. */
final class Specials {
    private static final List<String> BODIES = List.of("", " ", "\n\n", "null", "true", "1", "-0", "\"x\"", "[]", "{}", "[null]",
            "[{}]", "{\"investor\": null, \"target\": null, \"act\": null}", "{\"transactions\": null}", "{\"transactions\": {}}",
            "{\"transactions\": [null, 1, \"x\", [], {}]}", "{", "}", "[", "{\"a\"", "{\"a\":}", "{,}", "{\"a\":1,}", "[1,]",
            "NaN", "Infinity", "-Infinity", "01", "1e999999999", "{\"asOf\": 1e999999999}", "/* c */ {}", "{} {}", "{}x",
            "'single'", "{'a': 1}", "{a: 1}", "\u0000", "\uFEFF{}");

    private Specials() {
    }

    static BodyFuzzer.Input pick(Random rnd, NastyValues nasty) {
        return switch (rnd.nextInt(6)) {
            case 0, 1 -> {
                String body = nasty.pick(BODIES);
                yield new BodyFuzzer.Input("special " + Bytes.clip(body, 60), body.getBytes(StandardCharsets.UTF_8));
            }
            case 2 -> {
                int depth = nasty.pick(List.of(63, 64, 65, 1000, 100_000));
                String open = rnd.nextBoolean() ? "[" : "{\"investor\":";
                String close = open.equals("[") ? "]" : "}";
                String body = open.repeat(depth) + "1" + close.repeat(rnd.nextBoolean() ? depth : 0);
                yield new BodyFuzzer.Input("nested " + depth + " deep with " + open, body.getBytes(StandardCharsets.UTF_8));
            }
            case 3 -> {
                int digits = nasty.pick(List.of(99, 100, 101, 1000, 100_000));
                String body = "{\"act\": {\"type\": \"SHARE_ACQUISITION\", \"holdingAfterPercent\": 1" + "0".repeat(digits - 1) + "}}";
                yield new BodyFuzzer.Input("number of " + digits + " digits", body.getBytes(StandardCharsets.UTF_8));
            }
            case 4 -> {
                int length = nasty.pick(List.of(1000, 60_000, 1_000_000));
                String body = "{\"" + "k".repeat(rnd.nextBoolean() ? length : 1) + "\": \"" + "v".repeat(length) + "\"}";
                yield new BodyFuzzer.Input("key or value of " + length + " characters", body.getBytes(StandardCharsets.UTF_8));
            }
            default -> new BodyFuzzer.Input("nasty value", BodyFuzzer.write(nasty.any()));
        };
    }

    static BodyFuzzer.Input random(Random rnd, NastyValues nasty) {
        byte[] body = new byte[rnd.nextInt(rnd.nextBoolean() ? 64 : 4096)];
        rnd.nextBytes(body);
        if (rnd.nextBoolean() && body.length > 0) {
            body[0] = '{';
        }
        return new BodyFuzzer.Input("random bytes", body);
    }
}
