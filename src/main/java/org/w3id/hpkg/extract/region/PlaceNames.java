package org.w3id.hpkg.extract.region;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The names a text may use for the gazetteer's divisions, matched with an Aho-Corasick automaton (HanLP's
 * double-array trie): linear in the text, instead of running HanLP's slow place-name recognition over whole
 * documents. Full names always count (荆门市, 沙洋县); forms that are easily part of other words count only
 * where the segmenter reads them as words of their own: short forms (河南 is no province in 杨桥河南站),
 * names of one or two characters (叶县 is none in 更新县级) and townships (高镇 is none in 提高镇村). Short
 * forms that are ordinary words, of HanLP's dictionary (同心, 和平, 朝阳) or of
 * {@code region-ordinary-short-forms.tsv} (惠民, 会同), never count, and county names that
 * are ordinary words (城区, 郊区) count only after their parent's name.
 */
final class PlaceNames {

    /** Townships that can be named in a text: towns, townships, sub-districts, 苏木 (not farms or zones). */
    private static final Pattern TOWNSHIP = Pattern.compile(".{2,}(镇|乡|街道|苏木|街道办事处)");
    /** HanLP's natures of names and places (s: 处所词, as 京山): a short form tagged only so is a name, not a word. */
    private static final Pattern NAME_NATURE = Pattern.compile("ns.*|nr.*|nz|nt.*|s");

    /** A name found in a text, with the divisions it may mean (several where they share it). */
    record Hit(int begin, int end, List<Region> regions) {

        String words(String text) {
            return text.substring(begin, end);
        }
    }

    private final AhoCorasickDoubleArrayTrie<List<Region>> trie = new AhoCorasickDoubleArrayTrie<>();
    /** Surfaces that count only as whole words. */
    private final Set<String> wordsOnly = new HashSet<>();

    private final Set<String> ordinaryShortForms;

    PlaceNames(Collection<Region> regions, Map<String, String> shortForms, Map<String, Region> formerNames,
            Set<String> qualifiedOnly, Set<String> ordinaryShortForms, Map<String, Region> byCode,
            Map<String, String> scriptVariants) {
        this.ordinaryShortForms = ordinaryShortForms;
        TreeMap<String, List<Region>> dictionary = new TreeMap<>();
        for (Region region : regions) {
            if (region.level() == Level.COUNTRY) {
                continue;  // the country is the jurisdiction of national bodies, never a place a task names
            }
            if (region.level() == Level.TOWNSHIP) {
                if (TOWNSHIP.matcher(region.name()).matches()) {
                    add(dictionary, region.name(), region, true);
                    if (region.name().endsWith("街道办事处")) {
                        add(dictionary, region.name().substring(0, region.name().length() - 3), region, true);
                    }
                }
                continue;
            }
            if (qualifiedOnly.contains(region.name())) {
                Region parent = byCode.get(region.parentCode());
                add(dictionary, parent.name() + region.name(), region, false);
                String parentShort = shortForms.get(parent.code());
                if (parentShort != null && !ordinary(parentShort)) {
                    add(dictionary, parentShort + region.name(), region, false);
                }
                continue;
            }
            add(dictionary, region.name(), region, region.name().length() <= 2);
            String shortForm = shortForms.get(region.code());
            if (shortForm != null && !ordinary(shortForm)) {
                add(dictionary, shortForm, region, true);
            }
        }
        formerNames.forEach((name, region) -> add(dictionary, name, region, name.length() <= 2));
        addConvertedForms(dictionary, scriptVariants);
        trie.build(dictionary);
    }

    /**
     * Each name also in the form a document in traditional script gives once converted to simplified
     * characters (乾安县 as 干安县), so that such a document still names the division.
     */
    private void addConvertedForms(TreeMap<String, List<Region>> dictionary, Map<String, String> scriptVariants) {
        for (String name : List.copyOf(dictionary.keySet())) {
            String converted = name;
            for (Map.Entry<String, String> variant : scriptVariants.entrySet()) {
                converted = converted.replace(variant.getKey(), variant.getValue());
            }
            if (!converted.equals(name)) {
                for (Region region : List.copyOf(dictionary.get(name))) {
                    add(dictionary, converted, region, wordsOnly.contains(name));
                }
            }
        }
    }

    private void add(TreeMap<String, List<Region>> dictionary, String name, Region region, boolean wordOnly) {
        List<Region> regions = dictionary.computeIfAbsent(name, k -> new ArrayList<>());
        if (!regions.contains(region)) {
            regions.add(region);
        }
        if (wordOnly) {
            wordsOnly.add(name);
        }
    }

    private boolean ordinary(String shortForm) {
        return ordinaryShortForms.contains(shortForm) || ordinaryWord(shortForm);
    }

    /**
     * Whether HanLP's dictionary knows the word mostly as something else than a name: in a quarter or more
     * of its uses (同心 "united", 朝阳 "morning sun" as in 朝阳产业), not 北京 (a noun once in 1,378 uses).
     */
    static boolean ordinaryWord(String word) {
        CoreDictionary.Attribute attribute = CoreDictionary.get(word);
        if (attribute == null) {
            return false;
        }
        long other = 0;
        for (int i = 0; i < attribute.nature.length; i++) {
            if (!NAME_NATURE.matcher(attribute.nature[i].toString()).matches()) {
                other += attribute.frequency[i];
            }
        }
        return other * 4 >= attribute.totalFrequency;
    }

    /** The names in a text, the longest where they overlap, in order of appearance. */
    List<Hit> find(String text) {
        List<Hit> hits = new ArrayList<>();
        trie.parseText(text, (begin, end, value) -> hits.add(new Hit(begin, end, value)));
        if (hits.stream().anyMatch(h -> wordsOnly.contains(h.words(text)))) {
            Set<Integer> starts = new HashSet<>();
            Set<Integer> ends = new HashSet<>();
            int at = 0;
            for (Term term : HanLP.segment(text)) {
                starts.add(at);
                at += term.word.length();
                ends.add(at);
            }
            hits.removeIf(h -> wordsOnly.contains(h.words(text))
                    && !(starts.contains(h.begin()) && ends.contains(h.end())));
        }
        hits.sort(Comparator.comparingInt(Hit::begin).thenComparing(h -> -(h.end() - h.begin())));
        List<Hit> kept = new ArrayList<>();
        int covered = -1;
        for (Hit hit : hits) {
            if (hit.begin() >= covered) {
                kept.add(hit);
                covered = hit.end();
            }
        }
        return kept;
    }
}
