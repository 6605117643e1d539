package org.w3id.hpkg.extract;

import java.util.List;
import org.w3id.hpkg.parse.ParsedSection;
import org.w3id.hpkg.parse.Span;

/**
 * Targets stated outside tasks: in a section's own text (a goals paragraph, an indicator table) or in the
 * document's preamble.
 *
 * @param section the section whose text states them, or null for the preamble
 * @param span the text they were read from
 */
public record SectionTargets(ParsedSection section, Span span, List<Target> targets) {
    public SectionTargets {
        targets = List.copyOf(targets);
    }

    /** Whether these are the preamble's (the text before the outline). */
    public boolean preamble() {
        return section == null;
    }
}
