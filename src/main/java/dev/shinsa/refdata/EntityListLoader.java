package dev.shinsa.refdata;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads {@code data/entity-lists/}: every {@code <list-id>.csv} (header
 * {@code id,name,aliases,country,listed_on,source}, aliases separated by {@code |}) with its
 * {@code <list-id>.yaml} (name, version, source). Every problem is recorded with file and line.
 */
public final class EntityListLoader {
    public static final String FOLDER = "data/entity-lists";
    public static final List<String> HEADER = List.of("id", "name", "aliases", "country", "listed_on", "source");
    private static final CsvMapper CSV = new CsvMapper();

    private final Path rulesDir;
    private final RefDataLoader data;
    private final List<DataProblem> problems;

    public EntityListLoader(Path rulesDir, RefDataLoader data, List<DataProblem> problems) {
        this.rulesDir = rulesDir;
        this.data = data;
        this.problems = problems;
    }

    /** Every list in the folder, in file-name order; none when the folder does not exist. */
    public List<EntityList> load() {
        Path dir = rulesDir.resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            problems.add(new DataProblem(data.rel(dir), 0, "cannot list: " + e.getMessage()));
            return List.of();
        }
        List<EntityList> lists = new ArrayList<>();
        for (Path f : files) {
            String fileName = f.getFileName().toString();
            if (fileName.endsWith(".yaml") && !Files.isRegularFile(f.resolveSibling(stem(fileName) + ".csv"))) {
                problems.add(new DataProblem(data.rel(f), 0, "no " + stem(fileName) + ".csv beside it: every list is a .csv with a .yaml"));
            }
            if (!fileName.endsWith(".csv")) {
                continue;
            }
            EntityList list = list(f, stem(fileName));
            if (list != null) {
                lists.add(list);
            }
        }
        return List.copyOf(lists);
    }

    private static String stem(String fileName) {
        return fileName.substring(0, fileName.lastIndexOf('.'));
    }

    private EntityList list(Path csv, String id) {
        String shown = data.rel(csv);
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            problems.add(new DataProblem(shown, 0, "a list id (the file name) is lower-case letters, digits and '-', not '" + id + "'"));
            return null;
        }
        Path yaml = csv.resolveSibling(id + ".yaml");
        if (!Files.isRegularFile(yaml)) {
            problems.add(new DataProblem(shown, 0, "no " + id + ".yaml beside it (name, version, source)"));
            return null;
        }
        JsonNode meta = data.readYaml(yaml);
        if (meta == null) {
            return null;
        }
        List<String> missing = new ArrayList<>();
        for (String field : List.of("name", "version", "source")) {
            if (meta.path(field).asText("").isBlank()) {
                missing.add(field);
            }
        }
        if (!missing.isEmpty()) {
            problems.add(new DataProblem(data.rel(yaml), 0, "missing " + String.join(", ", missing)));
            return null;
        }
        LocalDate version = date(meta.path("version").asText(), data.rel(yaml), 0, "version");
        List<EntityList.Entry> entries = entries(csv, shown);
        if (version == null || entries == null) {
            return null;
        }
        return new EntityList(id, meta.path("name").asText(), version, meta.path("source").asText(), shown, entries);
    }

    private List<EntityList.Entry> entries(Path csv, String shown) {
        List<EntityList.Entry> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int before = problems.size();
        try (Reader in = Files.newBufferedReader(csv, UTF_8);
             MappingIterator<List<String>> it = CSV.readerForListOf(String.class)
                     .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(in)) {
            boolean header = true;
            while (it.hasNextValue()) {
                List<String> row = it.nextValue();
                int line = it.getParser().currentTokenLocation().getLineNr();
                if (header) {
                    header = false;
                    List<String> names = row.stream().map(c -> c.replace("\uFEFF", "").trim()).toList();
                    if (!names.equals(HEADER)) {
                        problems.add(new DataProblem(shown, 1, "the header must be " + String.join(",", HEADER) + ", not " + String.join(",", names)));
                        return null;
                    }
                    continue;
                }
                if (row.stream().allMatch(String::isBlank)) {
                    continue;
                }
                EntityList.Entry e = entry(row, shown, line);
                if (e != null && !ids.add(e.id())) {
                    problems.add(new DataProblem(shown, line, "entry id '" + e.id() + "' appears twice"));
                } else if (e != null) {
                    out.add(e);
                }
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(new DataProblem(shown, line, "not valid CSV: " + e.getOriginalMessage().replaceAll("\\s+", " ").trim()));
            return null;
        } catch (IOException | RuntimeException e) {
            problems.add(new DataProblem(shown, 0, "cannot read the list: " + e.getMessage()));
            return null;
        }
        return problems.size() == before ? out : null;
    }

    private EntityList.Entry entry(List<String> row, String shown, int line) {
        if (row.size() != HEADER.size()) {
            problems.add(new DataProblem(shown, line, "expected " + HEADER.size() + " fields (" + String.join(",", HEADER)
                    + "), found " + row.size() + ": quote a field that contains a comma"));
            return null;
        }
        String id = row.get(0).trim();
        String name = row.get(1).trim();
        String country = row.get(3).trim();
        String source = row.get(5).trim();
        List<String> wrong = new ArrayList<>();
        if (id.isEmpty()) {
            wrong.add("id is empty");
        }
        if (name.isEmpty()) {
            wrong.add("name is empty");
        }
        if (!country.isEmpty() && !country.matches("[A-Z]{2}")) {
            wrong.add("country '" + country + "' is not an ISO 3166-1 alpha-2 code");
        }
        if (source.isEmpty()) {
            wrong.add("source is empty: name the publication that lists the entry");
        }
        if (!wrong.isEmpty()) {
            problems.add(new DataProblem(shown, line, String.join("; ", wrong)));
            return null;
        }
        LocalDate listedOn = date(row.get(4).trim(), shown, line, "listed_on");
        if (listedOn == null) {
            return null;
        }
        List<String> aliases = Arrays.stream(row.get(2).split("\\|")).map(String::trim).filter(a -> !a.isEmpty()).toList();
        return new EntityList.Entry(id, name, aliases, country, listedOn, source, line);
    }

    private LocalDate date(String text, String file, int line, String what) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new DataProblem(file, line, what + " '" + text + "' is not a date (YYYY-MM-DD)"));
            return null;
        }
    }
}
