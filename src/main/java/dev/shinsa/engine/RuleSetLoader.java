package dev.shinsa.engine;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shinsa.domain.Act;
import dev.shinsa.domain.Citation;
import dev.shinsa.domain.Effect;
import dev.shinsa.domain.Intentions;
import dev.shinsa.domain.Investor;
import dev.shinsa.domain.Target;
import dev.shinsa.matching.EntityListIndex;
import dev.shinsa.refdata.CountryList;
import dev.shinsa.refdata.DataProblem;
import dev.shinsa.refdata.ListedCompanies;
import dev.shinsa.refdata.Parameter;
import dev.shinsa.refdata.Parameters;
import dev.shinsa.refdata.RefDataLoader;
import dev.shinsa.refdata.SectorCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.RuleConditionElement;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.conf.KieBaseMutabilityOption;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Turns a rules folder into a {@link RuleSet}: reads {@code ruleset.yaml}, the parameters and
 * data files, compiles every {@code *.drl} below the folder, and checks that every rule carries
 * the metadata a reason needs. Either everything is right, or a {@link RuleSetException} lists
 * every problem with its file and line; nothing half-built escapes.
 */
public final class RuleSetLoader {
    private static final Pattern RULE_HEADER = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");
    /** A parameter named in a call such as {@code reaches( $after, "listedThresholdPercent" )}, in a condition or a consequence. */
    private static final Pattern PARAM_REF = Pattern.compile(
            "\\b(?:decimal|text|days|reaches|exceeds|below|gap)\\s*\\((?:[^()\";\\n]|\\([^()\";\\n]*\\))*?\"([a-z][A-Za-z0-9]*)\"");
    /** The file's phase, declared once at the top: {@code ruleflow-group "coverage"}. */
    private static final Pattern FILE_PHASE = Pattern.compile("(?m)^(?:ruleflow-group|agenda-group)\\s+\"([^\"]*)\"");
    /** A rule's own phase, in its attributes between the rule line and {@code when}. */
    private static final Pattern RULE_PHASE = Pattern.compile("(?:ruleflow-group|agenda-group)\\s+\"([^\"]*)\"");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern STR_OPERATOR = Pattern.compile("\\bstr\\s*\\[");
    private static final int SESSION_POOL_SIZE = 16;

    private RuleSetLoader() {
    }

    public static RuleSet load(Path rulesDir) {
        List<DataProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(rulesDir)) {
            throw new RuleSetException(List.of(new DataProblem(rulesDir.toString(), 0,
                    "the rules folder does not exist (set shinsa.rules.dir or SHINSA_RULES_DIR)")));
        }
        RefDataLoader data = new RefDataLoader(rulesDir, problems);
        List<Path> files = allFiles(rulesDir, problems);
        // Compiling the DRL takes most of the load; the data files do not depend on it, so they are read
        // meanwhile, on the other core (README, Benchmarks: start-up).
        List<Path> drlFiles = files.stream().filter(p -> p.toString().endsWith(".drl")).toList();
        ClassLoader callers = Thread.currentThread().getContextClassLoader();
        CompletableFuture<Compiled> compiling = CompletableFuture.supplyAsync(() -> compile(rulesDir, drlFiles, data::rel), task -> {
            Thread t = new Thread(task, "shinsa-rules-compile");
            t.setDaemon(true);
            t.setContextClassLoader(callers);
            t.start();
        });
        String revision = revision(rulesDir, files);

        JsonNode manifest = data.readYaml(rulesDir.resolve("ruleset.yaml"));
        String version = manifest == null ? "" : manifest.path("version").asText("");
        if (manifest != null && !version.matches("\\d+\\.\\d+\\.\\d+")) {
            problems.add(new DataProblem(data.rel(rulesDir.resolve("ruleset.yaml")), 0, "version must be MAJOR.MINOR.PATCH, not '" + version + "'"));
        }
        LocalDate coverageFrom = manifest == null ? null
                : parseDate(manifest.path("coverageFrom").asText(""), data.rel(rulesDir.resolve("ruleset.yaml")), "coverageFrom", problems);

