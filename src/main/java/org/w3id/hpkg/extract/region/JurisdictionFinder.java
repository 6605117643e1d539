package org.w3id.hpkg.extract.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.w3id.hpkg.data.DataTable;
import org.w3id.hpkg.parse.DocumentHeader;

/**
 * A plan's jurisdiction, the region its issuer governs. National bodies (国务院, 国家卫生健康委, …) govern the
 * country; any other issuer governs the deepest region it names (江西省人民政府办公厅 → 江西省, 中共同心县卫生健康局
 * 党组 → 同心县, 福州市鼓楼区卫生健康局 → that 鼓楼区). A name several divisions share (鼓楼区卫生健康局) is read by the
 * other regions the header names, then by the regions the text names within each division's parent; with no
 * such evidence it stays unresolved. An issuer naming no region gives way to the title, and a header naming
 * none at all to {@link JurisdictionInference} from the places the text names.
 */
public final class JurisdictionFinder {

    private final Gazetteer gazetteer;
    private final List<String> nationalBodies = DataTable.load("extract/national-bodies.tsv").column(0);
    private final JurisdictionInference inference;

    public JurisdictionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.inference = new JurisdictionInference(gazetteer);
    }

    /** The plan's jurisdiction, or null when neither its header nor its text says it with enough evidence. */
    public Jurisdiction find(DocumentHeader header, String text) {
        String issuer = header.issuer();
        String notice = header.noticeTitle();
        List<String> fields = new ArrayList<>();
        // a notice's title on the text's first line (国务院办公厅关于印发…, 中共中央 国务院印发…) where the header
        // has no issuer: only a national body is read from it (an addressee line names regions too)
        String firstLine = text.strip().lines().findFirst().orElse("").strip();
        if (issuer == null && gazetteer.mentions(issuingBody(firstLine)).isEmpty()
                && national(issuingBody(firstLine), true, false)) {
            return Jurisdiction.stated(gazetteer.country(), firstLine, text);
        }
        for (String field : new String[] {issuer, header.title(), notice}) {
            if (field != null && !field.isBlank()) {
                fields.add(field);
            }
        }
        List<Region> sure = fields.stream().flatMap(f -> gazetteer.mentions(f).stream())
                .filter(m -> m.regions().size() == 1).map(m -> m.regions().get(0)).toList();
        for (String field : fields) {
            List<PlaceMention> named = gazetteer.mentions(field);
            if (named.isEmpty()) {
                if (national(field, field.equals(issuer), field.equals(notice))) {
                    return Jurisdiction.stated(gazetteer.country(), field, text);
                }
                continue;
            }
            // a header that names a region but cannot say which is meant says no other region either
            return stated(named, sure, field, text);
        }
        return inference.infer(text, gazetteer.mentions(text));
    }

    /** The body before 关于 or 印发 in a notice's title (国务院办公厅关于印发…, 中共中央 国务院印发…), or "". */
    private static String issuingBody(String notice) {
        int end = notice.length();
        for (String verb : new String[] {"关于", "印发"}) {
            int at = notice.indexOf(verb);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        return end == notice.length() ? "" : notice.substring(0, end);
    }

    /** The issuer, or the issuing body of a notice's title, is a national body. */
    private boolean national(String field, boolean isIssuer, boolean isNotice) {
        String body = isIssuer ? field : isNotice ? issuingBody(field) : "";
        String plain = body.strip();
        return !plain.isEmpty() && nationalBodies.stream().anyMatch(plain::startsWith);
    }

    private Jurisdiction stated(List<PlaceMention> named, List<Region> sure, String field, String text) {
        List<Region> regions = new ArrayList<>();
        List<PlaceMention> inText = null;  // read only where needed: segmenting a whole text costs
        for (PlaceMention mention : named) {
            Region pick = gazetteer.resolve(mention.regions(), sure, null);
            if (pick == null) {
                inText = inText == null ? gazetteer.mentions(text) : inText;
                pick = byText(mention.regions(), inText);
            }
            if (pick == null) {
                return null;  // 鼓楼区 with no word of which city: a wrong region is worse than none
            }
            regions.add(pick);
        }
        Region region = gazetteer.deepest(regions);
        return region == null ? null : Jurisdiction.stated(region, field, text);
    }

    /**
     * Of divisions sharing a name, the one whose parent's area the text names clearly most (at least twice,
     * and at least twice as often as any other's), counting the names that mean one division only.
     */
    private Region byText(List<Region> options, List<PlaceMention> inText) {
        Map<Region, Long> support = options.stream().collect(Collectors.toMap(Function.identity(), o -> {
            Region area = gazetteer.parent(o) == null ? o : gazetteer.parent(o);
            return inText.stream().filter(m -> m.regions().size() == 1)
                    .filter(m -> m.regions().get(0).level() != Level.COUNTRY && !options.contains(m.regions().get(0)))
                    .filter(m -> gazetteer.within(m.regions().get(0), area)).count();
        }));
        Region best = null;
        long bestCount = 0;
        long second = 0;
        for (Map.Entry<Region, Long> e : support.entrySet()) {
            if (e.getValue() > bestCount) {
                second = bestCount;
                bestCount = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return bestCount >= 2 && bestCount >= 2 * second ? best : null;
    }
}
