package org.w3id.hpkg.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.w3id.hpkg.extract.region.Region;

/**
 * Writes one plan in the genre's structure: a head (masthead with document number and notice, a plain
 * title, or a web page's title and source line), an introduction, numbered sections and tasks with running
 * text, targets and, in task-table plans, field blocks; then a signature or copy list. Damage, broken
 * lines, traditional characters, pinyin readings and legacy encodings are laid over a share of plans.
 * Every random choice comes from the plan's own random source, so a plan depends only on the seed and its
 * index. Targets are only ever written by {@link #rateSentence} and {@link #countSentence}, which count
 * what they write: that count is the ground truth.
 *
 * <p>A share of plans name other regions in some of their tasks ({@link #mentionSentence}): a county its
 * prefecture or province or a neighbouring county, a prefecture or province the regions inside it. Those
 * choices come from a second random source of the plan, so that a plan naming no other region is the plan
 * written before plans named any. The extractor tells which of the regions sharing a name (鼓楼区) a plan's
 * head means by the regions its text names most, so the plan of such a region names other regions only
 * where its masthead gives the prefecture too ({@code 徐州市鼓楼区卫生健康局文件}).
 */
final class PlanComposer {

    static final int MIN_CHARS = 2000;
    static final int MAX_CHARS = 10000;
    private static final String CHINESE_NUMBERS = "一二三四五六七八九十";
    private static final Pattern READING = Pattern.compile("[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}");
    private static final Pattern TONED = Pattern.compile(".*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ].*");
    /** Share of plans that name other regions (of those that can: see the class comment). */
    static final double MENTIONING_PLANS = 0.4;

    private enum Level { PROVINCE, CITY, COUNTY }

    private enum Outline { NUMBERED_TASKS, BRACKETED_TASKS, FLAT }

    private final PlanPhrases phrases;
    private final Pattern paragraphStart;
    private final SplittableRandom rnd;
    /** The random source of the mentions of other regions, apart so that the rest of the plan does not depend on them. */
    private final SplittableRandom mentionRnd;
    private final RegionNeighbours.Neighbours neighbours;
    private final Region region;
    private final Region parent;
    private final int year;
    private final EnumSet<PlanVariant> variants = EnumSet.noneOf(PlanVariant.class);
    private final StringBuilder text = new StringBuilder();
    private final Level level;
    private final String scope;
    private final String issuer;
    private int tasks;
    private int targets;
    /** Tasks that name another region: the ground truth of the mentions. */
    private int mentions;
    private boolean mentioning;
    private boolean taskMentions;
    private int damaged;
    /** Headings and sentences already used, so that a plan does not repeat itself more than real ones do. */
    private final java.util.Set<String> used = new java.util.HashSet<>();

    PlanComposer(PlanPhrases phrases, Pattern paragraphStart, SplittableRandom rnd, SplittableRandom mentionRnd,
            RegionNeighbours.Neighbours neighbours, Region region, Region parent, int year) {
        this.phrases = phrases;
        this.paragraphStart = paragraphStart;
        this.rnd = rnd;
        this.mentionRnd = mentionRnd;
        this.neighbours = neighbours;
        this.region = region;
        this.parent = parent;
        this.year = year;
        this.level = region.code().endsWith("0000") ? Level.PROVINCE
                : region.code().endsWith("00") ? Level.CITY : Level.COUNTY;
        this.scope = scopeWord();
        this.issuer = issuerName();
    }

    GeneratedPlan compose(String fileName) {
        chooseVariants();
        int length = MIN_CHARS + rnd.nextInt(MAX_CHARS - MIN_CHARS - 600);
        String title = title();
        int head = rnd.nextInt(3);
        switch (head) {
            case 0 -> notice(title);
            case 1 -> line(title);
            default -> webPage();
        }
        introduction();
        String footer = footer(head);
        // a masthead names a 区 after its prefecture (see issuerName)
        mentioning = (head == 0 || !neighbours.nameShared()) && mentionRnd.nextDouble() < MENTIONING_PLANS
                && PlanPhrases.MENTION_RELATIONS.stream().anyMatch(r -> !neighbours.get(r).isEmpty());
        outline(length, footer.length());
        text.append(footer);
        String plain = text.toString();
        int chars = plain.length();
        String written = plain;
        if (variants.contains(PlanVariant.PINYIN)) {
            written = annotatePinyin(written);
        }
        if (variants.contains(PlanVariant.TRADITIONAL)) {
            written = HanLP.convertToTraditionalChinese(written);
        }
        if (variants.contains(PlanVariant.CRLF)) {
            written = written.replace("\n", "\r\n");
        }
        byte[] bytes = encode(written);
        return new GeneratedPlan(fileName, bytes, region.code(), year, chars, tasks, targets, mentions, variants);
    }

