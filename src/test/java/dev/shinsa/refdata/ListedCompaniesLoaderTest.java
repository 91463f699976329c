package dev.shinsa.refdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.shinsa.domain.SectorClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MOF listed-company list is read in the official layout (Japanese titles, circled categories) as well as ours. */
class ListedCompaniesLoaderTest {
    @TempDir
    Path dir;

    private ListedCompanies load(String csv, List<DataProblem> problems) throws IOException {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules.resolve("data"));
        Files.writeString(rules.resolve("data/listed-companies.yaml"), "name: test\nasOf: 2024-09-13\nsource: x\nfile: list.csv\n");
        Files.writeString(rules.resolve("data/list.csv"), csv);
        return new RefDataLoader(rules, problems).loadListedCompanies();
    }

    @Test
    void readsTheOfficialJapaneseLayoutWithCircledCategories() throws IOException {
        List<DataProblem> problems = new ArrayList<>();
        ListedCompanies list = load("\uFEFF証券コード,ISINコード,会社名,区分,特定コア事業者\n"
                + "9501,JP3585800000,東京電力ホールディングス,③,○\n"
                + "130A,,新興ソフト,②,\n"
                + "1111,,小売,①,\n", problems);
        assertTrue(problems.isEmpty(), problems.toString());
        ListedCompanies.Entry tepco = list.lookup("9501", LocalDate.of(2026, 3, 1));
        assertEquals(SectorClass.CORE, tepco.sectorClass());
        assertTrue(tepco.designatedCoreBusinessEntity());
        assertEquals(SectorClass.DESIGNATED, list.lookup("130A", LocalDate.of(2026, 3, 1)).sectorClass());
        assertEquals(SectorClass.NON_DESIGNATED, list.lookup("1111", LocalDate.of(2026, 3, 1)).sectorClass());
        assertNull(list.lookup("9501", LocalDate.of(2024, 9, 12)), "a list does not speak for dates before its own");
    }

    @Test
    void readsTheEnglishTitlesInAnyOrder() throws IOException {
        List<DataProblem> problems = new ArrayList<>();
        ListedCompanies list = load("Category,Issue name (English),Securities code\n2,\"Foo, Inc.\",7777\n", problems);
        assertTrue(problems.isEmpty(), problems.toString());
        assertEquals("Foo, Inc.", list.lookup("7777", LocalDate.of(2025, 1, 1)).nameEn());
    }

    @Test
    void namesTheLineOfABadRowAndAHeaderWithoutCategory() throws IOException {
        List<DataProblem> problems = new ArrayList<>();
        load("securitiesCode,category\n9501,3\n95X,4\n", problems);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(3, problems.get(0).line());
        problems.clear();
        load("securitiesCode,name\n9501,x\n", problems);
        assertTrue(problems.get(0).message().contains("category"), problems.toString());
    }
}
