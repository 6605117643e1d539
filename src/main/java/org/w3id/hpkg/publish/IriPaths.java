package org.w3id.hpkg.publish;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.w3id.hpkg.rdf.HP;
import org.w3id.hpkg.rdf.IriMinter;

/**
 * Maps between the IRIs of the graph and the paths the server answers on. Instance IRIs
 * {@code <base>x/y} are served at {@code /id/x/y}; ontology terms at {@code /ontology#Term}. A requested
 * path is decoded segment by segment and re-encoded the way {@link IriMinter} mints, so a browser's
 * percent-encoded Chinese and a raw IRI reach the same resource.
 */
public final class IriPaths {

    private final String base;
    private final String root;

    /**
     * @param base base of the instance IRIs
     * @param root public root of the server (where {@code id/}, {@code ontology} and {@code sparql} live)
     */
    public IriPaths(String base, String root) {
        this.base = base;
        this.root = root.endsWith("/") ? root : root + "/";
    }

    public String base() {
        return base;
    }

    public String root() {
        return root;
    }

    /** The IRI a request for {@code /id/<rawPath>} names ({@code rawPath} as sent, still percent-encoded). */
    public String iriFor(String rawPath) {
        StringBuilder iri = new StringBuilder(base);
        String[] segments = rawPath.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                iri.append('/');
            }
            iri.append(IriMinter.segment(decode(segments[i])));
        }
        return iri.toString();
    }

    /** Where a browser should go to see {@code iri}: served IRIs map to this server, others stay as they are. */
    public String href(String iri) {
        if (iri.startsWith(base) && iri.length() > base.length()) {
            return root + "id/" + iri.substring(base.length());
        }
        if (iri.startsWith(HP.NS)) {
            return root + "ontology#" + iri.substring(HP.NS.length());
        }
        if (iri.equals(HP.ONTOLOGY)) {
            return root + "ontology";
        }
        return iri;
    }

    /** Whether {@link #href} points into this server. */
    public boolean isLocal(String iri) {
        return iri.startsWith(base) || iri.startsWith(HP.NS) || iri.equals(HP.ONTOLOGY);
    }

    /** Percent-decoding as UTF-8; unlike {@code URLDecoder}, a {@code +} stays a plus. */
    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    b = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.write(b, 0, b.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