        Map<String, LocalDate> legalDates = new LinkedHashMap<>();
        if (manifest != null) {
            manifest.path("legalDates").fields().forEachRemaining(e -> {
                LocalDate d = parseDate(e.getValue().path("date").asText(""), data.rel(rulesDir.resolve("ruleset.yaml")),
                        "legalDates." + e.getKey() + ".date", problems);
                if (d != null) {
                    legalDates.put(e.getKey(), d);
                }
            });
        }
        if (manifest != null && !legalDates.containsKey("specifiedForeignInvestors")) {
            problems.add(new DataProblem(data.rel(rulesDir.resolve("ruleset.yaml")), 0,
                    "legalDates.specifiedForeignInvestors is required: the date the Type A / Type B regime starts (requests dated earlier read the type as NONE)"));
        }
        Parameters parameters = data.loadParameters();
        SectorCatalog sectors = data.loadSectors();
        CountryList countries = data.loadCountries();
        ListedCompanies listedCompanies = data.loadListedCompanies();
        EntityListIndex entityLists = EntityListScreening.index(rulesDir, data, parameters, coverageFrom, problems);

        Compiled compiled = joined(compiling);
        problems.addAll(compiled.problems());
        KnowledgeBuilder kb = compiled.builder();
        Map<String, String> texts = compiled.texts();
        ClassLoader cl = RuleSetLoader.class.getClassLoader();
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }

        KieBaseConfiguration conf = RuleBaseFactory.newKnowledgeBaseConfiguration(null, cl);
        // A screening holds one transaction's handful of facts: plain lists are cheaper to fill and to reset
        // than hash-indexed join memories. Measured: about 6% less time per evaluation when Drools' pool reset
        // every node memory; with SessionPool (facts deleted instead) the two were equal (108 and 107 microseconds).
        conf.setProperty("drools.indexLeftBetaMemory", "false");
        conf.setProperty("drools.indexRightBetaMemory", "false");
        // The rule base never changes once built (a reload builds a new one), so Drools need not track its sessions
        // for updates: about 5% less time per evaluation (37 against 39.6 µs, alternated; README, Benchmarks).
        conf.setOption(KieBaseMutabilityOption.DISABLED);
        InternalKnowledgeBase kbase = KnowledgeBaseFactory.newKnowledgeBase(conf);
        kbase.addPackages(kb.getKnowledgePackages());
        Map<String, Map<String, Integer>> lines = new HashMap<>();
        texts.forEach((file, text) -> lines.put(file, ruleLines(text)));
        List<RuleMeta> rules = new ArrayList<>();
        Map<String, RuleMeta> byCode = new LinkedHashMap<>();
        for (KiePackage pkg : kbase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleMeta meta = RuleMetadata.read(rule, lines, legalDates, problems);
                if (meta == null) {
                    continue;
                }
                if (!declaredPhase(meta, texts.get(meta.file()), problems)) {
                    continue;
                }
                meta = withText(meta, texts.get(meta.file()));
                RuleMeta clash = byCode.put(meta.code(), meta);
                if (clash != null) {
                    problems.add(new DataProblem(meta.file(), meta.line(), "reason code " + meta.code() + " is also a rule in " + clash.source()));
                }
                rules.add(meta);
                checkParameterReferences(meta, texts.get(meta.file()), parameters, coverageFrom, problems);
                checkLegalDateReferences(meta, texts.get(meta.file()), legalDates, problems);
                checkPatternTypes(meta, rule, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        rules.sort(Comparator.comparing(RuleMeta::file).thenComparingInt(RuleMeta::line));
        return new RuleSet(version, revision, Instant.now(), rulesDir, coverageFrom, kbase,
                new SessionPool(kbase, SESSION_POOL_SIZE), List.copyOf(rules), Map.copyOf(byCode), parameters, sectors, countries, listedCompanies,
                Map.copyOf(legalDates), entityLists);
    }

    /** A background task's result, or what it threw, as thrown (not wrapped in a CompletionException). */
    static <T> T joined(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** The DRL files compiled in one batch, their texts by displayed path, and every problem found in them. */
    private record Compiled(KnowledgeBuilder builder, Map<String, String> texts, List<DataProblem> problems) {
    }

    private static Compiled compile(Path rulesDir, List<Path> drlFiles, java.util.function.Function<Path, String> rel) {
        List<DataProblem> problems = new ArrayList<>();
        if (drlFiles.isEmpty()) {
            problems.add(new DataProblem(rel.apply(rulesDir), 0, "no .drl files found"));
        }
        ClassLoader cl = RuleSetLoader.class.getClassLoader();
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, cl));
        Map<String, String> texts = new LinkedHashMap<>();
        // One batch, so that a file may use a function or type declared in another.
        CompositeKnowledgeBuilder batch = kb.batch();
        for (Path drl : drlFiles) {
            try {
                String text = Files.readString(drl, UTF_8);
                String shown = rel.apply(drl);
                texts.put(shown, text);
                Resource r = ResourceFactory.newByteArrayResource(text.getBytes(UTF_8));
                r.setSourcePath(shown);
                batch.add(r, ResourceType.DRL);
            } catch (IOException e) {
                problems.add(new DataProblem(rel.apply(drl), 0, "cannot read: " + e.getMessage()));
            }
        }
        batch.build();
        texts.forEach((file, text) -> {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (STR_OPERATOR.matcher(lines[i]).find()) {
                    // Drools 10.2 compiles it, then fails at evaluation with NoSuchMethodError (EvaluatorHelper.initOperators).
                    problems.add(new DataProblem(file, i + 1, "the str[...] operator fails at run time in Drools 10.2:"
                            + " write code.startsWith(\"X\") / code.endsWith(\"X\") instead"));
                }
            }
        });
        for (KnowledgeBuilderError e : kb.getErrors()) {
            String file = e.getResource() == null ? "rules" : e.getResource().getSourcePath();
            int[] lines = e.getLines();
            String message = e.getMessage().replaceAll("\\s+", " ").trim();
            if (!message.startsWith("Parser returned a null Package")) {
                problems.add(new DataProblem(file, lines != null && lines.length > 0 ? lines[0] : 0, message));
            }
        }
        return new Compiled(kb, texts, withoutFollowOnErrors(problems, rel.apply(rulesDir)));
    }

    /** A DRL parser error ("[ERR 102] Line 37:4 mismatched input ..."). */
    private static final Pattern PARSER_ERROR = Pattern.compile("^\\[ERR \\d+\\]");

    /**
     * When a DRL file does not parse, the functions and rules it declares are missing from the package, so
     * every other file that uses one of them fails to compile too (a one-word typo gave 104 problems). The
     * parser errors are what the author must fix: they are kept, with the problems of their own files and every
     * problem outside the DRL files; the problems of the other DRL files are summed up in one line, as they may
     * all go away with the fix (a reload then shows any that remain).
     */
    static List<DataProblem> withoutFollowOnErrors(List<DataProblem> problems, String rulesFolder) {
        java.util.Set<String> unparsed = new java.util.LinkedHashSet<>();
        for (DataProblem p : problems) {
            if (PARSER_ERROR.matcher(p.message()).find()) {
                unparsed.add(p.file());
            }
        }
        if (unparsed.isEmpty()) {
            return problems;
        }
        List<DataProblem> out = new ArrayList<>();
        java.util.Set<String> others = new java.util.TreeSet<>();
        int followOn = 0;
        for (DataProblem p : problems) {
            if (unparsed.contains(p.file()) || !p.file().endsWith(".drl")) {
                out.add(PARSER_ERROR.matcher(p.message()).find()
                        ? new DataProblem(p.file(), p.line(), p.message() + " (the parser stops where it notices the mistake: look at this line and the one before)")
                        : p);
            } else {
                followOn++;
                others.add(p.file());
            }
        }
        if (followOn > 0) {
            out.add(new DataProblem(rulesFolder, 0, followOn + " more problem(s) in " + others.size() + " other rule file(s) ("
                    + String.join(", ", others) + ") most likely follow from " + String.join(", ", unparsed)
                    + ", which does not parse: their rules use its functions. Fix the parse error(s) above and reload to see any that remain"));
        }
        return out;
    }

    /**
     * The phase a rule runs in must be the one its own file declares (or the rule itself): all
     * files share one DRL package, where Drools would otherwise let a file without a phase line
     * inherit another file's.
     */
    private static boolean declaredPhase(RuleMeta meta, String fileText, List<DataProblem> problems) {
        String header = ruleHeader(fileText, meta.line());
        Matcher own = RULE_PHASE.matcher(header);
        Matcher file = FILE_PHASE.matcher(fileText);
        String declared = own.find() ? own.group(1) : file.find() ? file.group(1) : null;
        if (declared == null) {
            problems.add(new DataProblem(meta.file(), meta.line(), "rule " + meta.code() + " has no phase: the file must name it once at the top, before its rules: "
                    + "ruleflow-group \"coverage\" (one of " + Phases.ORDER + ")"));
            return false;
        }
        if (!declared.equals(meta.phase())) {
            problems.add(new DataProblem(meta.file(), meta.line(), "rule " + meta.code() + " runs in phase '" + meta.phase()
                    + "' but declares '" + declared + "': write the phase as ruleflow-group \"" + declared + "\""));
            return false;
        }
        return true;
    }

    private static String ruleHeader(String text, int line) {
        String body = ruleBody(text, line);
        int when = body.indexOf("\nwhen");
        return when < 0 ? body : body.substring(0, when);
    }

    /** Every parameter a rule names exists and has a value on the first day the rule is in force. */
    private static void checkParameterReferences(RuleMeta meta, String fileText, Parameters parameters,
                                                 LocalDate coverageFrom, List<DataProblem> problems) {
        String body = ruleBody(fileText, meta.line());
        Matcher m = PARAM_REF.matcher(body);
        LocalDate first = coverageFrom != null && coverageFrom.isAfter(meta.effectiveFrom()) ? coverageFrom : meta.effectiveFrom();
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (m.find()) {
            if (!seen.add(m.group(1))) {
                continue;
            }
            Parameter p = parameters.get(m.group(1));
            if (p == null) {
                problems.add(new DataProblem(meta.file(), meta.line(), meta.code() + " reads parameter '" + m.group(1) + "', which no file in parameters/ defines"));
            } else if (p.valueOn(first) == null) {
                problems.add(new DataProblem(meta.file(), meta.line(), meta.code() + " is in force from " + first
                        + " but parameter '" + p.name() + "' has no value before " + p.values().firstKey()));
            }
        }
    }

    /** Every {@code $p.legalDate("name")} a rule calls names a date of ruleset.yaml {@code legalDates}. */
    private static void checkLegalDateReferences(RuleMeta meta, String fileText, Map<String, LocalDate> legalDates,
                                                 List<DataProblem> problems) {
        Matcher m = LEGAL_DATE_REF.matcher(ruleBody(fileText, meta.line()));
        while (m.find()) {
            if (!legalDates.containsKey(m.group(1))) {
                problems.add(new DataProblem(meta.file(), meta.line(), meta.code() + " shows legal date '" + m.group(1)
                        + "', which ruleset.yaml legalDates does not name " + legalDates.keySet()));
            }
        }
    }

    /**
     * Types a rule may not match, because no object of them is ever inserted: such a pattern would never match, and the rule
     * would never fire, in silence. The investor, the target, the act and the intentions are parts of the one
     * {@code Transaction} fact (one pattern, no join between them); the legal numbers are the global {@code params}.
     */
    private static final Map<Class<?>, String> NOT_INSERTED = Map.of(
            Params.class, "a Params(...) fact, which is not inserted: read the legal numbers through the global params, "
                    + "e.g. eval( params.reaches( $after, \"listedThresholdPercent\" ) )",
            Investor.class, "an Investor(...) fact, which is not inserted: match the transaction's investor, "
                    + "e.g. Transaction( $i : investor, investor.stateOwned )",
            Target.class, "a Target(...) fact, which is not inserted: match the transaction's target, "
                    + "e.g. Transaction( $t : target, target.listed, target.designated )",
            Act.class, "an Act(...) fact, which is not inserted: match the transaction's act, "
                    + "e.g. Transaction( $a : act, act.type == ActType.SHARE_ACQUISITION )",
            Intentions.class, "an Intentions(...) fact, which is not inserted: match the transaction's intentions, "
                    + "e.g. Transaction( $in : intentions, intentions.boardSeat )");

    /** Reports each pattern of {@code rule}'s conditions (nested ones too: not, exists, or, accumulate, from) on a type never inserted. */
    private static void checkPatternTypes(RuleMeta meta, Rule rule, List<DataProblem> problems) {
        Set<Class<?>> seen = new LinkedHashSet<>();
        collectPatternTypes(((RuleImpl) rule).getLhs(), seen);
        for (Class<?> type : seen) {
            String why = NOT_INSERTED.get(type);
            if (why != null) {
                problems.add(new DataProblem(meta.file(), meta.line(), meta.code() + " matches " + why));
            }
        }
    }

    private static void collectPatternTypes(RuleConditionElement element, Set<Class<?>> into) {
        if (element instanceof org.drools.base.rule.Pattern p && p.getObjectType() instanceof ClassObjectType c) {
            into.add(c.getClassType());
        }
        for (RuleConditionElement nested : element.getNestedElements()) {
            collectPatternTypes(nested, into);
        }
    }

    private static final Pattern LEGAL_DATE_REF = Pattern.compile("\\blegalDate\\(\\s*\"([^\"]*)\"");

    private static RuleMeta withText(RuleMeta m, String fileText) {
        return new RuleMeta(m.code(), m.effect(), m.title(), m.message(), m.citations(), m.effectiveFrom(), m.effectiveTo(),
                m.reading(), m.file(), m.line(), m.phase(), fileText == null || m.line() <= 0 ? null : ruleBody(fileText, m.line()).strip(),
                m.template());
    }

    private static String ruleBody(String text, int line) {
        String[] all = text.split("\n", -1);
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(0, line - 1); i < all.length; i++) {
            sb.append(all[i]).append('\n');
            if (i > line - 1 && all[i].trim().equals("end")) {
                break;
            }
        }
        return sb.toString();
    }

    static Map<String, Integer> ruleLines(String text) {
        Map<String, Integer> out = new HashMap<>();
        String[] all = text.split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            Matcher m = RULE_HEADER.matcher(all[i]);
            if (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                out.putIfAbsent(name, i + 1);
            }
        }
        return out;
    }

    static boolean isReasonCode(String name) {
        return CODE.matcher(name).matches();
    }

    static LocalDate parseDate(String text, String file, String what, List<DataProblem> problems) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new DataProblem(file, 0, what + " must be a date YYYY-MM-DD, not '" + text + "'"));
            return null;
        }
    }

    private static List<Path> allFiles(Path dir, List<DataProblem> problems) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(p -> dir.relativize(p).toString().replace('\\', '/')))
                    .toList();
        } catch (IOException e) {
            problems.add(new DataProblem(dir.toString(), 0, "cannot list the rules folder: " + e.getMessage()));
            return List.of();
        }
    }

    /** sha256 over every file's path (relative to the folder) and bytes, in path order. */
    static String revision(Path dir, List<Path> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path f : files) {
                sha.update(dir.relativize(f).toString().replace('\\', '/').getBytes(UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(f));
                sha.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("cannot hash the rules folder", e);
        }
    }

    /** Reads and checks the metadata of one compiled rule. */
    static final class RuleMetadata {
        private RuleMetadata() {
        }

        static RuleMeta read(Rule rule, Map<String, Map<String, Integer>> lines, Map<String, LocalDate> legalDates,
                             List<DataProblem> problems) {
            var impl = (org.drools.base.definitions.rule.impl.RuleImpl) rule;
            String file = impl.getResource() == null ? "rules" : impl.getResource().getSourcePath();
            int line = lines.getOrDefault(file, Map.of()).getOrDefault(rule.getName(), 0);
            Map<String, Object> md = rule.getMetaData();
            List<String> wrong = new ArrayList<>();
            String code = rule.getName();
            if (!isReasonCode(code)) {
                wrong.add("the rule name must be its reason code in UPPER_SNAKE, not '" + code + "'");
            }
            String title = text(md, "title");
            if (title == null) {
                wrong.add("@title is missing");
            }
            Effect effect = null;
            String effectText = text(md, "effect");
            try {
                effect = Effect.valueOf(effectText == null ? "" : effectText);
            } catch (IllegalArgumentException e) {
                wrong.add("@effect must be one of " + Arrays.toString(Effect.values()) + (effectText == null ? "" : ", not '" + effectText + "'"));
            }
            List<Citation> citations = citations(md.get("citation"), wrong);
            LocalDate from = date(md, "effectiveFrom", true, legalDates, wrong);
            LocalDate to = date(md, "effectiveTo", false, legalDates, wrong);
            if (from != null && to != null && to.isBefore(from)) {
                wrong.add("@effectiveTo " + to + " is before @effectiveFrom " + from);
            }
            String reading = text(md, "reading");
            if (reading == null && citations.stream().anyMatch(c -> "U".equals(c.marker()))) {
                wrong.add("a citation is marked U (unverified): say which reading the rule encodes in @reading(\"...\")");
            }
            String phase = impl.getAgendaGroup();
            if (!Phases.ORDER.contains(phase)) {
                wrong.add("the phase must be one of " + Phases.ORDER + ", declared at the top of the file as ruleflow-group \"coverage\", not '" + phase + "'");
            }
            if (!wrong.isEmpty()) {
                problems.add(new DataProblem(file, line, "rule " + code + ": " + String.join("; ", wrong)));
                return null;
            }
            return new RuleMeta(code, effect, title, text(md, "message"), citations, from, to, reading, file, line, phase, null);
        }

        private static String text(Map<String, Object> md, String key) {
            Object v = md.get(key);
            if (v == null) {
                return null;
            }
            String s = unquote(v.toString().trim());
            return s.isBlank() ? null : s;
        }

        private static String unquote(String s) {
            return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
        }

        /**
         * A quoted date, or the name of a date kept in ruleset.yaml {@code legalDates} (a date the law has not fixed
         * yet); either may follow {@value #DAY_BEFORE} for the last day before it, so that a rule ending when a
         * named date starts moves with it: {@code @effectiveTo("day before amendment2026MainProvisions")}.
         */
        private static LocalDate date(Map<String, Object> md, String key, boolean required, Map<String, LocalDate> legalDates,
                                      List<String> wrong) {
            String s = text(md, key);
            if (s == null) {
                if (required) {
                    wrong.add("@" + key + "(\"YYYY-MM-DD\") is missing");
                }
                return null;
            }
            boolean dayBefore = s.startsWith(DAY_BEFORE);
            String name = dayBefore ? s.substring(DAY_BEFORE.length()).strip() : s;
            LocalDate d = legalDates.get(name);
            if (d == null) {
                try {
                    d = LocalDate.parse(name);
                } catch (DateTimeParseException e) {
                    wrong.add("@" + key + " must be a quoted date \"YYYY-MM-DD\" or a date named in ruleset.yaml legalDates " + legalDates.keySet()
                            + ", either of them after '" + DAY_BEFORE + "' for the day before it, not " + md.get(key)
                            + " (an unquoted date is read as a subtraction)");
                    return null;
                }
            }
            return dayBefore ? d.minusDays(1) : d;
        }

        static final String DAY_BEFORE = "day before ";

        /** {@code @citation("FEFTA | Art. 26(1) | https://... | V", "Cabinet Order | Art. 2 | https://...")}. */
        private static List<Citation> citations(Object raw, List<String> wrong) {
            if (raw == null) {
                wrong.add("@citation(\"instrument | provision | url | marker\") is missing");
                return List.of();
            }
            List<String> entries = new ArrayList<>();
            String s = raw.toString().trim();
            if (s.startsWith("\"")) {
                Matcher m = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(s);
                while (m.find()) {
                    entries.add(m.group(1));
                }
            } else {
                entries.add(s);
            }
            List<Citation> out = new ArrayList<>();
            for (String e : entries) {
                String[] parts = e.split("\\|", -1);
                String instrument = parts[0].trim();
                String provision = parts.length > 1 ? parts[1].trim() : "";
                String url = parts.length > 2 && !parts[2].isBlank() ? parts[2].trim() : null;
                String marker = parts.length > 3 && !parts[3].isBlank() ? parts[3].trim() : null;
                if (instrument.isEmpty() || provision.isEmpty() || parts.length > 4) {
                    wrong.add("@citation '" + e + "' must read \"instrument | provision | url | marker\" (url and marker optional)");
                } else if (url != null && !url.startsWith("http://") && !url.startsWith("https://")) {
                    wrong.add("@citation url '" + url + "' must start with http:// or https://");
                } else if (marker != null && !List.of("V", "S", "U").contains(marker)) {
                    wrong.add("@citation marker '" + marker + "' must be V, S or U");
                } else {
                    out.add(new Citation(instrument, provision, url, marker));
                }
            }
            return out;
        }
    }
}