    private void chooseVariants() {
        if (chance(0.35)) {
            variants.add(PlanVariant.FIELDS);
        }
        if (chance(0.04)) {
            variants.add(PlanVariant.PINYIN);
            if (chance(0.7)) {
                variants.add(PlanVariant.TRADITIONAL);
            }
        } else if (chance(0.06)) {
            variants.add(PlanVariant.TRADITIONAL);
        }
        if (chance(0.04)) {
            variants.add(PlanVariant.DAMAGED);
        }
        if (chance(0.15)) {
            variants.add(PlanVariant.BROKEN_LINES);
        }
        if (!variants.contains(PlanVariant.TRADITIONAL) && !variants.contains(PlanVariant.PINYIN) && chance(0.08)) {
            variants.add(PlanVariant.GB18030);
        } else if (chance(0.04)) {
            variants.add(PlanVariant.UTF8_BOM);
        }
        if (chance(0.10)) {
            variants.add(PlanVariant.CRLF);
        }
        if (chance(0.25)) {
            variants.add(PlanVariant.TYPESET);
        }
    }

    // ---- head -------------------------------------------------------------------------------------

    private String scopeWord() {
        return switch (level) {
            case PROVINCE -> region.name().endsWith("自治区") ? "全区" : region.name().endsWith("市") ? "全市" : "全省";
            case CITY -> "全市";
            case COUNTY -> region.name().endsWith("区") ? "全区" : region.name().endsWith("县") ? "全县" : "全市";
        };
    }

    private String issuerName() {
        return switch (level) {
            case PROVINCE, CITY -> region.name() + "卫生健康委员会";
            // a shared name (鼓楼区) or a 区 always after its parent's, as such plans write them
            case COUNTY -> (region.name().endsWith("区") || neighbours.nameShared() || chance(0.6) ? parent.name() : "")
                    + region.name()
                    + (chance(0.7) ? "卫生健康局" : "卫生健康委员会");
        };
    }

    private String title() {
        return switch (rnd.nextInt(5)) {
            case 0 -> year + "年" + scope + "卫生健康工作要点";
            case 1 -> year + "年" + scope + "卫生健康重点工作安排";
            case 2 -> year + "年卫生健康重点工作任务分工";
            case 3 -> region.name() + year + "年卫生健康工作计划";
            default -> year + "年" + scope + "卫生健康重点工作";
        };
    }

    private void notice(String title) {
        String masthead = issuer + "文件";
        if (variants.contains(PlanVariant.TYPESET)) {
            masthead = String.join(" ", masthead.split(""));
        }
        line(masthead);
        String abbreviation = (parent != null && level == Level.COUNTY ? parent.name().substring(0, 1) : "")
                + region.name().charAt(0) + "卫健" + (chance(0.5) ? "" : "发");
        line(abbreviation + "〔" + year + "〕" + (1 + rnd.nextInt(60)) + "号");
        line((chance(0.3) ? issuer : "") + "关于印发《" + title + "》的通知");
        line(switch (level) {
            case PROVINCE -> "各市、县（区）卫生健康委（局），委直属各单位：";
            case CITY -> "各县（市、区）卫生健康委（局），委直属各单位：";
            case COUNTY -> "各乡镇卫生院，" + scope.substring(1) + "直各医疗卫生单位：";
        });
        line("现将《" + title + "》印发给你们，请结合实际，认真贯彻落实。");
        line(issuer);
        line(date());
        line(variants.contains(PlanVariant.TYPESET) ? title.replaceFirst("年", " 年") : title);
    }

    private void webPage() {
        line(region.name() + "卫生健康" + (level == Level.COUNTY ? "局" : "委") + year + "年度工作计划");
        line("来源：" + issuer + "  发布时间：" + year + "-0" + (1 + rnd.nextInt(4)) + "-" + (10 + rnd.nextInt(18)));
    }

    private String date() {
        return year + "年" + (1 + rnd.nextInt(4)) + "月" + (1 + rnd.nextInt(28)) + "日";
    }

    private void introduction() {
        StringBuilder intro = new StringBuilder();
        intro.append(year).append("年").append(scope).append("卫生健康工作的总体要求是：");
        for (int i = 0, n = 2 + rnd.nextInt(2); i < n; i++) {
            intro.append(pick(phrases.anySentences));
        }
        paragraph(intro.toString());
    }

