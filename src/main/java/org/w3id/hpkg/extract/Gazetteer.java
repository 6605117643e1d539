package org.w3id.hpkg.extract;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.w3id.hpkg.data.DataTable;

/**
 * The GB/T 2260 divisions hpkg knows, matched in text with an Aho-Corasick automaton (HanLP's double-
 * array trie): dictionary matching, linear in the text, instead of running HanLP's slow place-name
 * recognition over whole documents. Names shared by several divisions ({@code 鼓楼区}) are resolved by
 * the other divisions the same text names.
 */
public final class Gazetteer {

    private final Map<String, Region> byCode = new LinkedHashMap<>();
    private final AhoCorasickDoubleArrayTrie<List<Region>> names = new AhoCorasickDoubleArrayTrie<>();
    /** Short names (北京, 河南) that are also parts of other words: they count only as whole words. */
    private final Set<String> aliases = new HashSet<>();

    public Gazetteer() {
        TreeMap<String, List<Region>> dictionary = new TreeMap<>();
        for (String[] row : DataTable.load("extract/gazetteer.tsv").rows()) {
            Region region = new Region(row[0], row[1], row[2].isEmpty() ? null : row[2]);
            byCode.put(region.code(), region);
            dictionary.computeIfAbsent(region.name(), k -> new ArrayList<>()).add(region);
            if (row.length > 3 && !row[3].isEmpty()) {
                for (String alias : row[3].split(",")) {
                    dictionary.computeIfAbsent(alias, k -> new ArrayList<>()).add(region);
                    aliases.add(alias);
                }
            }
        }
        names.build(dictionary);
    }

    public Collection<Region> all() {
        return byCode.values();
    }

    public Region byCode(String code) {
        return byCode.get(code);
    }

    public Region parent(Region region) {
        return region.parentCode() == null ? null : byCode.get(region.parentCode());
    }

    /** Whether {@code inner} lies within {@code outer} (or is it). */
    public boolean within(Region inner, Region outer) {
        for (Region r = inner; r != null; r = parent(r)) {
            if (r.code().equals(outer.code())) {
                return true;
            }
        }
        return false;
    }

    /** Divisions named in the text, longest matches first where they overlap, in order of appearance. */
    public List<Region> find(String text, Region context) {
        record Match(int begin, int end, List<Region> regions) {}
        List<Match> hits = new ArrayList<>();
        names.parseText(text, (begin, end, value) -> hits.add(new Match(begin, end, value)));
        // A short name counts only where the segmenter reads it as a word of its own: 河南 in 杨桥河南站
        // (a station) or 闽 in 闽宁 are not the provinces. Official names (河南省) always count.
        if (hits.stream().anyMatch(h -> aliases.contains(text.substring(h.begin(), h.end())))) {
            Set<Integer> starts = new HashSet<>();
            Set<Integer> ends = new HashSet<>();
            int at = 0;
            for (Term term : HanLP.segment(text)) {
                starts.add(at);
                at += term.word.length();
                ends.add(at);
            }
            hits.removeIf(h -> aliases.contains(text.substring(h.begin(), h.end()))
                    && !(starts.contains(h.begin()) && ends.contains(h.end())));
        }
        hits.sort(Comparator.comparingInt(Match::begin).thenComparing(h -> -(h.end() - h.begin())));
        List<List<Region>> candidates = new ArrayList<>();
        int covered = -1;
        for (Match hit : hits) {
            if (hit.begin() < covered) {
                continue;
            }
            candidates.add(hit.regions());
            covered = hit.end();
        }
        List<Region> resolved = new ArrayList<>();
        for (List<Region> options : candidates) {
            Region pick = resolve(options, candidates, context);
            if (pick != null && !resolved.contains(pick)) {
                resolved.add(pick);
            }
        }
        return resolved;
    }

    /** The jurisdiction named by an issuer or title: the deepest division among those named. */
    public Region jurisdiction(String text) {
        return jurisdiction(text, null);
    }

    /** As {@link #jurisdiction(String)}, resolving ambiguous names inside {@code context}. */
    public Region jurisdiction(String text, Region context) {
        Region best = null;
        for (Region r : find(text, context)) {
            if (best == null || within(r, best)) {
                best = r;
            }
        }
        return best;
    }

    /** The unambiguous division named most often in a text, or null. */
    public Region mostNamed(String text) {
        Map<Region, Integer> counts = new LinkedHashMap<>();
        names.parseText(text, (begin, end, value) -> {
            if (value.size() == 1) {
                counts.merge(value.get(0), 1, Integer::sum);
            }
        });
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private Region resolve(List<Region> options, List<List<Region>> all, Region context) {
        if (options.size() == 1) {
            return options.get(0);
        }
        for (Region option : options) {
            for (List<Region> other : all) {
                if (other != options && other.size() == 1 && within(option, other.get(0))) {
                    return option;
                }
            }
            if (context != null && (within(option, context) || within(context, option))) {
                return option;
            }
        }
        return null;
    }
}
