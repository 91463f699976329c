package dev.shinsa.engine;

import dev.shinsa.domain.Effect;
import dev.shinsa.domain.EntityListHit;
import dev.shinsa.domain.ExemptionApplied;
import dev.shinsa.domain.ExemptionRefused;
import dev.shinsa.domain.ExemptionRoute;
import dev.shinsa.domain.ForeignInvestor;
import dev.shinsa.domain.NotForeignInvestor;
import dev.shinsa.domain.Party;
import dev.shinsa.domain.Reason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.core.rule.consequence.KnowledgeHelper;

/**
 * The one helper rule consequences call (DRL global {@code reasons}). Each call records a reason
 * built from the firing rule's metadata (code, effect, title, citations, source) and the facts
 * the rule passes as name/value pairs, renders the rule's {@code @message} template with them,
 * and inserts the reason as a fact so later phases can react to it. One instance per evaluation.
 */
public final class Reasons {
    private final Map<String, RuleMeta> rules;
    private final List<Reason> reasons = new ArrayList<>();
    /** More decimals than any request gives in practice: the value was computed, not given. */
    private static final int COMPUTED_SCALE = 10;
    private final Set<String> missing = new LinkedHashSet<>();
    /** The reason that first asked for each field of {@link #missing}. */
    private final Map<String, Reason> askedBy = new HashMap<>();
    private final List<EntityListHit> entityListHits = new ArrayList<>();
    private Integer waitingPeriodDays;
    private Integer reportDeadlineDays;
    private boolean exemptionAvailable;
    private boolean exemptionApplied;

    public Reasons(Map<String, RuleMeta> rules) {
        this.rules = rules;
    }

    /** Records a reason for the firing rule with the facts it used: {@code reasons.add(drools, "holdingAfterPercent", $h, ...)}. */
    public Reason add(KnowledgeHelper drools, Object... facts) {
        RuleMeta meta = rules.get(drools.getRule().getName());
        if (meta == null) {
            throw new IllegalStateException("no metadata for rule " + drools.getRule().getName());
        }
        Map<String, String> shown = facts(meta.code(), facts);
        String message = meta.template().render(shown);
        Reason reason = new Reason(meta.code(), meta.effect(), meta.title(), message, meta.citations(), shown,
                meta.source(), meta.reading());
        reasons.add(reason);
        drools.insert(reason);
        return reason;
    }

    /** The facts given do not settle the answer: names the request field that would. */
    public Reason missing(KnowledgeHelper drools, String field, Object... facts) {
        return missing(drools, List.of(field), facts);
    }

    /** The facts given do not settle the answer: names every request field that is needed. */
    public Reason missing(KnowledgeHelper drools, List<String> fields, Object... facts) {
        for (String field : fields) {
            missing.add(field);
            drools.insert(new dev.shinsa.domain.MissingInformation(field));
        }
        Object[] withField = new Object[facts.length + 2];
        withField[0] = MISSING_FIELD;
        withField[1] = String.join(", ", fields);
        System.arraycopy(facts, 0, withField, 2, facts.length);
        Reason reason = add(drools, withField);
        for (String field : fields) {
            askedBy.putIfAbsent(field, reason);
        }
        return reason;
    }

    /** Concludes that {@code party} is a foreign investor (Art. 26(1) category 1 to 5); a reason is shown for the investor itself only. */
    public void foreignInvestor(KnowledgeHelper drools, Party party, int category, Object... facts) {
        drools.insert(new ForeignInvestor(party, category, drools.getRule().getName()));
        if (party.isRoot()) {
            add(drools, facts);
        }
    }

    /** Concludes that {@code party} is surely not a foreign investor; a reason is shown for the investor itself only. */
    public void notForeignInvestor(KnowledgeHelper drools, Party party, Object... facts) {
        drools.insert(new NotForeignInvestor(party, drools.getRule().getName()));
        if (party.isRoot()) {
            add(drools, facts);
        }
    }

    /** Prior notification: the waiting period that applies, in days. */
    public void waitingPeriod(KnowledgeHelper drools, int days, Object... facts) {
        waitingPeriodDays = days;
        add(drools, facts);
    }

    /** A post-investment report is due within {@code deadlineDays}. */
    public void postInvestmentReport(KnowledgeHelper drools, int deadlineDays, Object... facts) {
        reportDeadlineDays = reportDeadlineDays == null ? deadlineDays : Math.min(reportDeadlineDays, deadlineDays);
        add(drools, facts);
    }

    /** The exemption is not available, for the reason the firing rule gives. */
    public void exemptionRefused(KnowledgeHelper drools, Object... facts) {
        drools.insert(new ExemptionRefused(drools.getRule().getName()));
        add(drools, facts);
    }

    /**
     * The exemption is available by {@code route}; {@code breached} lists the criteria the stated intentions would
     * breach. Rule sets before 0.8.0 call this form: it does not look for intentions not stated.
     */
    public void exemptionRoute(KnowledgeHelper drools, String route, List<String> breached, Object... facts) {
        exemptionRoute(drools, route, breached, List.of(), facts);
    }

    /**
     * The exemption is available by {@code route}; {@code breached} lists the criteria the stated intentions would
     * breach, {@code notGiven} the intentions its criteria turn on that the request does not state.
     */
    public void exemptionRoute(KnowledgeHelper drools, String route, List<String> breached, List<String> notGiven,
                               Object... facts) {
        exemptionAvailable = true;
        drools.insert(new ExemptionRoute(route, breached, notGiven));
        add(drools, facts);
    }

    /** The exemption is claimed, available by {@code route}, and every criterion is met: no prior notification. */
    public void exemptionApplied(KnowledgeHelper drools, ExemptionRoute route, Object... facts) {
        exemptionAvailable = true;
        exemptionApplied = true;
        drools.insert(new ExemptionApplied(route.route()));
        add(drools, facts);
    }

