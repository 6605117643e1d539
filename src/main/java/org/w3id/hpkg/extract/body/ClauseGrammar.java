package org.w3id.hpkg.extract.body;

import java.util.ArrayList;
import java.util.List;
import org.w3id.hpkg.data.DataTable;

/**
 * Reads one responsibility clause: parts separated by {@code ，} or {@code ；}, each the names of bodies
 * followed by role words ({@code 国家卫生健康委牵头，教育部、体育总局等按职责分工负责}). Names are joined by
 * {@code 、} or {@code 及}; {@code X会同Y} makes X lead and Y cooperate; a trailing {@code 等} is no part of
 * a name; a last part saying when ({@code 2021年底前完成}) names no body. With a part that leads (牵头),
 * the responsible parts (负责, 按职责分工负责) cooperate; without one, they lead.
 *
 * <p>The grammar is strict on purpose: every part must read as names and role words, so that running
 * text ({@code 落实院长负责制}, {@code 坚持政府主导、部门负责}) is never taken for a clause.
 */
final class ClauseGrammar {

    /** One part of a clause: its names, those it works with (after 会同), and its role. */
    record Part(List<String> names, List<String> partners, Role role) {}

    private final RoleWords roles;
    private final BodyNameShape shape;
    private final List<String> joiners;
    private final List<String> namesJoiners;
    private final List<String> sponsors;
    private final List<String> openers;
    private final List<String> timeCues;
    private final List<String> verbs;
    private final List<String> responsibleVerbs;

    ClauseGrammar() {
        this(new RoleWords(), new BodyNameShape(), DataTable.load("extract/body/name-joiners.tsv").column(0),
                DataTable.load("extract/body/name-joiners-between-names.tsv").column(0),
                DataTable.load("extract/body/name-sponsors.tsv").column(0),
                DataTable.load("extract/body/clause-openers.tsv").column(0),
                DataTable.load("extract/body/time-cues.tsv").column(0));
    }

    ClauseGrammar(RoleWords roles, BodyNameShape shape, List<String> joiners, List<String> namesJoiners,
            List<String> sponsors, List<String> openers, List<String> timeCues) {
        this.roles = roles;
        this.shape = shape;
        this.joiners = joiners.stream().sorted((a, b) -> b.length() - a.length()).toList();
        this.namesJoiners = List.copyOf(namesJoiners);
        this.sponsors = List.copyOf(sponsors);
        this.openers = List.copyOf(openers);
        this.timeCues = List.copyOf(timeCues);
        this.verbs = roles.wordsOf(Role.LEAD, Role.COOPERATING, Role.RESPONSIBLE);
        this.responsibleVerbs = roles.wordsOf(Role.LEAD, Role.RESPONSIBLE);
    }

    /** Whether the text holds a word that gives a role: the cheap test before any reading. */
    boolean mentionsARole(String text) {
        return roles.closesAStretch(text) || sponsors.stream().anyMatch(text::contains);
    }

