package dev.shinsa.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

/** JSON values chosen to break a parser, a validator or the arithmetic behind them. */
final class NastyValues {
    static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);

    /** Out of range, far out of range, absurd exponents (scale 10^9), and the edges of the percent range. */
    static final List<String> NUMBERS = List.of("1e400", "-1e400", "1e-400", "1e999999999", "1e-999999999",
            "0.1e-999999999", "-1e-999999999", "123456789012345678901234567890", "-1", "-0.0001", "100.0001", "100",
            "0", "-0", "1E+2", "99.999999999999999999999", "33.333333333333336", "9223372036854775808",
            "1.7976931348623157e308", "4.9e-324", "0.5", "1", "10", "50", "1200", "1201", "1e16", "10000000000000001");

    static final List<String> STRINGS = List.of("", " ", "\u0000", "\uD800", "x\uDC00y", "\uDBFF\uDFFF", "🙂", "日本語",
            "null", "1", "true", "2026-02-30", "2026-13-01", "9999-12-31", "0000-01-01", "1900-01-01", "+12345-01-01",
            "2026-03-01T00:00:00Z", "NaN", "Infinity", "１００", "foreign_entity", "FOREIGN_ENTITY", "JAPANESE_ENTITY",
            "SHARE_ACQUISITION", "CONSENT_TO_PROPOSAL", "LOAN", "CORE", "TYPE_A", "ELECTRICITY", "SEMICONDUCTORS",
            "SHIPBUILDING", "US", "JP", "IR", "us", "XX", "9501", "0001", "ZZZZZ", "<script>", "' OR 1=1 --", "${jndi:x}",
            "#{7*7}", "\\u0000", "\r\n\t", "\u202Egnp.exe");

    /** Field names of the transaction schema, so mutations often hit a real field with a wrong value. */
    static final List<String> FIELDS = List.of("transactionId", "asOf", "investor", "target", "act", "exemption",
            "intentions", "name", "aliases", "kind", "country", "foreignVotingRightsPercent", "shareholders",
            "votingRightsPercent", "nonResidentDirectorsMajority", "foreignContributionPercent",
            "foreignGeneralPartnersMajority", "stateOwned", "specifiedForeignInvestor", "iranRelated", "securitiesCode",
            "listed", "sectors", "sectorClass", "designatedCoreBusinessEntity", "type", "holdingBeforePercent",
            "holdingAfterPercent", "closelyRelatedPersonsPercent", "sellerIsForeignInvestor", "proposal", "loan",
            "amountYen", "termMonths", "claimed", "boardSeat", "transactions");

    private final Random rnd;

    NastyValues(Random rnd) {
        this.rnd = rnd;
    }

    <T> T pick(List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    JsonNode any() {
        return switch (rnd.nextInt(12)) {
            case 0, 1, 2 -> F.numberNode(new BigDecimal(pick(NUMBERS)));
            case 3 -> F.numberNode(rnd.nextLong());
            case 4, 5 -> F.textNode(pick(STRINGS));
            case 6 -> F.textNode(longString(pick(List.of(101, 500, 501, 5_000, 100_000))));
            case 7 -> F.booleanNode(rnd.nextBoolean());
            case 8 -> F.nullNode();
            case 9 -> array(rnd.nextInt(3) == 0 ? 60 : rnd.nextInt(4));
            case 10 -> nested(pick(List.of(2, 10, 30, 63, 64, 65, 200)), rnd.nextBoolean());
            default -> F.objectNode().put(pick(FIELDS), pick(STRINGS));
        };
    }

    String longString(int length) {
        String unit = pick(List.of("A", "日", "🙂", "a b", "\u0007"));
        StringBuilder sb = new StringBuilder(length + 2);
        while (sb.length() < length) {
            sb.append(unit);
        }
        return sb.toString();
    }

    ArrayNode array(int size) {
        ArrayNode a = F.arrayNode();
        for (int i = 0; i < size; i++) {
            a.add(rnd.nextBoolean() ? F.textNode(pick(STRINGS)) : F.numberNode(new BigDecimal(pick(NUMBERS))));
        }
        return a;
    }

    /** Arrays in arrays, or objects in objects, {@code depth} levels deep. */
    JsonNode nested(int depth, boolean arrays) {
        JsonNode inner = F.numberNode(1);
        for (int i = 0; i < depth; i++) {
            if (arrays) {
                inner = F.arrayNode().add(inner);
            } else {
                ObjectNode o = F.objectNode();
                o.set(pick(FIELDS), inner);
                inner = o;
            }
        }
        return inner;
    }
}
