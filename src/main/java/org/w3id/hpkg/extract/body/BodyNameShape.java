package org.w3id.hpkg.extract.body;

import java.util.List;
import org.w3id.hpkg.data.DataTable;
import org.w3id.hpkg.normalize.Punctuation;

/**
 * Whether a phrase reads as the name of a body: it ends as bodies' names end (部, 委, 局, 中心, 政府…,
 * {@code extract/body/body-suffixes.tsv}) or names a group of them ({@code 各县(市、区)}), and holds no
 * sentence punctuation. Brackets inside a name ({@code 各县(市、区)卫生健康局}) are part of it.
 */
final class BodyNameShape {

    /** Longer phrases are sentences, not names. */
    static final int LONGEST_NAME = 30;
    private static final String NOT_IN_NAMES = Punctuation.SENTENCE_ENDS + Punctuation.CLAUSE_ENDS + "“”《》\t";

    private final List<String> suffixes;
    private final List<String> collectiveOpeners;

    BodyNameShape() {
        this(DataTable.load("extract/body/body-suffixes.tsv").column(0),
                DataTable.load("extract/body/collective-openers.tsv").column(0));
    }

    BodyNameShape(List<String> suffixes, List<String> collectiveOpeners) {
        this.suffixes = List.copyOf(suffixes);
        this.collectiveOpeners = List.copyOf(collectiveOpeners);
    }

    boolean isName(String name) {
        if (name.length() < 2 || name.length() > LONGEST_NAME) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (NOT_IN_NAMES.indexOf(name.charAt(i)) >= 0) {
                return false;
            }
        }
        String base = withoutTrailingBrackets(name);
        if (collectiveOpeners.stream().anyMatch(o -> base.startsWith(o) && base.length() > o.length())) {
            return true;
        }
        return suffixes.stream().anyMatch(s -> base.endsWith(s) && base.length() > s.length() || base.equals(s) && s.length() > 1);
    }

    /** Whether the name ends as one of the given words do. */
    static boolean endsWithAny(String name, List<String> words) {
        return words.stream().anyMatch(name::endsWith);
    }

    /** 各县(市、区) → 各县: a trailing bracketed qualifier does not change what the name ends with. */
    static String withoutTrailingBrackets(String name) {
        String n = name;
        while (n.endsWith(")") || n.endsWith("）")) {
            int open = Math.max(n.lastIndexOf('('), n.lastIndexOf('（'));
            if (open <= 0) {
                break;
            }
            n = n.substring(0, open);
        }
        return n;
    }
}
