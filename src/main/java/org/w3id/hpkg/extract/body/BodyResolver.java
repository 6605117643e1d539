package org.w3id.hpkg.extract.body;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.hpkg.data.DataTable;

/**
 * Reads the names a plan prints for bodies as entities: one body per full name within the place whose
 * government it belongs to. National bodies by their table ({@code 卫生健康委} in a national plan, and
 * {@code 国家卫健委} anywhere, is 国家卫生健康委员会); the bodies of places ({@code 省卫生健康委},
 * {@code 吴忠市卫健委}) as {@link LocalNames} reads them; a bare department stem is the plan's own
 * ({@code 医保局} in a county plan); the
 * units inside the issuing body lose the word that only says "the bureau's" ({@code 局医政药政管理岗位}).
 * Whatever cannot be told is kept as printed, within the plan's jurisdiction. The words are tables under
 * {@code extract/body/}.
 */
public final class BodyResolver {

    private record Named(String name, Place place, boolean internal) {}

    private final Map<String, String> national = new HashMap<>();
    private final Map<String, String> nationalInNationalPlans = new HashMap<>();
    private final LocalNames local = new LocalNames();
    private final List<String> internalSuffixes = new ArrayList<>();
    private final List<String> internalPrefixes = new ArrayList<>();
    private final List<String> collectiveOpeners;
    private final SectorScheme sectors;

    public BodyResolver(SectorScheme sectors) {
        this.sectors = sectors;
        for (String[] row : DataTable.load("extract/body/national-bodies.tsv").rows()) {
            national.put(row[0], row[0]);
            forms(row, 1).forEach(f -> national.put(f, row[0]));
            forms(row, 2).forEach(f -> nationalInNationalPlans.put(f, row[0]));
        }
        for (String[] row : DataTable.load("extract/body/internal-units.tsv").rows()) {
            (row[0].equals("PREFIX") ? internalPrefixes : internalSuffixes).add(row[1]);
        }
        internalPrefixes.sort(Comparator.comparingInt(String::length).reversed());
        collectiveOpeners = DataTable.load("extract/body/collective-openers.tsv").column(0);
    }

    static List<String> forms(String[] row, int column) {
        List<String> out = new ArrayList<>();
        if (row.length > column) {
            for (String f : row[column].split(",")) {
                if (!f.isBlank()) {
                    out.add(f.strip());
                }
            }
        }
        return out;
    }

    /** The issuer and the printed names of one plan, each as a body. */
    public DocumentBodies resolve(String issuer, Collection<String> printed, BodyScope scope) {
        boolean nationalPlan = scope.national() || scope.jurisdiction() == null && namesNationalBodies(issuer, printed);
        Body issuerBody = issuer == null ? null : body(issuer, scope, nationalPlan, null);
        String issuerSector = issuerBody == null ? null : issuerBody.sector();
        Map<String, Body> bodies = new LinkedHashMap<>();
        for (String name : printed) {
            bodies.computeIfAbsent(name, n -> body(n, scope, nationalPlan, issuerSector));
        }
        unifyUnitsPrintedWithoutTheirSuffix(bodies);
        return new DocumentBodies(issuerBody, bodies);
    }

    /**
     * A unit of the issuer printed once without its kind ({@code 局综合医改与信息化}, where the list it stood in
     * gave no suffix to share) is the unit the plan names elsewhere with it ({@code 综合医改与信息化岗位}).
     */
    private void unifyUnitsPrintedWithoutTheirSuffix(Map<String, Body> bodies) {
        Map<String, Body> units = new HashMap<>();
        bodies.values().forEach(b -> units.putIfAbsent(b.name(), b));
        for (Map.Entry<String, Body> e : bodies.entrySet()) {
            String p = e.getKey();
            if (internalSuffixes.stream().anyMatch(p::endsWith)) {
                continue;
            }
            for (String prefix : internalPrefixes) {
                if (!p.startsWith(prefix) || p.length() <= prefix.length() + 1) {
                    continue;
                }
                for (String suffix : internalSuffixes) {
                    Body unit = units.get(p.substring(prefix.length()) + suffix);
                    if (unit != null && java.util.Objects.equals(e.getValue().place(), unit.place())) {
                        e.setValue(unit);
                    }
                }
            }
        }
    }

    /**
     * For a plan that names no region: whether it is the country's, by its issuer (国务院办公厅) or by the
     * bodies it names (national bodies, none with a level word: 国家医保局、财政部、教育部), so that its bare
     * stems are the national bodies (卫生健康委 is 国家卫生健康委员会).
     */
    private boolean namesNationalBodies(String issuer, Collection<String> printed) {
        if (issuer != null && national.containsKey(issuer)) {
            return true;
        }
        long nationalNames = printed.stream().filter(national::containsKey).count();
        boolean levelled = printed.stream().anyMatch(local::opensWithALevel);
        return nationalNames >= 2 && !levelled;
    }

    private Body body(String printed, BodyScope scope, boolean nationalPlan, String issuerSector) {
        Named n = name(printed.strip(), scope, nationalPlan);
        String sector = n.internal() && issuerSector != null ? issuerSector : sectors.classify(n.name());
        return new Body(n.name(), n.place(), sector);
    }

    private Named name(String p, BodyScope scope, boolean nationalPlan) {
        Place own = scope.jurisdiction() != null ? scope.jurisdiction() : nationalPlan ? scope.nation() : null;
        String full = national.get(p);
        if (full == null && nationalPlan) {
            full = nationalInNationalPlans.get(p);
        }
        if (full != null) {
            return new Named(full, scope.nation(), false);
        }
        if (collectiveOpeners.stream().anyMatch(p::startsWith)) {
            return new Named(p, own, false);
        }
        LocalNames.Placed placed = local.placed(p, scope);
        if (placed != null) {
            return new Named(placed.name(), placed.place(), false);
        }
        String ownDepartment = own != null && !nationalPlan ? local.department(own, p) : null;
        if (ownDepartment != null) {
            return new Named(ownDepartment, own, false);
        }
        for (String suffix : internalSuffixes) {
            if (p.endsWith(suffix)) {
                return new Named(withoutInternalPrefix(p, suffix), own, true);
            }
        }
        // 局规划发展: opened by "the bureau's", a unit of the issuer all the same
        boolean unit = internalPrefixes.stream().anyMatch(x -> p.startsWith(x) && p.length() > x.length() + 1);
        return new Named(p, own, unit);
    }

    private String withoutInternalPrefix(String p, String suffix) {
        for (String prefix : internalPrefixes) {
            if (p.startsWith(prefix) && p.length() - prefix.length() >= suffix.length() + 1) {
                return p.substring(prefix.length());
            }
        }
        return p;
    }
}