    /** A party matches an entity-list entry: the match is shown in the answer's entityListMatches, with the reason. */
    public Reason entityListMatch(KnowledgeHelper drools, EntityListHit hit, Object... facts) {
        entityListHits.add(hit);
        return add(drools, facts);
    }

    public List<EntityListHit> entityListHits() {
        return List.copyOf(entityListHits);
    }

    public List<Reason> reasons() {
        return List.copyOf(ordered());
    }

    /** The fields that would settle the answer, in the order of the reasons that ask for them ({@link #ordered}). */
    public List<String> missingFields() {
        List<Reason> ordered = ordered();
        Map<Reason, Integer> rank = new IdentityHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            rank.put(ordered.get(i), i);
        }
        List<String> out = new ArrayList<>(missing);
        // Stable: the fields one reason asks for keep their order.
        out.sort(Comparator.comparingInt(f -> rank.getOrDefault(askedBy.get(f), Integer.MAX_VALUE)));
        return List.copyOf(out);
    }

    /**
     * The reasons in the order their rules fired (phase by phase), except that where one rule asks for several
     * fields of the request (a figure of each of several shareholders), its reasons follow the request's order: the
     * investor before its shareholders, {@code shareholders[2]} before {@code shareholders[10]}. The order in which
     * Drools fires the matches of one rule depends on the shape of its network, not on the law, so it is not shown.
     */
    private List<Reason> ordered() {
        List<Reason> out = new ArrayList<>(reasons);
        int from = 0;
        while (from < out.size()) {
            String code = out.get(from).code();
            int to = from + 1;
            while (to < out.size() && out.get(to).code().equals(code)) {
                to++;
            }
            List<Reason> run = out.subList(from, to);
            if (run.size() > 1 && run.stream().allMatch(r -> r.facts().get(MISSING_FIELD) != null)) {
                run.sort(Comparator.comparing(r -> r.facts().get(MISSING_FIELD), Reasons::compareFields));
            }
            from = to;
        }
        return out;
    }

    private static final String MISSING_FIELD = "missingField";
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    /**
     * Request field paths in the request's order: grouped by the object they belong to, an object before the
     * objects inside it ({@code investor.votingRightsPercent} before {@code investor.shareholders[0].country}),
     * an index {@code [n]} compared as a number, and the fields of one object by name.
     */
    static int compareFields(String a, String b) {
        String ownerA = a.substring(0, Math.max(0, a.lastIndexOf('.')));
        String ownerB = b.substring(0, Math.max(0, b.lastIndexOf('.')));
        if (!ownerA.equals(ownerB)) {
            if (ownerB.startsWith(ownerA + ".") || ownerA.isEmpty()) {
                return -1;
            }
            if (ownerA.startsWith(ownerB + ".") || ownerB.isEmpty()) {
                return 1;
            }
            int c = compareIndexed(ownerA, ownerB);
            if (c != 0) {
                return c;
            }
        }
        return a.compareTo(b);
    }

    /** Text compared as text, except that each index {@code [n]} is compared as a number. */
    private static int compareIndexed(String a, String b) {
        Matcher ma = INDEX.matcher(a);
        Matcher mb = INDEX.matcher(b);
        int pa = 0;
        int pb = 0;
        while (ma.find() && mb.find()) {
            int c = a.substring(pa, ma.start()).compareTo(b.substring(pb, mb.start()));
            if (c != 0) {
                return c;
            }
            c = Integer.compare(Integer.parseInt(ma.group(1)), Integer.parseInt(mb.group(1)));
            if (c != 0) {
                return c;
            }
            pa = ma.end();
            pb = mb.end();
        }
        return a.substring(pa).compareTo(b.substring(pb));
    }

    public Integer waitingPeriodDays() {
        return waitingPeriodDays;
    }

    public Integer reportDeadlineDays() {
        return reportDeadlineDays;
    }

    public boolean exemptionAvailable() {
        return exemptionAvailable;
    }

    public boolean exemptionApplied() {
        return exemptionApplied;
    }

    public boolean has(Effect effect) {
        return reasons.stream().anyMatch(r -> r.effect() == effect);
    }

    static Map<String, String> facts(String code, Object[] pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException(code + ": facts must be name/value pairs, got " + pairs.length + " items");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(String.valueOf(pairs[i]), format(pairs[i + 1]));
        }
        return out;
    }

    /** Values as a compliance officer reads them: percentages with at least two decimals, lists joined. */
    public static String format(Object v) {
        if (v == null) {
            return "not given";
        }
        if (v instanceof BigDecimal d) {
            // A computed fraction (one third of 100) is shown to four decimals; a figure as given keeps every digit.
            BigDecimal s = (d.scale() > COMPUTED_SCALE ? d.setScale(4, RoundingMode.HALF_EVEN) : d).stripTrailingZeros();
            return (s.scale() < 2 ? s.setScale(2) : s).toPlainString();
        }
        if (v instanceof Collection<?> c) {
            return c.isEmpty() ? "none" : String.join(", ", c.stream().map(Reasons::format).toList());
        }
        if (v instanceof LocalDate || v instanceof Enum<?> || v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        return String.valueOf(v);
    }

    /** An amount of yen as a person reads it: 300,000,000 (fractions of a yen only when there are any). */
    public static String yen(BigDecimal amount) {
        if (amount == null) {
            return format(null);
        }
        BigDecimal s = amount.stripTrailingZeros();
        return new java.text.DecimalFormat(s.scale() > 0 ? "#,##0.##########" : "#,##0",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)).format(s);
    }
}