    private String footer(int head) {
        StringBuilder footer = new StringBuilder();
        if (head == 0) {
            footer.append("抄送：").append(parent == null ? "国家卫生健康委" : parent.name() + "卫生健康委员会")
                    .append("。\n");
            footer.append(issuer).append("办公室  ").append(date()).append("印发\n");
        } else if (chance(0.7)) {
            footer.append(issuer).append('\n').append(date()).append('\n');
        }
        return footer.toString();
    }

    // ---- outline ------------------------------------------------------------------------------------

    private void outline(int length, int footerLength) {
        Outline style = switch (rnd.nextInt(5)) {
            case 0, 1 -> Outline.NUMBERED_TASKS;
            case 2, 3 -> Outline.BRACKETED_TASKS;
            default -> Outline.FLAT;
        };
        List<String> areas = new ArrayList<>(phrases.areas);
        shuffle(areas);
        int section = 0;
        int inSection = 0;
        int sectionSize = 0;
        String area = null;
        while (true) {
            if (style == Outline.FLAT || inSection == sectionSize) {
                area = areas.get(section % areas.size());
                section++;
                inSection = 0;
                sectionSize = 2 + rnd.nextInt(4);
            }
            String marker = switch (style) {
                case NUMBERED_TASKS -> (tasks + 1) + (chance(0.8) ? ". " : "、");
                case BRACKETED_TASKS -> "（" + chinese(inSection + 1) + "）";
                case FLAT -> chinese(tasks + 1) + "、";
            };
            String heading = style != Outline.FLAT && inSection == 0
                    ? chinese(section) + "、" + fresh(phrases.sections.get(area)) + "\n" : "";
            int taskTargets = targets;
            String task = task(marker, area, style == Outline.FLAT);
            int added = targets - taskTargets;
            boolean room = text.length() + heading.length() + task.length() + footerLength <= MAX_CHARS;
            if (!room || text.length() + footerLength >= length && tasks >= 3) {
                targets = taskTargets;
                return;
            }
            if (!heading.isEmpty()) {
                paragraph(heading.strip());
            }
            text.append(task);
            tasks++;
            if (taskMentions) {
                mentions++;
            }
            inSection++;
            assert added >= 0;
        }
    }

