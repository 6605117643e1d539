package org.w3id.hpkg.extract.body;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The bodies an item names as leading and as cooperating, as printed. A body named both ways (leading
 * one part of an item and cooperating on another) leads.
 */
public record Responsibility(List<String> lead, List<String> cooperating) {

    public static final Responsibility NONE = new Responsibility(List.of(), List.of());

    public Responsibility {
        Set<String> leads = new LinkedHashSet<>(lead);
        Set<String> others = new LinkedHashSet<>(cooperating);
        others.removeAll(leads);
        lead = List.copyOf(leads);
        cooperating = List.copyOf(others);
    }

    public boolean isEmpty() {
        return lead.isEmpty() && cooperating.isEmpty();
    }

    /** Both responsibilities together: several clauses of one item. */
    public Responsibility and(Responsibility other) {
        List<String> l = new ArrayList<>(lead);
        l.addAll(other.lead);
        List<String> c = new ArrayList<>(cooperating);
        c.addAll(other.cooperating);
        return new Responsibility(l, c);
    }
}
