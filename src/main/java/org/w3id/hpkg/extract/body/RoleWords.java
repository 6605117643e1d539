package org.w3id.hpkg.extract.body;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.hpkg.data.DataTable;

/**
 * The run of words that closes a clause part after the names of bodies ({@code 按职责分工负责},
 * {@code 牵头}, {@code 等参与}), read from {@code extract/body/role-words.tsv}.
 */
final class RoleWords {

    /** Where the run of role words starts in a part, and the role it gives; null when the part has none. */
    record Split(int start, Role role) {}

    /** The longest run of role words a part ends with that is read (等有关部门按照职责分工负责 is 13). */
    private static final int LONGEST_RUN = 24;
    /** What may follow the role word that closes a stretch of text. */
    private static final String STRETCH_ENDS = ",，;；、:：()（）。 \n\t\u3000";

    private final Map<String, Role> words = new LinkedHashMap<>();
    private final List<String> longestFirst;
    private final List<String> verbs;
    /** The words by their first character, longest first: what the reading tries at each position. */
    private final Map<Character, List<String>> byFirstCharacter = new HashMap<>();
    /** The characters words and verbs end with, and those that may follow them: cheap tests before reading. */
    private final BitSet wordLastCharacters = new BitSet();
    private final BitSet verbLastCharacters = new BitSet();
    private final BitSet stretchEnds = new BitSet();

    RoleWords() {
        this(DataTable.load("extract/body/role-words.tsv").rows());
    }

    RoleWords(List<String[]> rows) {
        for (String[] row : rows) {
            words.put(row[1], Role.valueOf(row[0]));
        }
        longestFirst = new ArrayList<>(words.keySet());
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        verbs = wordsOf(Role.LEAD, Role.COOPERATING, Role.RESPONSIBLE);
        for (String word : longestFirst) {
            byFirstCharacter.computeIfAbsent(word.charAt(0), k -> new ArrayList<>()).add(word);
        }
        verbs.forEach(v -> verbLastCharacters.set(v.charAt(v.length() - 1)));
        longestFirst.forEach(w -> wordLastCharacters.set(w.charAt(w.length() - 1)));
        STRETCH_ENDS.chars().forEach(stretchEnds::set);
    }

    /** The words whose role is one of {@code roles} (e.g. the verbs after which 、 separates clause parts). */
    List<String> wordsOf(Role... roles) {
        List<String> out = new ArrayList<>();
        for (String word : longestFirst) {
            for (Role r : roles) {
                if (words.get(word) == r) {
                    out.add(word);
                }
            }
        }
        return out;
    }

    /**
     * The longest tail of {@code part} made only of role words, with at least one word that is not a
     * filler, leaving a non-empty head (the names): {@code 教育部、体育总局按职责分工负责} splits before 按.
     */
    Split split(String part) {
        if (!endsWithAWord(part)) {
            return null;
        }
        int n = part.length();
        // tail[i]: the role of part[i, n) read as role words only, or null when it cannot be read so
        Role[] tail = new Role[n + 1];
        boolean[] readable = new boolean[n + 1];
        readable[n] = true;
        tail[n] = Role.FILLER;
        int stop = Math.max(0, n - LONGEST_RUN);
        for (int i = n - 1; i >= stop; i--) {
            for (String word : byFirstCharacter.getOrDefault(part.charAt(i), List.of())) {
                int end = i + word.length();
                if (end <= n && readable[end] && part.startsWith(word, i)) {
                    Role role = words.get(word).and(tail[end]);
                    if (!readable[i] || better(role, tail[i])) {
                        tail[i] = role;
                        readable[i] = true;
                    }
                }
            }
        }
        for (int i = Math.max(1, stop); i < n; i++) {
            if (readable[i] && tail[i] != Role.FILLER) {
                return new Split(i, tail[i]);
            }
        }
        return null;
    }

    private boolean endsWithAWord(String part) {
        if (part.isEmpty() || !wordLastCharacters.get(part.charAt(part.length() - 1))) {
            return false;
        }
        for (String word : longestFirst) {
            if (part.endsWith(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a role word (牵头, 负责, 配合…) closes a stretch of the text (before a comma, a semicolon, 、, a
     * colon, a bracket or the end): no clause part can be read without one, and most running text has none.
     */
    boolean closesAStretch(String text) {
        for (int end = 1; end <= text.length(); end++) {
            if (verbLastCharacters.get(text.charAt(end - 1)) && (end == text.length() || stretchEnds.get(text.charAt(end)))) {
                for (String verb : verbs) {
                    if (end >= verb.length() && text.startsWith(verb, end - verb.length())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The role of a phrase made only of role words ({@code 牵头}, {@code 按职责分工负责}), or null. */
    Role roleOf(String phrase) {
        Split split = split("x" + phrase);
        return split != null && split.start() == 1 ? split.role() : null;
    }

    private static boolean better(Role candidate, Role current) {
        return current == Role.FILLER && candidate != Role.FILLER;
    }
}