    private String task(String marker, String area, boolean flat) {
        StringBuilder body = new StringBuilder();
        body.append(marker).append(fresh(phrases.tasks.get(area))).append('。');
        // Plans numbered 一、二、… only have fewer, longer items.
        int sentences = flat ? 5 + rnd.nextInt(6) : 2 + rnd.nextInt(5);
        int rates = chance(flat ? 0.8 : 0.55) ? 1 + rnd.nextInt(flat ? 3 : 2) : 0;
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            slots.add(0);
        }
        for (int i = 0; i < rates; i++) {
            slots.add(rnd.nextInt(slots.size() + 1), 1);
        }
        taskMentions = mentioning && mentionRnd.nextDouble() < (flat ? 0.25 : 0.1);
        if (taskMentions) {
            slots.add(mentionRnd.nextInt(slots.size() + 1), 2);
        }
        for (int slot : slots) {
            if (slot == 0) {
                body.append(filler(area));
            } else if (slot == 2) {
                body.append(mentionSentence());
            } else if (chance(0.7)) {
                body.append(rateSentence(area));
            } else {
                body.append(countSentence(area));
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(indent()).append(body).append('\n');
        if (variants.contains(PlanVariant.FIELDS)) {
            out.append(fields());
        }
        return out.toString();
    }

    private String filler(String area) {
        String sentence = chance(0.7) ? fresh(phrases.sentences.get(area)) : fresh(phrases.anySentences);
        if (variants.contains(PlanVariant.DAMAGED) && damaged < 6 && chance(0.12)) {
            sentence = damage(sentence);
        }
        return broken(sentence, rnd);
    }

    /** In a plan with broken lines, a share of sentences broken after their first comma. */
    private String broken(String sentence, SplittableRandom random) {
        if (variants.contains(PlanVariant.BROKEN_LINES) && random.nextDouble() < 0.35) {
            int comma = sentence.indexOf('，');
            if (comma > 0 && comma + 1 < sentence.length()
                    && !paragraphStart.matcher(sentence.substring(comma + 1)).lookingAt()) {
                return sentence.substring(0, comma + 1) + "\n" + sentence.substring(comma + 1);
            }
        }
        return sentence;
    }

    /**
     * A sentence naming one region other than the plan's own, or two inside it: a county mostly names its
     * prefecture or province, a prefecture or province mostly regions inside it (where the gazetteer has
     * any). All choices come from the mention random source.
     */
    private String mentionSentence() {
        double[] weights = switch (level) {
            case COUNTY -> new double[] {0.6, 0, 0.4};
            case CITY -> new double[] {0.35, 0.45, 0.2};
            case PROVINCE -> new double[] {0, 0.75, 0.25};
        };
        List<String> relations = PlanPhrases.MENTION_RELATIONS;
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            if (neighbours.get(relations.get(i)).isEmpty()) {
                weights[i] = 0;
            }
            total += weights[i];
        }
        if (total == 0) {
            // weights rule out the relations the gazetteer has: name any of those
            for (int i = 0; i < weights.length; i++) {
                weights[i] = neighbours.get(relations.get(i)).isEmpty() ? 0 : 1;
                total += weights[i];
            }
        }
        double r = mentionRnd.nextDouble() * total;
        int chosen = -1;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                chosen = i;
                if (r < weights[i]) {
                    break;
                }
                r -= weights[i];
            }
        }
        String relation = relations.get(chosen);
        List<String> names = neighbours.get(relation);
        String named = names.get(mentionRnd.nextInt(names.size()));
        if (relation.equals("inside") && names.size() > 1 && mentionRnd.nextDouble() < 0.4) {
            String second = names.get(mentionRnd.nextInt(names.size()));
            if (!second.equals(named)) {
                named += "、" + second;
            }
        }
        List<String> sentences = phrases.mentions.get(relation);
        String sentence = sentences.get(mentionRnd.nextInt(sentences.size())).replace("{" + relation + "}", named);
        return broken(sentence, mentionRnd);
    }

    /** Replaces one Chinese character of a running sentence by what a lossy conversion leaves. */
    private String damage(String sentence) {
        for (int attempt = 0; attempt < 5; attempt++) {
            int at = 1 + rnd.nextInt(sentence.length() - 2);
            if (Character.UnicodeScript.of(sentence.charAt(at)) == Character.UnicodeScript.HAN) {
                damaged++;
                return sentence.substring(0, at) + (chance(0.5) ? "?" : "\uFFFD") + sentence.substring(at + 1);
            }
        }
        return sentence;
    }

    /** A sentence holding one or two rate targets; adds them to the count. */
    private String rateSentence(String area) {
        List<PlanPhrases.Rate> bank = phrases.rates.get(area);
        PlanPhrases.Rate rate = pick(bank);
        String lead = switch (rnd.nextInt(6)) {
            case 0 -> "到" + year + "年底，";
            case 1 -> "力争";
            case 2 -> pick(phrases.sentences.get(area)).replaceFirst("。$", "，");
            default -> "";
        };
        if (rate.up() && rate.indicator().endsWith("率") && chance(0.25)) {
            PlanPhrases.Rate other = pick(bank);
            if (other != rate && other.up() && other.indicator().endsWith("率") && other.unit().equals(rate.unit())) {
                targets += 2;
                return lead + rate.indicator() + "、" + other.indicator() + "分别达到" + value(rate) + rate.unit() + "、"
                        + value(other) + other.unit() + "以上。";
            }
        }
        targets++;
        String v = value(rate) + rate.unit();
        if (rate.up()) {
            return lead + rate.indicator() + switch (rnd.nextInt(3)) {
                case 0 -> "达到" + v + "以上。";
                case 1 -> "不低于" + v + "。";
                default -> "保持在" + v + "以上。";
            };
        }
        return lead + rate.indicator() + switch (rnd.nextInt(3)) {
            case 0 -> "控制在" + v + "以内。";
            case 1 -> "低于" + v + "。";
            default -> "降至" + v + "以下。";
        };
    }

    /** A sentence holding one count or amount target; adds it to the count. */
    private String countSentence(String area) {
        PlanPhrases.Count count = pick(phrases.counts.get(area));
        String lead = switch (rnd.nextInt(4)) {
            case 0 -> "年内";
            case 1 -> pick(phrases.sentences.get(area)).replaceFirst("。$", "，");
            default -> "";
        };
        targets++;
        int n = count.low() + rnd.nextInt(count.high() - count.low() + 1);
        return lead + count.verb() + n + count.unit() + count.thing() + "。";
    }

    private String value(PlanPhrases.Rate rate) {
        BigDecimal span = rate.high().subtract(rate.low());
        boolean half = chance(0.2);
        int steps = span.multiply(BigDecimal.valueOf(half ? 2 : 1)).intValue();
        BigDecimal v = rate.low().add(BigDecimal.valueOf(rnd.nextInt(steps + 1))
                .divide(BigDecimal.valueOf(half ? 2 : 1), 1, RoundingMode.UNNECESSARY));
        return v.stripTrailingZeros().toPlainString();
    }

    private String fields() {
        List<String> fields = new ArrayList<>();
        if (chance(0.7)) {
            fields.add((chance(0.8) ? "责任领导：" : "分管领导：") + person());
        }
        String lead = body();
        fields.add(pick(List.of("牵头科室：", "牵头单位：", "责任科室：")) + lead);
        if (chance(0.7)) {
            String first = body();
            String second = body();
            String cooperating = first.equals(lead) ? "" : first;
            if (!second.equals(lead) && !second.equals(first)) {
                cooperating += (cooperating.isEmpty() ? "" : "、") + second;
            }
            if (!cooperating.isEmpty()) {
                fields.add(pick(List.of("配合科室（单位）：", "配合单位：", "配合科室：")) + cooperating);
            }
        }
        if (chance(0.8)) {
            fields.add(pick(List.of("完成时限：", "完成时间：")) + deadline());
        }
        // Some plans print the table flattened onto one line per task.
        String separator = chance(0.2) ? "  " : "\n";
        return String.join(separator, fields) + "\n";
    }

    private String person() {
        int i = rnd.nextInt(phrases.surnames.size());
        return phrases.surnames.get(i) + pick(phrases.givenNames.get(i));
    }

    private String body() {
        String key = switch (level) {
            case PROVINCE -> "province";
            case CITY -> "city";
            case COUNTY -> "county";
        };
        return pick(phrases.bodies.get(key)).replace("{scope}", scope.substring(1));
    }

    private String deadline() {
        return switch (rnd.nextInt(6)) {
            case 0 -> year + "年" + (3 + rnd.nextInt(10)) + "月";
            case 1 -> year + "年底";
            case 2 -> (3 + rnd.nextInt(10)) + "月底前";
            case 3 -> "长期坚持";
            case 4 -> year + "年第" + chinese(1 + rnd.nextInt(4)) + "季度";
            default -> year + "年" + (6 + rnd.nextInt(7)) + "月" + (10 + rnd.nextInt(19)) + "日";
        };
    }

    // ---- surface ------------------------------------------------------------------------------------

    private String annotatePinyin(String plain) {
        List<Pinyin> readings = HanLP.convertToPinyinList(plain);
        StringBuilder out = new StringBuilder(plain.length() + plain.length() / 8);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            out.append(c);
            if (i < readings.size() && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && chance(0.04)) {
                String reading = readings.get(i).getPinyinWithToneMark();
                if (READING.matcher(reading).matches() && TONED.matcher(reading).matches()) {
                    out.append('(').append(reading).append(')');
                }
            }
        }
        return out.toString();
    }

    private byte[] encode(String written) {
        if (variants.contains(PlanVariant.GB18030)) {
            return written.getBytes(Charset.forName("GB18030"));
        }
        byte[] utf8 = written.getBytes(StandardCharsets.UTF_8);
        if (!variants.contains(PlanVariant.UTF8_BOM)) {
            return utf8;
        }
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        return withBom;
    }

    private void line(String line) {
        text.append(line).append('\n');
    }

    private void paragraph(String paragraph) {
        text.append(indent()).append(paragraph).append('\n');
        if (variants.contains(PlanVariant.TYPESET) && chance(0.3)) {
            text.append('\n');
        }
    }

    private String indent() {
        return variants.contains(PlanVariant.TYPESET) ? "\u3000\u3000" : "";
    }

    private static String chinese(int n) {
        if (n <= 10) {
            return String.valueOf(CHINESE_NUMBERS.charAt(n - 1));
        }
        return (n >= 20 ? String.valueOf(CHINESE_NUMBERS.charAt(n / 10 - 1)) : "") + "十"
                + (n % 10 == 0 ? "" : String.valueOf(CHINESE_NUMBERS.charAt(n % 10 - 1)));
    }

    private boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    private <T> T pick(List<T> list) {
        return list.get(rnd.nextInt(list.size()));
    }

    /** A random item not used before in this plan, or any item once all have been used. */
    private String fresh(List<String> list) {
        int start = rnd.nextInt(list.size());
        for (int i = 0; i < list.size(); i++) {
            String item = list.get((start + i) % list.size());
            if (used.add(item)) {
                return item;
            }
        }
        return list.get(start);
    }

    private void shuffle(List<String> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, rnd.nextInt(i + 1));
        }
    }
}
