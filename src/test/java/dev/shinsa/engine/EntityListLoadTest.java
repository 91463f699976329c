package dev.shinsa.engine;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shinsa.refdata.DataProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entity lists as part of the rule set: the shipped lists load into the index, any list in the
 * folder is picked up, and a malformed list file stops the load with its file and line.
 */
class EntityListLoadTest {
    private static final String BIS = "data/entity-lists/bis-entity-list.csv";
    private static final String HEADER = "id,name,aliases,country,listed_on,source\n";

    @TempDir
    Path tmp;
    private Path rules;

    @BeforeEach
    void copyShippedRules() {
        rules = dev.shinsa.RulesCopy.of(tmp.resolve("rules"));
    }

    private List<DataProblem> problems() {
        return assertThrows(RuleSetException.class, () -> RuleSetLoader.load(rules)).problems();
    }

    private void write(String file, String text) throws IOException {
        Files.writeString(rules.resolve(file), text, UTF_8);
    }

    @Test
    void shippedListsAreIndexedOnceInTheRuleSet() {
        RuleSet set = RuleSetLoader.load(rules);
        assertEquals(List.of("bis-entity-list", "meti-end-user-list"), set.entityLists().lists().stream().map(l -> l.id()).toList());
        assertTrue(set.entityLists().size() > 40, "names and aliases indexed: " + set.entityLists().size());
    }

    @Test
    void aNewListInTheFolderIsPickedUpAndChangesTheRevision() throws IOException {
        String before = RuleSetLoader.load(rules).revision();
        write("data/entity-lists/test-list.csv", HEADER + "X-1,\"Orion Optics Co., Ltd.\",Orion|Orion Optics Group,RU,2024-01-01,test\n");
        write("data/entity-lists/test-list.yaml", "name: Test list\nversion: 2024-02-01\nsource: test\n");
        RuleSet set = RuleSetLoader.load(rules);
        assertNotEquals(before, set.revision());
        var test = set.entityLists().lists().stream().filter(l -> l.id().equals("test-list")).findFirst().orElseThrow();
        assertEquals(List.of("Orion", "Orion Optics Group"), test.entries().get(0).aliases());
        assertEquals(java.time.LocalDate.of(2024, 2, 1), test.version());
    }

    @Test
    void aRowWithTooManyFieldsIsReportedWithItsLine() throws IOException {
        write(BIS, HEADER + "A-1,Alpha,,CN,2020-01-01,src\nA-2,Beta, Co., Ltd.,,CN,2020-01-01,src\n");
        List<DataProblem> p = problems();
        assertEquals(1, p.size(), p.toString());
        assertEquals("rules/" + BIS, p.get(0).file());
        assertEquals(3, p.get(0).line());
        assertTrue(p.get(0).message().contains("expected 6 fields"), p.get(0).message());
    }

    @Test
    void anUnclosedQuoteIsReportedAsInvalidCsv() throws IOException {
        write(BIS, HEADER + "A-1,Alpha,,CN,2020-01-01,src\nA-2,\"Beta Co,,CN,2020-01-01,src\n");
        List<DataProblem> p = problems();
        assertEquals("rules/" + BIS, p.get(0).file());
        assertTrue(p.get(0).message().startsWith("not valid CSV"), p.toString());
    }

    @Test
    void aBadDateCountryOrMissingSourceIsReportedWithItsLine() throws IOException {
        write(BIS, HEADER + "A-1,Alpha,,CN,2020-01-01,src\nA-2,Beta,,China,2020-13-01,\nA-3,Gamma,,CN,01/02/2020,src\n");
        List<DataProblem> p = problems();
        assertEquals(2, p.size(), p.toString());
        assertEquals(3, p.get(0).line());
        assertTrue(p.get(0).message().contains("country 'China'") && p.get(0).message().contains("source is empty"), p.get(0).message());
        assertEquals(4, p.get(1).line());
        assertTrue(p.get(1).message().contains("listed_on '01/02/2020' is not a date"), p.get(1).message());
    }

    @Test
    void aWrongHeaderOrADuplicateIdIsReported() throws IOException {
        write(BIS, "id,name,country\nA-1,Alpha,CN\n");
        assertTrue(problems().get(0).toString().startsWith("rules/" + BIS + ":1: the header must be id,name,aliases,country,listed_on,source"));
        write(BIS, HEADER + "A-1,Alpha,,CN,2020-01-01,src\nA-1,Beta,,CN,2020-01-01,src\n");
        assertTrue(problems().get(0).toString().equals("rules/" + BIS + ":3: entry id 'A-1' appears twice"), problems().toString());
    }

    @Test
    void aListWithoutItsYamlOrWithoutAVersionDateIsReported() throws IOException {
        Files.delete(rules.resolve("data/entity-lists/bis-entity-list.yaml"));
        assertTrue(problems().get(0).message().contains("no bis-entity-list.yaml beside it"), problems().toString());
        write("data/entity-lists/bis-entity-list.yaml", "name: BIS\nversion: latest\nsource: x\n");
        assertTrue(problems().get(0).toString().contains("bis-entity-list.yaml: version 'latest' is not a date"), problems().toString());
    }

    @Test
    void listsWithoutTheThresholdParameterAreRefused() throws IOException {
        Files.delete(rules.resolve("parameters/entity-lists.yaml"));
        List<DataProblem> p = problems();
        assertTrue(p.stream().anyMatch(x -> x.message().contains("entity lists need the parameter 'entityListMatchThreshold'")), p.toString());
    }

    @Test
    void aThresholdAboveOneIsRefused() throws IOException {
        Path f = rules.resolve("parameters/entity-lists.yaml");
        Files.writeString(f, Files.readString(f).replace("2017-10-01: \"0.90\"", "2017-10-01: 90"));
        List<DataProblem> p = problems();
        assertTrue(p.stream().anyMatch(x -> x.message().contains("entityListMatchThreshold must be a score above 0 and at most 1, not 90")), p.toString());
    }
}
