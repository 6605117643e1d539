package org.w3id.hpkg.extract.body;

import java.util.ArrayList;
import java.util.Comparator;
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

    private final Map<String, Role> words = new LinkedHashMap<>();
    private final List<String> longestFirst;

    RoleWords() {
        this(DataTable.load("extract/body/role-words.tsv").rows());
    }

    RoleWords(List<String[]> rows) {
        for (String[] row : rows) {
            words.put(row[1], Role.valueOf(row[0]));
        }
        longestFirst = new ArrayList<>(words.keySet());
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
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
        int n = part.length();
        // tail[i]: the role of part[i, n) read as role words only, or null when it cannot be read so
        Role[] tail = new Role[n + 1];
        boolean[] readable = new boolean[n + 1];
        readable[n] = true;
        tail[n] = Role.FILLER;
        for (int i = n - 1; i >= 0; i--) {
            for (String word : longestFirst) {
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
        for (int i = 1; i < n; i++) {
            if (readable[i] && tail[i] != Role.FILLER) {
                return new Split(i, tail[i]);
            }
        }
        return null;
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
