package org.w3id.hpkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldReaderTest {

    @Test
    void readsTheProjectGold() throws IOException {
        Annotations gold = new GoldReader().read(Path.of("data/gold"));
        assertEquals(5, gold.documents().size());
        int tasks = gold.documents().stream().mapToInt(d -> gold.tasks(d).size()).sum();
        int targets = gold.documents().stream().mapToInt(d -> gold.targets(d).size()).sum();
        assertEquals(154, tasks);
        assertEquals(73, targets);
        TaskRecord first = gold.task("002_586d2fdbfe293bd4.txt", 1);
        assertEquals(Set.of("杨少平", "马正录", "杨硕"), first.leaders());
        assertEquals(Set.of("局机关各岗位", "各医疗卫生单位"), first.cooperating());
        assertEquals("ongoing", first.due());
        TargetRecord between = gold.targets("002_586d2fdbfe293bd4.txt").get(3);
        assertEquals("Between", between.comparator());
        assertEquals(new BigDecimal("50"), between.max());
    }

    @Test
    void aBadRowIsReportedWithFileAndLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("tasks.tsv"), "doc\ttask\tlabel\tleaders\tlead\tcooperating\tdue\n"
                + "a.txt\t1\tx\t\t\t\t\n");
        Files.writeString(dir.resolve("targets.tsv"), "doc\ttask\tindicator\tcomparator\tvalue\tmax\tunit\tdue\tevidence\n"
                + "a.txt\t1\t接种率\tAtLeast\t90\t\t%\t\t\n"
                + "a.txt\t1\t接种率\tMoreOrLess\t90\t\t%\t\t\n");
        IOException e = assertThrows(IOException.class, () -> new GoldReader().read(dir));
        assertTrue(e.getMessage().contains("targets.tsv line 3"), e.getMessage());
        assertTrue(e.getMessage().contains("MoreOrLess"), e.getMessage());
    }

    @Test
    void aMissingColumnIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("tasks.tsv"), "doc\ttask\tlabel\n");
        Files.writeString(dir.resolve("targets.tsv"), "doc\ttask\n");
        IOException e = assertThrows(IOException.class, () -> new GoldReader().read(dir));
        assertTrue(e.getMessage().contains("missing column “leaders”"), e.getMessage());
    }

    @Test
    void aMissingFolderIsNamed(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class, () -> new GoldReader().read(dir.resolve("nope")));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
    }

    @Test
    void aGoldSetOfItemsAndTheirBodiesAlone_isReadAndScoresNoTaskCounts(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bodies.tsv"), "doc\tlabel\tlead\tcooperating\n"
                + "a.txt\t健全基层医疗卫生服务网络\t国家卫生健康委\t国家发展改革委|财政部\n"
                + "a.txt\t落实属地责任\t\t\n");
        Annotations gold = new GoldReader().read(dir);
        assertEquals(List.of(new BodyItem("a.txt", "健全基层医疗卫生服务网络", Set.of("国家卫生健康委"),
                Set.of("国家发展改革委", "财政部"), 0), new BodyItem("a.txt", "落实属地责任", Set.of(), Set.of(), 0)),
                gold.bodyItems("a.txt"));
        assertEquals(Set.of("a.txt"), gold.documents());
        assertTrue(!gold.tasksAnnotated("a.txt"));
    }

    @Test
    void aFolderWithNoGoldFileIsNamed(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class, () -> new GoldReader().read(dir));
        assertTrue(e.getMessage().contains("holds none of tasks.tsv, targets.tsv, bodies.tsv"), e.getMessage());
    }
}
