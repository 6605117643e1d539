package org.w3id.hpkg.normalize;

import java.util.List;

/**
 * The normalized text of one corpus file: simplified characters, half-width forms, one paragraph per
 * line. All offsets used by later stages (provenance spans, notes) point into {@link #text()}.
 */
public record NormalizedDocument(String fileName, String text, String encoding, List<QualityNote> notes) {
    public NormalizedDocument {
        notes = List.copyOf(notes);
    }
}
