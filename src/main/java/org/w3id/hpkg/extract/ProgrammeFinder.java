package org.w3id.hpkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.hpkg.data.DataTable;

/**
 * Named programmes: quoted names that end with, or are followed by, a programme word
 * ({@code “优质服务基层行”活动}, {@code “银龄安康工程”}). Quoted slogans ({@code “四早”要求},
 * {@code “外防输入、内防反弹”}) are not programmes.
 */
public final class ProgrammeFinder {

    private static final Pattern QUOTED = Pattern.compile("“([^“”]{2,20})”");
    private final List<String> cues = DataTable.load("extract/programme-cues.tsv").column(0);

    public List<String> find(String text, int from, int to) {
        List<String> found = new ArrayList<>();
        Matcher m = QUOTED.matcher(text).region(from, to);
        while (m.find()) {
            String name = m.group(1).strip();
            if (name.matches(".*[、,，;；。].*")) {
                continue;
            }
            String following = text.substring(m.end(), Math.min(text.length(), m.end() + 4));
            boolean programme = false;
            for (String cue : cues) {
                if (name.endsWith(cue) || following.startsWith(cue)) {
                    programme = true;
                    break;
                }
            }
            if (programme && !found.contains(name)) {
                found.add(name);
            }
        }
        return found;
    }
}
