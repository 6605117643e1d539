package org.w3id.hpkg.extract.body;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a field value naming several bodies or people ({@code 局医政药政管理、规划发展岗位，各公立医院}).
 * Where the text shares a suffix among items ({@code 局医政药政管理、规划发展岗位}), it is restored on
 * the items that left it out: the better reading for an analyst counting tasks per body.
 */
public final class BodyListSplitter {

    private static final Pattern SEPARATORS = Pattern.compile("[、,，;；/\\s]");
    private static final int LONGEST_NAME = 4;
    private final List<String> sharedSuffixes;
    private final List<String> titles;

    public BodyListSplitter(List<String> sharedSuffixes) {
        this(sharedSuffixes, List.of());
    }

    /**
     * @param sharedSuffixes body-type suffixes an enumeration may share ({@code 岗位})
     * @param titles titles printed beside people's names ({@code 副局长}), longest first
     */
    public BodyListSplitter(List<String> sharedSuffixes, List<String> titles) {
        this.sharedSuffixes = sharedSuffixes;
        this.titles = titles;
    }

    /** People named in a field: titles beside a name ({@code 副局长张伟}, {@code 张伟 副局长}) are dropped. */

    public List<String> people(String value) {
        List<String> people = new ArrayList<>();
        for (String part : split(value, false)) {
            String name = withoutTitle(part);
            if (!name.isEmpty() && !people.contains(name)) {
                people.add(name);
            }
        }
        return List.copyOf(people);
    }

    private String withoutTitle(String part) {
        for (String title : titles) {
            if (part.equals(title)) {
                return "";
            }
            if (part.startsWith(title) && part.length() - title.length() <= LONGEST_NAME) {
                return part.substring(title.length());
            }
            if (part.endsWith(title) && part.length() - title.length() <= LONGEST_NAME) {
                return part.substring(0, part.length() - title.length());
            }
        }
        return part;
    }

    public List<String> bodies(String value) {
        return split(value, true);
    }

    private List<String> split(String value, boolean restoreSuffix) {
        if (value == null) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String part : splitOutsideBrackets(value.strip())) {
            String p = withoutUnopenedClose(part.strip().replaceAll("[。.]+$", "")).replaceAll("^[等及和]|等$", "");
            if (!restoreSuffix) {
                // a person's title in brackets is not part of the name: 张伟(副局长)
                p = p.replaceAll("\\([^()]*\\)", "").strip();
            }
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        if (restoreSuffix) {
            restoreSharedSuffix(value, parts);
        }
        Set<String> unique = new LinkedHashSet<>(parts);
        return List.copyOf(unique);
    }

    /**
     * A value closing the bracket its field was written in ({@code (牵头单位:市医保局;配合单位:市市场监管局)}
     * gives {@code 市市场监管局)}) loses the closing bracket it never opened.
     */
    static String withoutUnopenedClose(String part) {
        String p = part;
        while ((p.endsWith(")") || p.endsWith("）")) && count(p, '(') + count(p, '（') < count(p, ')') + count(p, '）')) {
            p = p.substring(0, p.length() - 1).strip();
        }
        return p;
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    /** Splits at separators that are not inside brackets: 各县(市、区)卫健局 stays one name. */
    private static List<String> splitOutsideBrackets(String value) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '(' || c == '[' || c == '〔') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '〕') && depth > 0) {
                depth--;
            } else if (depth == 0 && SEPARATORS.matcher(String.valueOf(c)).matches()) {
                parts.add(value.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(value.substring(start));
        return parts;
    }

    /** Within a run joined by 、, items before the last one get the last one's body-type suffix. */
    private void restoreSharedSuffix(String value, List<String> parts) {
        for (int i = 0; i + 1 < parts.size(); i++) {
            String part = parts.get(i);
            if (hasSuffix(part)) {
                continue;
            }
            // Only across 、 (an enumeration of the same kind of unit), never across ，.
            int at = value.indexOf(part);
            int after = at + part.length();
            if (at < 0 || after >= value.length() || value.charAt(after) != '、') {
                continue;
            }
            for (int j = i + 1; j < parts.size(); j++) {
                String suffix = suffixOf(parts.get(j));
                if (suffix != null) {
                    parts.set(i, part + suffix);
                    break;
                }
                int next = value.indexOf(parts.get(j));
                int end = next + parts.get(j).length();
                if (next < 0 || end >= value.length() || value.charAt(end) != '、') {
                    break;
                }
            }
        }
    }

    private boolean hasSuffix(String part) {
        return suffixOf(part) != null;
    }

    private String suffixOf(String part) {
        for (String suffix : sharedSuffixes) {
            if (part.endsWith(suffix) && part.length() > suffix.length()) {
                return suffix;
            }
        }
        return null;
    }
}
