package dev.shinsa.refdata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.shinsa.domain.SectorClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the data files of a rules folder: {@code parameters/*.yaml} (legal numbers keyed by
 * start date) and {@code data/sectors.yaml} (the sector vocabulary). Every problem is collected
 * with its file, so a rule author sees them all at once.
 */
public final class RefDataLoader {
    public static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final Path rulesDir;
    private final List<DataProblem> problems;

    public RefDataLoader(Path rulesDir, List<DataProblem> problems) {
        this.rulesDir = rulesDir;
        this.problems = problems;
    }

    /** Parses a YAML file, or records the syntax error with its line and returns null. */
    public JsonNode readYaml(Path file) {
        try {
            return YAML.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(new DataProblem(rel(file), line, "not valid YAML: " + e.getOriginalMessage().replaceAll("\\s+", " ").trim()));
        } catch (IOException e) {
            problems.add(new DataProblem(rel(file), 0, "cannot read: " + e.getMessage()));
        }
        return null;
    }

    public Parameters loadParameters() {
        Map<String, Parameter> all = new TreeMap<>();
        Path dir = rulesDir.resolve("parameters");
        for (Path file : yamlFiles(dir)) {
            JsonNode root = readYaml(file);
            if (root == null) {
                continue;
            }
            if (!root.isObject()) {
                problems.add(new DataProblem(rel(file), 0, "expected a map of parameter name to definition"));
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                var e = it.next();
                Parameter p = parameter(file, e.getKey(), e.getValue());
                if (p == null) {
                    continue;
                }
                Parameter clash = all.put(p.name(), p);
                if (clash != null) {
                    problems.add(new DataProblem(rel(file), 0, "parameter '" + p.name() + "' is also defined in " + clash.file()));
                }
            }
        }
        if (all.isEmpty() && problems.isEmpty()) {
            problems.add(new DataProblem(rel(dir), 0, "no parameters found: the rules need their legal numbers here"));
        }
        return new Parameters(all);
    }

    private Parameter parameter(Path file, String name, JsonNode def) {
        String where = name + ": ";
        if (!name.matches("[a-z][A-Za-z0-9]*")) {
            problems.add(new DataProblem(rel(file), 0, where + "parameter names are lowerCamelCase"));
        }
        JsonNode ref = def.path("reference");
        JsonNode values = def.path("values");
        List<String> missing = new ArrayList<>();
        for (String required : List.of("description", "unit", "marker")) {
            if (def.path(required).asText("").isBlank()) {
                missing.add(required);
            }
        }
        for (String required : List.of("instrument", "provision")) {
            if (ref.path(required).asText("").isBlank()) {
                missing.add("reference." + required);
            }
        }
        if (!values.isObject() || values.isEmpty()) {
            missing.add("values");
        }
        if (!missing.isEmpty()) {
            problems.add(new DataProblem(rel(file), 0, where + "missing " + String.join(", ", missing)));
            return null;
        }
        String marker = def.path("marker").asText();
        if (!List.of("V", "S", "U").contains(marker)) {
            problems.add(new DataProblem(rel(file), 0, where + "marker must be V, S or U, not '" + marker + "'"));
        }
        TreeMap<LocalDate, ParameterValue> byDate = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
            var v = it.next();
            LocalDate from = date(file, where + "values", v.getKey());
            try {
                ParameterValue value = ParameterValue.parse(v.getValue().asText());
                if (from != null) {
                    byDate.put(from, value);
                }
            } catch (NumberFormatException ex) {
                problems.add(new DataProblem(rel(file), 0, where + "value for " + v.getKey() + " is not a number or fraction: '" + v.getValue().asText() + "'"));
            }
        }
        return new Parameter(name, def.path("description").asText(), def.path("unit").asText(), rel(file),
                ref.path("instrument").asText(), ref.path("provision").asText(), textOrNull(ref, "url"),
                marker, textOrNull(def, "note"), byDate);
    }

    public SectorCatalog loadSectors() {
        Path file = rulesDir.resolve("data/sectors.yaml");
        if (!Files.isRegularFile(file)) {
            problems.add(new DataProblem(rel(file), 0, "the sector vocabulary is missing"));
            return new SectorCatalog("", List.of());
        }
        JsonNode root = readYaml(file);
        if (root == null) {
            return new SectorCatalog("", List.of());
        }
        List<Sector> sectors = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        int i = 0;
        for (JsonNode s : root.path("sectors")) {
            String where = "sectors[" + i++ + "]";
            String code = s.path("code").asText("");
            if (!code.matches("[A-Z][A-Z0-9_]*")) {
                problems.add(new DataProblem(rel(file), 0, where + ": code '" + code + "' is not UPPER_SNAKE"));
                continue;
            }
            where = code;
            if (!seen.add(code)) {
                problems.add(new DataProblem(rel(file), 0, code + ": defined twice"));
            }
            List<Sector.Period> periods = new ArrayList<>();
            LocalDate previous = null;
            for (JsonNode p : s.path("periods")) {
                LocalDate from = date(file, where + ".periods.from", p.path("from").asText(""));
                SectorClass cls = sectorClass(file, where, p.path("class").asText(""));
                if (from == null || cls == null) {
                    continue;
                }
                if (previous != null && !from.isAfter(previous)) {
                    problems.add(new DataProblem(rel(file), 0, where + ": periods must be in increasing 'from' order (" + from + " after " + previous + ")"));
                }
                previous = from;
                if (p.path("source").asText("").isBlank()) {
                    problems.add(new DataProblem(rel(file), 0, where + " from " + from + ": every period needs a source"));
                }
                periods.add(new Sector.Period(from, cls, p.path("specifiedAcquisition").asBoolean(false),
                        p.path("source").asText(""), textOrNull(p, "marker"), textOrNull(p, "note")));
            }
            if (periods.isEmpty()) {
                problems.add(new DataProblem(rel(file), 0, where + ": no periods"));
            }
            sectors.add(new Sector(code, s.path("name").asText(code), textOrNull(s, "nameJa"), List.copyOf(periods)));
        }
        if (sectors.isEmpty()) {
            problems.add(new DataProblem(rel(file), 0, "no sectors found under 'sectors:'"));
        }
        return new SectorCatalog(root.path("version").asText(""), sectors);
    }

    /** {@code data/countries.yaml}: the countries outside Appended Table 1, each with its dates. */
    public CountryList loadCountries() {
        Path file = rulesDir.resolve("data/countries.yaml");
        if (!Files.isRegularFile(file)) {
            problems.add(new DataProblem(rel(file), 0, "the Appended Table 1 country list is missing"));
            return new CountryList("", List.of());
        }
        JsonNode root = readYaml(file);
        if (root == null) {
            return new CountryList("", List.of());
        }
        List<CountryList.Entry> entries = new ArrayList<>();
        int i = 0;
        for (JsonNode c : root.path("notInAppendedTable1")) {
            String where = "notInAppendedTable1[" + i++ + "]";
            String code = c.path("code").asText("");
            if (!code.matches("[A-Z]{2}")) {
                problems.add(new DataProblem(rel(file), 0, where + ": code '" + code + "' is not an ISO 3166-1 alpha-2 code"));
                continue;
            }
            LocalDate from = date(file, where + ".from", c.path("from").asText(""));
            LocalDate to = c.hasNonNull("to") ? date(file, where + ".to", c.path("to").asText("")) : null;
            if (c.path("source").asText("").isBlank()) {
                problems.add(new DataProblem(rel(file), 0, where + ": every entry needs a source"));
            }
            if (from != null) {
                entries.add(new CountryList.Entry(code, c.path("name").asText(code), from, to,
                        c.path("source").asText(""), textOrNull(c, "marker")));
            }
        }
        return new CountryList(root.path("version").asText(""), entries);
    }

    private static final Map<String, String> LISTED_HEADERS = Map.ofEntries(
            Map.entry("securitiescode", "code"), Map.entry("securities code", "code"), Map.entry("code", "code"),
            Map.entry("証券コード", "code"), Map.entry("コード", "code"), Map.entry("銘柄コード", "code"),
            Map.entry("isin", "isin"), Map.entry("isin code", "isin"), Map.entry("isinコード", "isin"),
            Map.entry("nameja", "nameJa"), Map.entry("会社名", "nameJa"), Map.entry("会社名（和文）", "nameJa"),
            Map.entry("銘柄名", "nameJa"), Map.entry("issue name (japanese)", "nameJa"),
            Map.entry("nameen", "nameEn"), Map.entry("company name", "nameEn"), Map.entry("会社名（英文）", "nameEn"),
            Map.entry("issue name (english)", "nameEn"),
            Map.entry("category", "category"), Map.entry("区分", "category"), Map.entry("分類", "category"),
            Map.entry("classification", "category"),
            Map.entry("designatedcorebusinessentity", "dcbe"), Map.entry("designated core business entity", "dcbe"),
            Map.entry("特定コア事業者", "dcbe"));

    /**
     * {@code data/listed-companies.yaml} (name, asOf, source, file) and the CSV it names: the MOF
     * list of listed companies, either in this project's header or in the official list's
     * (Japanese or English column titles) once saved as CSV. Optional: without it, only sectors decide.
     */
    public ListedCompanies loadListedCompanies() {
        Path meta = rulesDir.resolve("data/listed-companies.yaml");
        if (!Files.isRegularFile(meta)) {
            return ListedCompanies.none();
        }
        JsonNode m = readYaml(meta);
        if (m == null) {
            return ListedCompanies.none();
        }
        LocalDate asOf = date(meta, "asOf", m.path("asOf").asText(""));
        Path csv = rulesDir.resolve("data").resolve(m.path("file").asText("listed-companies.csv"));
        Map<String, ListedCompanies.Entry> byCode = new java.util.LinkedHashMap<>();
        try (var lines = Files.newBufferedReader(csv, java.nio.charset.StandardCharsets.UTF_8)) {
            var it = new com.fasterxml.jackson.dataformat.csv.CsvMapper()
                    .readerForListOf(String.class)
                    .with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
                    .<List<String>>readValues(lines);
            Map<String, Integer> columns = new java.util.HashMap<>();
            int lineNo = 0;
            while (it.hasNextValue()) {
                List<String> row = it.nextValue();
                lineNo++;
                if (columns.isEmpty()) {
                    for (int i = 0; i < row.size(); i++) {
                        String key = LISTED_HEADERS.get(row.get(i).replace("\uFEFF", "").trim().toLowerCase(java.util.Locale.ROOT));
                        if (key != null) {
                            columns.putIfAbsent(key, i);
                        }
                    }
                    if (!columns.containsKey("code") || !columns.containsKey("category")) {
                        problems.add(new DataProblem(rel(csv), 1, "the header needs a securities code column and a category column (found: " + row + ")"));
                        return ListedCompanies.none();
                    }
                    continue;
                }
                if (row.stream().allMatch(String::isBlank)) {
                    continue;
                }
                String code = cell(row, columns.get("code"));
                String cat = cell(row, columns.get("category")).replace("①", "1").replace("②", "2").replace("③", "3");
                if (!code.matches("[0-9A-Z]{4,5}") || !cat.matches("[123]")) {
                    problems.add(new DataProblem(rel(csv), lineNo, "expected a securities code and a category 1, 2 or 3, got '" + code + "', '" + cat + "'"));
                    continue;
                }
                String dcbe = cell(row, columns.get("dcbe")).toLowerCase(java.util.Locale.ROOT);
                byCode.put(code, new ListedCompanies.Entry(code, cell(row, columns.get("isin")), cell(row, columns.get("nameJa")),
                        cell(row, columns.get("nameEn")), Integer.parseInt(cat),
                        List.of("true", "yes", "y", "1", "○", "〇").contains(dcbe), lineNo));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new DataProblem(rel(csv), 0, "cannot read the listed-company list: " + e.getMessage()));
            return ListedCompanies.none();
        }
        return new ListedCompanies(m.path("name").asText(""), asOf, m.path("source").asText(""), byCode);
    }

    private static String cell(List<String> row, Integer index) {
        return index == null || index >= row.size() ? "" : row.get(index).trim();
    }

    private SectorClass sectorClass(Path file, String where, String text) {
        try {
            return SectorClass.valueOf(text);
        } catch (IllegalArgumentException e) {
            problems.add(new DataProblem(rel(file), 0, where + ": class must be NON_DESIGNATED, DESIGNATED or CORE, not '" + text + "'"));
            return null;
        }
    }

    LocalDate date(Path file, String where, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new DataProblem(rel(file), 0, where + ": '" + text + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    private List<Path> yamlFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            problems.add(new DataProblem(rel(dir), 0, "cannot list: " + e.getMessage()));
            return List.of();
        }
    }

    /** A path as rule authors see it: {@code rules/parameters/thresholds.yaml}. */
    public String rel(Path p) {
        return RulesFolder.display(rulesDir, p);
    }
}
