package org.w3id.hpkg.extract.region;

import java.math.BigDecimal;
import java.util.List;

/**
 * The region a plan's issuer governs, and how it is known: stated (the issuer, or the title, names it;
 * national bodies govern the country) or inferred from the places the text names, with a confidence
 * between 0 and 1 and the names it was read from.
 *
 * @param evidence the words the region was read from: the issuer or title for a stated jurisdiction, the
 *     places named for an inferred one; offsets into the document text where it holds them, else -1
 */
public record Jurisdiction(Region region, boolean inferred, BigDecimal confidence, List<Evidence> evidence) {

    /** Words read, at {@code begin}–{@code end} of the document text, or -1 where the text does not hold them. */
    public record Evidence(String words, int begin, int end) {}

    public Jurisdiction {
        evidence = List.copyOf(evidence);
    }

    static Jurisdiction stated(Region region, String words, String text) {
        int at = text.indexOf(words);
        return new Jurisdiction(region, false, BigDecimal.ONE,
                List.of(new Evidence(words, at, at < 0 ? -1 : at + words.length())));
    }
}
