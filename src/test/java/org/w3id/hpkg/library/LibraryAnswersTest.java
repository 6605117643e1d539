package org.w3id.hpkg.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real answer of each library query on the corpus, checked against what the gold annotations
 * (data/gold) say, or against the corpus text itself where the gold is silent.
 */
class LibraryAnswersTest {

    private static List<Map<String, String>> goldTargets;
    private static List<Map<String, String>> goldTasks;
    private static Map<String, String> regionOfFile;
    private static Map<String, String> documentText;
    private static Map<String, String> bodyLabels;

    @BeforeAll
    static void corpus() {
        goldTargets = AnalystCorpus.gold("targets.tsv");
        goldTasks = AnalystCorpus.gold("tasks.tsv");
        ResultTable docs = AnalystCorpus.run("documents", Map.of());
        regionOfFile = new HashMap<>();
        for (int i = 0; i < docs.size(); i++) {
            regionOfFile.put(docs.text(i, "file"), docs.text(i, "region"));
        }
        ResultTable texts = ResultTable.select(AnalystCorpus.dataset(), org.w3id.hpkg.library.QueryRunner.parse(
                "SELECT ?file ?text WHERE { ?d a hp:PolicyDocument ; hp:sourceFile ?file ; hp:text ?text }"));
        documentText = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            documentText.put(texts.text(i, "file"), texts.text(i, "text"));
        }
        ResultTable names = ResultTable.select(AnalystCorpus.dataset(), org.w3id.hpkg.library.QueryRunner.parse(
                "SELECT ?label ?name WHERE { ?o a hp:Organization ; rdfs:label ?label . "
                        + "{ ?o rdfs:label ?name } UNION { ?o skos:altLabel ?name } }"));
        bodyLabels = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            bodyLabels.put(bodyName(names.text(i, "name")), names.text(i, "label"));
        }
    }

    private static ResultTable run(String name, String... params) {
        Map<String, String> p = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            p.put(params[i], params[i + 1]);
        }
        ResultTable t = AnalystCorpus.run(name, p);
        assertTrue(t.size() >= 1, name + " " + p + " found nothing");
        return t;
    }

    private static List<Map<String, String>> goldTargets(Predicate<Map<String, String>> filter) {
        return goldTargets.stream().filter(filter).toList();
    }

    private static String num(String decimal) {
        return decimal.isEmpty() ? "" : new BigDecimal(decimal).stripTrailingZeros().toPlainString();
    }

    /** The gold scorer's indicator match: Dice coefficient of the character bags. */
    static double dice(String a, String b) {
        Map<Integer, Integer> bag = new HashMap<>();
        a.codePoints().forEach(c -> bag.merge(c, 1, Integer::sum));
        int common = 0;
        for (int c : b.codePoints().toArray()) {
            Integer n = bag.get(c);
            if (n != null && n > 0) {
                bag.put(c, n - 1);
                common++;
            }
        }
        return 2.0 * common / (a.codePointCount(0, a.length()) + b.codePointCount(0, b.length()));
    }

    private static String bodyName(String name) {
        return name.endsWith("岗位") ? name.substring(0, name.length() - 2) : name;
    }

    /**
     * The body a gold name (as the plan printed it) stands for, by its full name (its rdfs:label): a body of
     * the graph goes by its full name and by every printed form (skos:altLabel). Compared without 岗位.
     */
    private static String body(String goldName) {
        return bodyName(bodyLabels.getOrDefault(bodyName(goldName), goldName));
    }

    private static List<String> split(String cell) {
        return cell.isEmpty() ? List.of() : List.of(cell.split("\\|"));
    }

    @Test
    void targets_areTheGoldTargetsWithTheirValuesComparatorsUnitsAndDeadlines() {
        ResultTable t = run("targets");
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            actual.add(String.join(" ", t.text(i, "file"), t.text(i, "task"), t.text(i, "comparator"),
                    num(t.text(i, "value")), num(t.text(i, "max")), t.text(i, "unit"), t.text(i, "due")));
        }
        List<String> expected = goldTargets.stream().map(g -> String.join(" ", g.get("doc"), g.get("task"),
                g.get("comparator"), num(g.get("value")), num(g.get("max")), g.get("unit"), g.get("due"))).toList();
        assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList());
        for (Map<String, String> g : goldTargets) {
            boolean named = IntStream.range(0, t.size()).anyMatch(i -> t.text(i, "file").equals(g.get("doc"))
                    && t.text(i, "task").equals(g.get("task")) && num(t.text(i, "value")).equals(num(g.get("value")))
                    && dice(t.text(i, "indicator"), g.get("indicator")) >= 0.5);
            assertTrue(named, "no target names the indicator " + g.get("indicator") + " of " + g.get("doc"));
        }
    }

    @Test
    void indicatorAcrossDocuments_namesIndicatorsOfSeveralPlansWithTheirGoldValues() {
        ResultTable t = run("indicator-across-documents");
        Map<String, Set<String>> files = new HashMap<>();
        for (int i = 0; i < t.size(); i++) {
            int row = i;
            files.computeIfAbsent(t.text(i, "indicator"), k -> new HashSet<>()).add(t.text(i, "file"));
            assertTrue(goldTargets.stream().anyMatch(g -> g.get("doc").equals(t.text(row, "file"))
                    && num(g.get("value")).equals(num(t.text(row, "value"))) && g.get("unit").equals(t.text(row, "unit"))
                    && dice(g.get("indicator"), t.text(row, "indicator")) >= 0.5), "not a gold target: row " + i);
            assertEquals(regionOfFile.get(t.text(i, "file")), t.text(i, "region").isEmpty() ? "(none)" : t.text(i, "region"));
        }
        files.forEach((indicator, inFiles) -> assertTrue(inFiles.size() > 1, indicator + " is in one plan only"));
        assertEquals(Set.of("001_6b944289bbc3a505.txt", "002_586d2fdbfe293bd4.txt"), files.get("县域医共体"));
    }

    @Test
    void tasksPerLeadBody_countsTheGoldLeadBodiesPerRegion() {
        ResultTable t = run("tasks-per-lead-body", "within", "宁夏回族自治区");
        Map<String, Integer> actual = new TreeMap<>();
        for (int i = 0; i < t.size(); i++) {
            assertEquals("同心县", t.text(i, "region"));
            actual.merge(bodyName(t.text(i, "body")), (int) t.number(i, "tasks"), Integer::sum);
        }
        Map<String, Integer> expected = new TreeMap<>();
        goldTasks.stream().filter(g -> g.get("doc").startsWith("002_"))
                .forEach(g -> split(g.get("lead")).forEach(b -> expected.merge(body(b), 1, Integer::sum)));
        assertEquals(expected, actual);
        assertEquals(t.size(), run("tasks-per-lead-body").size(), "only 同心县's plan names lead bodies");
        assertTrue(t.number(0, "tasks") >= t.number(t.size() - 1, "tasks"), "busiest body first");
    }

    private static Set<String> goldTasksDue(Predicate<LocalDate> when) {
        return goldTasks.stream().filter(g -> g.get("due").matches("\\d{4}-\\d{2}-\\d{2}")
                && when.test(LocalDate.parse(g.get("due")))).map(g -> g.get("doc") + " " + g.get("task") + " " + g.get("due"))
                .collect(Collectors.toSet());
    }

    private static Set<String> tasksIn(ResultTable t) {
        return IntStream.range(0, t.size()).mapToObj(i -> t.text(i, "file") + " " + t.text(i, "task") + " " + t.text(i, "due"))
                .collect(Collectors.toSet());
    }

    @Test
    void tasksDueBefore_areTheGoldTasksDueBeforeTheDate() {
        assertEquals(goldTasksDue(d -> d.isBefore(LocalDate.of(2020, 12, 1))), tasksIn(run("tasks-due-before")));
        assertEquals(goldTasksDue(d -> d.isBefore(LocalDate.of(2020, 1, 1))),
                tasksIn(run("tasks-due-before", "before", "2020-01-01")));
    }

    @Test
    void tasksDueBetween_areTheGoldTasksDueInTheWindow() {
        LocalDate from = LocalDate.of(2020, 6, 1);
        LocalDate to = LocalDate.of(2020, 12, 31);
        assertEquals(goldTasksDue(d -> !d.isBefore(from) && !d.isAfter(to)), tasksIn(run("tasks-due-between")));
        assertEquals(goldTasksDue(d -> d.getYear() == 2019),
                tasksIn(run("tasks-due-between", "from", "2019-01-01", "to", "2019-12-31")));
    }

    @Test
    void overdueTasks_areTheGoldTasksPastTheirDeadlineWithDaysAndLeadBodies() {
        LocalDate asOf = LocalDate.of(2020, 12, 1);
        ResultTable t = run("overdue-tasks");
        assertEquals(goldTasksDue(d -> d.isBefore(asOf)), tasksIn(t));
        for (int i = 0; i < t.size(); i++) {
            assertEquals(ChronoUnit.DAYS.between(LocalDate.parse(t.text(i, "due")), asOf), (long) t.number(i, "daysOverdue"));
            String file = t.text(i, "file");
            String task = t.text(i, "task");
            Map<String, String> gold = goldTasks.stream().filter(g -> g.get("doc").equals(file) && g.get("task").equals(task))
                    .findFirst().orElseThrow();
            assertEquals(split(gold.get("lead")).stream().map(LibraryAnswersTest::body).collect(Collectors.toSet()),
                    split(t.text(i, "leadBodies").replace('、', '|')).stream().map(LibraryAnswersTest::bodyName)
                            .collect(Collectors.toSet()));
        }
        long most = goldTasks.stream().filter(g -> g.get("due").matches("\\d{4}-.*"))
                .mapToLong(g -> ChronoUnit.DAYS.between(LocalDate.parse(g.get("due")), asOf)).max().orElseThrow();
        assertEquals(most, (long) t.number(0, "daysOverdue"), "the most overdue first");
        ResultTable earlier = run("overdue-tasks", "asOf", "2020-06-01");
        assertEquals(goldTasksDue(d -> d.isBefore(LocalDate.of(2020, 6, 1))), tasksIn(earlier));
    }

    @Test
    void tasksWithoutBodyOrDeadline_countTheGoldTasksMissingEither() {
        ResultTable t = run("tasks-without-body-or-deadline");
        Map<String, String> actual = new TreeMap<>();
        for (int i = 0; i < t.size(); i++) {
            actual.put(t.text(i, "file"), t.text(i, "tasks") + "/" + t.text(i, "withoutBody") + "/" + t.text(i, "withoutDeadline"));
        }
        Map<String, int[]> counts = new TreeMap<>();
        for (Map<String, String> g : goldTasks) {
            boolean noBody = g.get("lead").isEmpty() && g.get("cooperating").isEmpty();
            boolean noDeadline = g.get("due").isEmpty();
            if (noBody || noDeadline) {
                int[] c = counts.computeIfAbsent(g.get("doc"), k -> new int[3]);
                c[0]++;
                c[1] += noBody ? 1 : 0;
                c[2] += noDeadline ? 1 : 0;
            }
        }
        Map<String, String> expected = new TreeMap<>();
        counts.forEach((doc, c) -> expected.put(doc, c[0] + "/" + c[1] + "/" + c[2]));
        assertEquals(expected, actual);
    }

    @Test
    void recurringProgrammes_appearInThePlansWhoseTextNamesThem() {
        ResultTable t = run("recurring-programmes");
        for (int i = 0; i < t.size(); i++) {
            String name = t.text(i, "programme");
            long naming = documentText.values().stream().filter(text -> text.contains(name)).count();
            assertTrue(t.number(i, "plans") >= 1 && t.number(i, "plans") <= naming, name);
        }
        assertEquals("优质服务基层行", t.text(0, "programme"));
        assertEquals(documentText.values().stream().filter(text -> text.contains("优质服务基层行")).count(),
                (long) t.number(0, "plans"));
        assertTrue(t.number(0, "plans") >= t.number(1, "plans"), "most plans first");
    }

    @Test
    void recurringProgrammes_withinARegion_countOnlyItsPlans() {
        ResultTable hubei = run("recurring-programmes", "within", "湖北省");
        // the corpus's one plan in 湖北省 is 荆门市's: every programme its tasks name, once each
        List<String> named = ResultTable.select(AnalystCorpus.dataset(), org.w3id.hpkg.library.QueryRunner.parse("SELECT DISTINCT ?p WHERE { ?t hp:document ?d ;"
                + " hp:mentionsProgramme/rdfs:label ?p . ?d hp:jurisdiction/rdfs:label \"荆门市\" } ORDER BY ?p"))
                .rows().stream().map(r -> r.get("p").getLiteralLexicalForm()).toList();
        assertTrue(named.size() > 5 && named.size() <= 20, "programmes of 荆门市's plan: " + named);
        assertEquals(named, IntStream.range(0, hubei.size()).mapToObj(i -> hubei.text(i, "programme")).sorted().toList());
        for (int i = 0; i < hubei.size(); i++) {
            assertEquals("荆门市", hubei.text(i, "regions"));
            assertEquals(1.0, hubei.number(i, "plans"));
        }
        assertEquals(0, AnalystCorpus.run("recurring-programmes", Map.of("within", "北京市")).size(), "no plan of 北京市 in the corpus");
    }

    @Test
    void targetSources_areTheSentencesAtTheirOffsetsAndHoldTheGoldEvidence() {
        ResultTable t = run("target-sources", "keyword", "接种率");
        List<Map<String, String>> gold = goldTargets(g -> g.get("indicator").contains("接种率"));
        assertEquals(gold.size(), t.size());
        for (int i = 0; i < t.size(); i++) {
            String text = documentText.get(t.text(i, "file"));
            assertEquals(text.substring((int) t.number(i, "start"), (int) t.number(i, "end")), t.text(i, "source"));
        }
        for (Map<String, String> g : gold) {
            assertTrue(IntStream.range(0, t.size()).anyMatch(i -> t.text(i, "file").equals(g.get("doc"))
                    && t.text(i, "source").contains(g.get("evidence"))), "evidence " + g.get("evidence"));
        }
        assertEquals(goldTargets.size(), run("target-sources").size(), "every target has its source");
    }

    @Test
    void dataQualityNotes_listEveryDocumentAndPointAtTheDamage() throws IOException {
        ResultTable t = run("data-quality-notes");
        Set<String> corpus;
        try (var files = Files.list(AnalystCorpus.CORPUS)) {
            corpus = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        Set<String> listed = IntStream.range(0, t.size()).mapToObj(i -> t.text(i, "file")).collect(Collectors.toSet());
        assertEquals(corpus, listed);
        Map<String, Set<String>> kinds = new HashMap<>();
        for (int i = 0; i < t.size(); i++) {
            kinds.computeIfAbsent(t.text(i, "file"), k -> new HashSet<>()).add(t.text(i, "kind"));
            if (t.text(i, "kind").equals("DAMAGED_CHARACTER")) {
                char c = documentText.get(t.text(i, "file")).charAt((int) t.number(i, "offset"));
                assertTrue(c == '?' || c == '\uFFFD', "a damage note points at " + c);
            }
        }
        String raw = Files.readString(AnalystCorpus.CORPUS.resolve("004_202b33ede5430d66.txt"), StandardCharsets.UTF_8);
        assertTrue(raw.contains("衛(wèi)生"), "the file is traditional with pinyin readings");
        assertTrue(kinds.get("004_202b33ede5430d66.txt").containsAll(Set.of("TRADITIONAL_CONVERTED", "PINYIN_REMOVED")));
        assertEquals(Set.of(""), kinds.get("001_6b944289bbc3a505.txt"), "a clean document is listed without notes");
    }

    @Test
    void indicatorTargetsByRegion_rankTheGoldTargetsOfTheIndicatorByValue() {
        ResultTable t = run("indicator-targets-by-region");
        List<Map<String, String>> gold = goldTargets(g -> g.get("indicator").contains("接种率") && g.get("unit").equals("%"));
        List<String> expected = new ArrayList<>();
        for (Map<String, String> g : gold) {
            long higher = gold.stream().filter(o -> new BigDecimal(o.get("value")).compareTo(new BigDecimal(g.get("value"))) > 0).count();
            expected.add((higher + 1) + " " + regionOfFile.get(g.get("doc")) + " " + g.get("doc") + " " + num(g.get("value")));
        }
        List<String> actual = IntStream.range(0, t.size()).mapToObj(i -> t.text(i, "rank") + " " + t.text(i, "region") + " "
                + t.text(i, "file") + " " + num(t.text(i, "value"))).toList();
        assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList());
        Map<String, String> top = gold.stream().max(java.util.Comparator.comparing(g -> new BigDecimal(g.get("value"))))
                .orElseThrow();
        assertEquals(regionOfFile.get(top.get("doc")), t.text(0, "region"), "the highest target ranks first");
        ResultTable ningxia = run("indicator-targets-by-region", "keyword", "覆盖率", "within", "宁夏回族自治区");
        assertEquals(goldTargets(g -> g.get("doc").startsWith("002_") && g.get("indicator").contains("覆盖率")).size(),
                ningxia.size());
    }

    @Test
    void indicatorTargetsByRegion_showsOneHundredRanksFromTheRankAsked() {
        ResultTable all = run("indicator-targets-by-region", "keyword", "", "inUnit", "");
        ResultTable page = run("indicator-targets-by-region", "keyword", "", "inUnit", "", "fromRank", "10");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            long rank = Long.parseLong(all.text(i, "rank"));
            if (rank >= 10 && rank < 110) {
                expected.add(row(all, i));
            }
        }
        assertTrue(expected.size() > 10 && expected.size() < all.size(), "the page cuts the listing: " + expected.size());
        assertEquals(expected, IntStream.range(0, page.size()).mapToObj(i -> row(page, i)).toList());
        ResultTable top = run("indicator-targets-by-region", "keyword", "", "inUnit", "", "fromRank", "1");
        assertEquals(IntStream.range(0, all.size()).filter(i -> Long.parseLong(all.text(i, "rank")) < 101)
                .mapToObj(i -> row(all, i)).toList(), IntStream.range(0, top.size()).mapToObj(i -> row(top, i)).toList());
    }

    private static String row(ResultTable t, int i) {
        return String.join(" ", t.text(i, "rank"), t.text(i, "unit"), t.text(i, "region"), t.text(i, "indicator"),
                t.text(i, "value"), t.text(i, "file"));
    }

    @Test
    void indicatorSpread_givesTheGoldRangeOfEachIndicatorFamilyAcrossRegions() {
        ResultTable t = run("indicator-spread");
        ResultTable graphTargets = run("targets");
        Map<String, List<Map<String, String>>> families = new HashMap<>();
        for (Map<String, String> g : goldTargets) {
            // the gold values, grouped by the key the graph gives the matching target's indicator
            String name = IntStream.range(0, graphTargets.size()).filter(i -> graphTargets.text(i, "file").equals(g.get("doc"))
                    && graphTargets.text(i, "task").equals(g.get("task")) && num(graphTargets.text(i, "value")).equals(num(g.get("value")))
                    && graphTargets.text(i, "unit").equals(g.get("unit"))).boxed()
                    .max(java.util.Comparator.comparingDouble(i -> dice(graphTargets.text(i, "indicator"), g.get("indicator"))))
                    .map(i -> graphTargets.text(i, "indicator")).orElseThrow();
            String family = name.length() > 3 ? name.substring(name.length() - 3) : name;
            families.computeIfAbsent(family + " " + g.get("unit"), k -> new ArrayList<>()).add(g);
        }
        Map<String, String> expected = new TreeMap<>();
        families.forEach((family, targets) -> {
            Set<String> regions = targets.stream().map(g -> regionOfFile.get(g.get("doc")).equals("(none)") ? g.get("doc")
                    : regionOfFile.get(g.get("doc"))).collect(Collectors.toSet());
            if (regions.size() > 1) {
                BigDecimal low = targets.stream().map(g -> new BigDecimal(g.get("value"))).min(BigDecimal::compareTo).orElseThrow();
                BigDecimal high = targets.stream().map(g -> new BigDecimal(g.get("value"))).max(BigDecimal::compareTo).orElseThrow();
                expected.put(family, regions.size() + " " + num(low.toPlainString()) + " " + num(high.toPlainString()) + " "
                        + num(high.subtract(low).toPlainString()));
            }
        });
        Map<String, String> actual = new TreeMap<>();
        for (int i = 0; i < t.size(); i++) {
            actual.put(t.text(i, "indicator") + " " + t.text(i, "unit"), t.text(i, "regions") + " " + num(t.text(i, "lowest"))
                    + " " + num(t.text(i, "highest")) + " " + num(t.text(i, "spread")));
        }
        assertEquals(expected, actual);
        for (int i = 1; i < t.size(); i++) {
            assertTrue(t.number(i - 1, "spread") >= t.number(i, "spread"), "largest spread first");
        }
    }

    @Test
    void withinProvince_countsThePlansTasksAndTargetsOfEachRegionInside() {
        ResultTable hubei = run("within-province");
        int row = IntStream.range(0, hubei.size()).filter(i -> hubei.text(i, "region").equals("荆门市")).findFirst().orElseThrow();
        assertEquals("001_6b944289bbc3a505.txt", hubei.text(row, "plans"));
        assertEquals(goldTasks.stream().filter(g -> g.get("doc").startsWith("001_")).count(), (long) hubei.number(row, "tasks"));
        assertEquals(goldTargets(g -> g.get("doc").startsWith("001_")).size(), (int) hubei.number(row, "targets"));
        Map<String, List<String>> gazetteer = gazetteer();
        for (int i = 0; i < hubei.size(); i++) {
            assertTrue(hubei.text(i, "code").startsWith("42"), "inside 湖北省 (42xxxx): " + hubei.text(i, "region"));
            if (!hubei.text(i, "mentionedByTasks").isEmpty()) {
                List<String> names = gazetteer.get(hubei.text(i, "code"));
                assertTrue(names.stream().anyMatch(n -> documentText.get("001_6b944289bbc3a505.txt").contains(n)),
                        hubei.text(i, "region") + " is named in 荆门市's plan");
            }
        }
        ResultTable ningxia = run("within-province", "province", "宁夏回族自治区");
        int tongxin = IntStream.range(0, ningxia.size()).filter(i -> ningxia.text(i, "region").equals("同心县")).findFirst()
                .orElseThrow();
        assertEquals(goldTasks.stream().filter(g -> g.get("doc").startsWith("002_")).count(), (long) ningxia.number(tongxin, "tasks"));
        assertEquals(goldTargets(g -> g.get("doc").startsWith("002_")).size(), (int) ningxia.number(tongxin, "targets"));
    }

    /** Names and aliases of the gazetteer's regions by GB/T 2260 code. */
    private static Map<String, List<String>> gazetteer() {
        try {
            Map<String, List<String>> names = new HashMap<>();
            for (String line : Files.readAllLines(Path.of("src/main/resources/hpkg/extract/gazetteer.tsv"), StandardCharsets.UTF_8)) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                List<String> all = new ArrayList<>(List.of(cells[1]));
                // code, name, parent, level, short form
                if (!cells[4].isBlank()) {
                    all.add(cells[4]);
                }
                names.put(cells[0], all);
            }
            for (String line : Files.readAllLines(Path.of("src/main/resources/hpkg/extract/townships.tsv"), StandardCharsets.UTF_8)) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] cells = line.split("\t", -1);
                    names.put(cells[0], List.of(cells[1]));
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How two GB/T 2260 codes relate: the code's zeros say the level (省 xx0000, 地 xxxx00). */
    private static String relation(String mentioned, String own) {
        String ownPrefix = own.endsWith("0000") ? own.substring(0, 2) : own.endsWith("00") ? own.substring(0, 4) : own;
        String mentionedPrefix = mentioned.endsWith("0000") ? mentioned.substring(0, 2)
                : mentioned.endsWith("00") ? mentioned.substring(0, 4) : mentioned;
        if (mentioned.startsWith(ownPrefix)) {
            return "inside";
        }
        return own.startsWith(mentionedPrefix) ? "above" : "elsewhere";
    }

    @Test
    void tasksMentioningOtherRegions_nameThemInTheTextAndPlaceThemByTheirCodes() {
        ResultTable t = run("tasks-mentioning-other-regions");
        Map<String, List<String>> gazetteer = gazetteer();
        // codes straight from the graph, since names such as 鼓楼区 are not unique in China
        ResultTable facts = ResultTable.select(AnalystCorpus.dataset(), org.w3id.hpkg.library.QueryRunner.parse("""
                SELECT ?file ?task ?text ?name ?code ?own WHERE {
                  ?t a hp:Task ; hp:ordinal ?task ; hp:text ?text ; hp:document ?d ; hp:mentionsRegion ?m .
                  ?m rdfs:label ?name ; hp:adminCode|hp:statisticsCode ?code . ?d hp:sourceFile ?file .
                  OPTIONAL { ?d hp:jurisdiction/hp:adminCode ?own } }"""));
        Map<String, Integer> fact = new HashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            fact.put(facts.text(i, "file") + " " + facts.text(i, "task") + " " + facts.text(i, "name"), i);
        }
        Set<String> relations = new HashSet<>();
        for (int i = 0; i < t.size(); i++) {
            Integer f = fact.get(t.text(i, "file") + " " + t.text(i, "task") + " " + t.text(i, "mentioned"));
            assertTrue(f != null, "row " + i + " is a mention in the graph");
            String code = facts.text(f, "code");
            String own = facts.text(f, "own");
            assertFalse(code.equals(own), "the plan's own region is not another region");
            String text = facts.text(f, "text");
            assertTrue(gazetteer.get(code).stream().anyMatch(text::contains), t.text(i, "mentioned") + " in task " + t.text(i, "task"));
            String expected = own.isEmpty() ? "unknown" : relation(code, own);
            assertEquals(expected, t.text(i, "relation"), t.text(i, "mentioned") + " from " + t.text(i, "planRegion"));
            relations.add(expected);
        }
        assertTrue(relations.containsAll(Set.of("inside", "above", "elsewhere")), relations.toString());
        long mentions = IntStream.range(0, facts.size()).filter(i -> !facts.text(i, "code").equals(facts.text(i, "own"))).count();
        assertEquals(mentions, t.size(), "every mention of another region is listed");
    }

    @Test
    void targetsVsParentPlan_listsThePlansGoldTargetsAndNoParentWhereTheCorpusHasNone() {
        ResultTable t = run("targets-vs-parent-plan");
        List<String> expected = goldTargets(g -> g.get("doc").startsWith("001_")).stream()
                .map(g -> g.get("comparator") + " " + num(g.get("value")) + " " + g.get("unit")).sorted().toList();
        List<String> actual = IntStream.range(0, t.size()).mapToObj(i -> t.text(i, "comparator") + " "
                + num(t.text(i, "value")) + " " + t.text(i, "unit")).sorted().toList();
        assertEquals(expected, actual);
        assertFalse(regionOfFile.containsValue("湖北省"), "the corpus holds no plan of 荆门市's province");
        for (int i = 0; i < t.size(); i++) {
            assertEquals("荆门市", t.text(i, "region"));
            assertEquals("", t.text(i, "parentFile"));
            assertEquals("", t.text(i, "parentValue"), "no parent plan, so nothing to compare with");
        }
        // the comparison itself is checked on a corpus that has a parent plan: TargetsVsParentPlanTest
    }

    @Test
    void documents_countTheGoldTasksAndTargetsOfEachPlan() {
        ResultTable t = run("documents");
        assertEquals(documentText.keySet(), IntStream.range(0, t.size()).mapToObj(i -> t.text(i, "file")).collect(Collectors.toSet()));
        ResultTable notes = run("data-quality-notes");
        for (int i = 0; i < t.size(); i++) {
            String file = t.text(i, "file");
            assertEquals(goldTasks.stream().filter(g -> g.get("doc").equals(file)).count(), (long) t.number(i, "tasks"), file);
            assertEquals(goldTargets.stream().filter(g -> g.get("doc").equals(file)).count(), (long) t.number(i, "targets"), file);
            assertTrue(t.text(i, "title").contains(t.text(i, "year")), "the title names the plan year: " + t.text(i, "title"));
            long noteRows = IntStream.range(0, notes.size()).filter(n -> notes.text(n, "file").equals(file)
                    && !notes.text(n, "kind").isEmpty()).count();
            assertEquals(noteRows, (long) t.number(i, "notes"), file);
        }
    }

    @Test
    void storedCounts_areTheCountsOfWhatEachDocumentGraphHolds() {
        ResultTable stored = ResultTable.select(AnalystCorpus.dataset(), org.w3id.hpkg.library.QueryRunner.parse("""
                SELECT ?file (STR(?tasks) AS ?t) (STR(?targets) AS ?g) (STR(?notes) AS ?n) (STR(?noBody) AS ?b) (STR(?noDue) AS ?d)
                WHERE { ?doc hp:sourceFile ?file ; hp:taskCount ?tasks ; hp:targetCount ?targets ; hp:qualityNoteCount ?notes ;
                             hp:tasksWithoutBody ?noBody ; hp:tasksWithoutDeadline ?noDue }"""));
        ResultTable counted = ResultTable.select(AnalystCorpus.dataset(), org.w3id.hpkg.library.QueryRunner.parse("""
                SELECT ?file (STR(COUNT(DISTINCT ?task)) AS ?t) (STR(COUNT(DISTINCT ?target)) AS ?g)
                       (STR(COUNT(DISTINCT ?note)) AS ?n) (STR(COUNT(DISTINCT ?noBody)) AS ?b) (STR(COUNT(DISTINCT ?noDue)) AS ?d)
                WHERE { ?doc hp:sourceFile ?file .
                  OPTIONAL { { ?task hp:document ?doc ; a hp:Task }
                    UNION { ?x hp:document ?doc ; a hp:Task ; hp:hasTarget ?target }
                    UNION { ?doc hp:qualityNote ?note }
                    UNION { ?noBody hp:document ?doc ; a hp:Task FILTER NOT EXISTS { ?noBody hp:leadBody|hp:cooperatingBody ?o } }
                    UNION { ?noDue hp:document ?doc ; a hp:Task FILTER NOT EXISTS { ?noDue hp:deadline ?o } } } }
                GROUP BY ?file"""));
        assertEquals(rows(counted), rows(stored));
        assertEquals(documentText.size(), stored.size(), "every document has its counts");
        assertTrue(rows(stored).stream().anyMatch(r -> !r.endsWith(" 0 0")), "some document lacks bodies or deadlines");
    }

    private static Set<String> rows(ResultTable t) {
        Set<String> rows = new java.util.TreeSet<>();
        for (int i = 0; i < t.size(); i++) {
            rows.add(String.join(" ", t.text(i, "file"), t.text(i, "t"), t.text(i, "g"), t.text(i, "n"), t.text(i, "b"), t.text(i, "d")));
        }
        return rows;
    }

    @Test
    void deadlines_countTheGoldTasksDueOnEachDate() {
        ResultTable t = run("deadlines");
        Map<String, Integer> actual = new TreeMap<>();
        for (int i = 0; i < t.size(); i++) {
            actual.merge(t.text(i, "file") + " " + t.text(i, "due"), (int) t.number(i, "tasks"), Integer::sum);
        }
        Map<String, Integer> expected = new TreeMap<>();
        goldTasks.stream().filter(g -> g.get("due").matches("\\d{4}-.*"))
                .forEach(g -> expected.merge(g.get("doc") + " " + g.get("due"), 1, Integer::sum));
        assertEquals(expected, actual);
    }

    @Test
    void searchTasks_findsTheTasksOfHubeiPlansDueIn2020ThatSpeakOfChronicDisease() {
        ResultTable t = run("search-tasks");
        Set<String> expected = new HashSet<>();
        ResultTable texts = ResultTable.select(AnalystCorpus.dataset(), org.w3id.hpkg.library.QueryRunner.parse(
                "SELECT ?file ?task WHERE { ?t a hp:Task ; hp:ordinal ?task ; hp:text ?text ; hp:document/hp:sourceFile ?file"
                        + " FILTER (CONTAINS(?text, \"慢性病\")) }"));
        ResultTable hubei = run("within-province", "province", "湖北省");
        Set<String> inHubei = IntStream.range(0, hubei.size()).mapToObj(i -> hubei.text(i, "region")).collect(Collectors.toSet());
        for (int i = 0; i < texts.size(); i++) {
            if (inHubei.contains(regionOfFile.get(texts.text(i, "file")))) {
                expected.add(texts.text(i, "file") + " " + texts.text(i, "task"));
            }
        }
        Set<String> actual = IntStream.range(0, t.size()).mapToObj(i -> t.text(i, "file") + " " + t.text(i, "task"))
                .collect(Collectors.toSet());
        assertEquals(expected, actual);
        for (int i = 0; i < t.size(); i++) {
            assertEquals("2020-12-31", t.text(i, "due"), "荆门市's plan sets no deadlines: the plan year counts");
            assertEquals("plan year", t.text(i, "dueFrom"));
            assertTrue(t.text(i, "match").contains("«慢性病»"), t.text(i, "match"));
        }
    }

    @Test
    void searchTargets_findsTheTargetsWhoseSourceSentenceHasTheWord() {
        ResultTable t = run("search-targets");
        ResultTable sources = run("target-sources");
        Set<String> expected = IntStream.range(0, sources.size()).filter(i -> sources.text(i, "source").contains("接种"))
                .mapToObj(i -> sources.text(i, "file") + " " + sources.text(i, "indicator") + " " + num(sources.text(i, "value")))
                .collect(Collectors.toSet());
        Set<String> actual = IntStream.range(0, t.size()).mapToObj(i -> t.text(i, "file") + " " + t.text(i, "indicator") + " "
                + num(t.text(i, "value"))).collect(Collectors.toSet());
        assertEquals(expected, actual);
        assertEquals(goldTargets(g -> g.get("evidence").contains("接种")).size(), t.size());
    }
}