    /**
     * The clause as a whole ({@code 国家卫生健康委牵头，教育部按职责分工负责}), or null unless every part reads
     * as names and role words (a part saying when may close it).
     */
    Responsibility whole(String clause) {
        if (!roles.closesAStretch(clause)) {
            return null;
        }
        List<Part> parts = new ArrayList<>();
        List<String> pieces = pieces(clause);
        // names set off by a comma take the role of the part after them (省卫生健康委，省医保局按职责分工负责)
        List<String> carried = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Part part = part(pieces.get(i), true);
            List<String> bare = part == null && i + 1 < pieces.size() ? names(withoutOpener(pieces.get(i))) : null;
            if (part != null) {
                List<String> names = new ArrayList<>(carried);
                names.addAll(part.names());
                parts.add(new Part(names, part.partners(), part.role()));
                carried.clear();
            } else if (bare != null) {
                carried.addAll(bare);
            } else if (!parts.isEmpty() && carried.isEmpty()
                    && pieces.subList(i, pieces.size()).stream().allMatch(this::saysWhen)) {
                break;
            } else {
                return null;
            }
        }
        return parts.isEmpty() || !carried.isEmpty() ? null : assemble(parts);
    }

    /**
     * The clause that opens a sentence of running text ({@code 由县卫健局牵头，县财政局配合，开展…}): its
     * longest run of leading parts that read as names and role words, when one of them leads or
     * cooperates (a bare {@code X负责，…} opening is no clause: it goes on to say what X does); else null.
     */
    Responsibility opening(String sentence) {
        if (!mentionsARole(sentence)) {
            return null;
        }
        List<Part> parts = new ArrayList<>();
        List<String> pieces = pieces(sentence);
        for (String piece : pieces) {
            Part part = part(piece, parts.isEmpty());
            if (part == null) {
                break;
            }
            parts.add(part);
        }
        if (parts.isEmpty() && !pieces.isEmpty()) {
            Part sponsored = sponsoredOpening(pieces.get(0));
            return sponsored == null ? null : assemble(List.of(sponsored));
        }
        boolean marked = parts.stream().anyMatch(p -> p.role() == Role.LEAD || p.role() == Role.COOPERATING);
        return marked ? assemble(parts) : null;
    }

    /**
     * {@code X会同Y负责推进相关工作}: names, 会同 and names, then a role verb and what they are to do. 会同 says
     * who leads and who works with them, so the sentence assigns the item even though it goes on.
     */
    private Part sponsoredOpening(String piece) {
        for (String sponsor : sponsors) {
            int at = piece.indexOf(sponsor);
            if (at <= 0) {
                continue;
            }
            List<String> own = at > 0 ? names(piece.substring(0, at)) : null;
            if (own == null) {
                continue;
            }
            String rest = piece.substring(at + sponsor.length());
            for (int end = 1; end < rest.length(); end++) {
                for (String verb : responsibleVerbs) {
                    if (rest.startsWith(verb, end)) {
                        List<String> partners = names(rest.substring(0, end));
                        if (partners != null) {
                            return new Part(own, partners, Role.LEAD);
                        }
                    }
                }
            }
        }
        return null;
    }

    /**
     * The clause that closes a sentence of running text ({@code 推进医养结合，县卫健局牵头，县民政局配合}): its
     * longest run of closing parts that read as names and role words, or null.
     */
    Responsibility closing(String sentence) {
        if (!roles.closesAStretch(sentence)) {
            return null;
        }
        List<String> pieces = pieces(sentence);
        List<Part> parts = new ArrayList<>();
        for (int i = pieces.size() - 1; i > 0; i--) {
            Part part = part(pieces.get(i), true);
            if (part == null) {
                break;
            }
            parts.add(0, part);
        }
        return parts.isEmpty() ? null : assemble(parts);
    }

    private Responsibility assemble(List<Part> parts) {
        boolean led = parts.stream().anyMatch(p -> p.role() == Role.LEAD);
        List<String> lead = new ArrayList<>();
        List<String> cooperating = new ArrayList<>();
        for (Part p : parts) {
            boolean leads = p.role() == Role.LEAD || p.role() == Role.RESPONSIBLE && !led;
            (leads ? lead : cooperating).addAll(p.names());
            cooperating.addAll(p.partners());
        }
        return new Responsibility(lead, cooperating);
    }

    /** A part: names and role words, or null. */
    Part part(String piece, boolean first) {
        String p = first ? withoutOpener(piece) : piece.strip();
        Part inverted = inverted(p);
        if (inverted != null) {
            return inverted;
        }
        RoleWords.Split split = roles.split(p);
        if (split == null) {
            // a remark in brackets may close a part: 县医保局配合(2021年底前完成)
            String bare = BodyNameShape.withoutTrailingBrackets(p);
            return bare.length() < p.length() ? part(bare, false) : null;
        }
        String names = p.substring(0, split.start());
        List<String> partners = List.of();
        for (String sponsor : sponsors) {
            int at = names.indexOf(sponsor);
            if (at > 0) {
                partners = names(names.substring(at + sponsor.length()));
                names = names.substring(0, at);
                if (partners == null) {
                    return null;
                }
                break;
            }
        }
        List<String> own = names(names);
        return own == null ? null : new Part(own, partners, split.role());
    }

    private String withoutOpener(String piece) {
        String p = piece.strip();
        for (String opener : openers) {
            if (p.startsWith(opener)) {
                return p.substring(opener.length()).strip();
            }
        }
        return p;
    }

    /** {@code 牵头:省卫生健康委}: role words, a colon, then the names. */
    private Part inverted(String p) {
        int colon = Math.max(p.indexOf(':'), p.indexOf('：'));
        if (colon <= 0) {
            return null;
        }
        Role role = roles.roleOf(p.substring(0, colon));
        List<String> names = role == null ? null : names(p.substring(colon + 1));
        return names == null ? null : new Part(names, List.of(), role);
    }

    /**
     * The names of a list joined by 、 or 及 (outside brackets), or by 和 where both sides are names, or null
     * when one is no body's name.
     */
    private List<String> names(String list) {
        List<String> out = new ArrayList<>();
        for (String name : splitOutsideBrackets(list, joiners)) {
            String n = name.strip();
            if (!shape.isName(n)) {
                return null;
            }
            out.addAll(splitBetweenNames(n));
        }
        return out.isEmpty() ? null : out;
    }

    /** 国家卫生健康委和国家中医药局 → both; 国家发展和改革委员会 stays whole (国家发展 is no body's name). */
    private List<String> splitBetweenNames(String name) {
        for (String joiner : namesJoiners) {
            for (int at = name.indexOf(joiner, 1); at > 0; at = name.indexOf(joiner, at + 1)) {
                String left = name.substring(0, at);
                String right = name.substring(at + joiner.length());
                if (shape.isName(left) && shape.isName(right)) {
                    List<String> out = new ArrayList<>(List.of(left));
                    out.addAll(splitBetweenNames(right));
                    return out;
                }
            }
        }
        return List.of(name);
    }

    private boolean saysWhen(String piece) {
        return timeCues.stream().anyMatch(piece::contains);
    }

    /**
     * The pieces of a clause: split at ，and ；outside brackets, and at 、 right after a role verb
     * ({@code X牵头、Y配合}).
     */
    private List<String> pieces(String clause) {
        List<String> out = new ArrayList<>();
        for (String piece : splitOutsideBrackets(clause, List.of(",", "，", ";", "；"))) {
            int start = 0;
            for (int i = 0; i < piece.length(); i++) {
                if (piece.charAt(i) == '、' && endsWithVerb(piece.substring(start, i))) {
                    out.add(piece.substring(start, i));
                    start = i + 1;
                }
            }
            out.add(piece.substring(start));
        }
        out.removeIf(String::isBlank);
        return out;
    }

    private boolean endsWithVerb(String text) {
        return verbs.stream().anyMatch(text::endsWith);
    }

    /** Splits at any of the separators where no bracket is open: 各县(市、区)卫生健康局 stays whole. */
    static List<String> splitOutsideBrackets(String text, List<String> separators) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '(' || c == '（' || c == '[' || c == '〔') {
                depth++;
            } else if ((c == ')' || c == '）' || c == ']' || c == '〕') && depth > 0) {
                depth--;
            } else if (depth == 0) {
                String hit = null;
                for (String s : separators) {
                    if (text.startsWith(s, i)) {
                        hit = s;
                        break;
                    }
                }
                if (hit != null) {
                    parts.add(text.substring(start, i));
                    i += hit.length();
                    start = i;
                    continue;
                }
            }
            i++;
        }
        parts.add(text.substring(start));
        return parts;
    }
}
