package org.w3id.hpkg.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares sets of bodies' names as the guidelines say: after folding full-width forms, dropping spaces,
 * a trailing {@code 等} and a trailing word of {@code eval/compared-body-suffixes.tsv} ({@code 岗位}). A
 * body of the graph goes by its full name and by every form plans printed ({@code skos:altLabel}): it is
 * the gold's body when one of those names is the gold's name.
 */
final class BodyNames {

    private final List<String> suffixes;

    BodyNames(List<String> suffixes) {
        this.suffixes = List.copyOf(suffixes);
    }

    /** A name as compared. */
    String normalize(String name) {
        String n = Scorer.foldWidth(name).replaceAll("[\\s\\u3000]+", "");
        while (n.endsWith("等") && n.length() > 1) {
            n = n.substring(0, n.length() - 1);
        }
        for (String suffix : suffixes) {
            if (n.endsWith(suffix) && n.length() > suffix.length()) {
                return n.substring(0, n.length() - suffix.length());
            }
        }
        return n;
    }

    /** Whether the predicted bodies are exactly the gold's, each predicted body going by any of its names. */
    boolean same(Set<String> gold, Set<String> predicted, Map<String, Set<String>> aliases) {
        return normalized(gold).equals(asGold(gold, predicted, aliases));
    }

    /** The predicted bodies, each under the gold name it goes by, else its own (normalized). */
    Set<String> asGold(Set<String> gold, Set<String> predicted, Map<String, Set<String>> aliases) {
        Set<String> wanted = normalized(gold);
        Set<String> out = new LinkedHashSet<>();
        for (String p : predicted) {
            String as = normalize(p);
            for (String form : aliases.getOrDefault(p, Set.of())) {
                if (!wanted.contains(as) && wanted.contains(normalize(form))) {
                    as = normalize(form);
                }
            }
            out.add(as);
        }
        return out;
    }

    Set<String> normalized(Set<String> names) {
        return names.stream().map(this::normalize).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
