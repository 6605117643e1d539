package org.w3id.hpkg.publish;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * How a client learns that the server lowered its query's LIMIT to {@code --max-results}: a header
 * {@value #HEADER} with the limit and a {@code Link} to where the limits are documented, set before the
 * results are written; and in SPARQL JSON and XML results, the same link in the results' head (the
 * {@code link} member and element the result formats define), which Jena's writers do not offer, so it is
 * spliced into the head as it streams past.
 */
final class ResultLimit {

    static final String HEADER = "HPKG-Result-Limit";
    private static final String ATTRIBUTE = ResultLimit.class.getName();
    private static final int HEAD_MAX = 1 << 16;

    private ResultLimit() {}

    /** Marks the response: its results stop at {@code limit}, documented at {@code docs}. */
    static void applied(HttpServletRequest req, HttpServletResponse resp, long limit, String docs) {
        req.setAttribute(ATTRIBUTE, docs);
        resp.setHeader(HEADER, Long.toString(limit));
        resp.setHeader("Link", "<" + docs + ">; rel=\"describedby\""); // Fuseki warns on addHeader
    }

    /** A response that puts the link into the head of JSON or XML results when the limit was applied. */
    static final class LinkingResponse extends HttpServletResponseWrapper {
        private final HttpServletRequest req;
        private ServletOutputStream out;
        private Splicing splicing;

        LinkingResponse(HttpServletRequest req, HttpServletResponse resp) {
            super(resp);
            this.req = req;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (out == null) {
                Object docs = req.getAttribute(ATTRIBUTE);
                String type = getContentType() == null ? "" : getContentType();
                String insert = docs == null ? null
                        : type.startsWith("application/sparql-results+json") ? "\"link\": [ \"" + docs + "\" ] ,"
                        : type.startsWith("application/sparql-results+xml") ? "<link href=\"" + docs + "\"/>" : null;
                if (insert == null) {
                    out = super.getOutputStream();
                } else {
                    splicing = new Splicing(super.getOutputStream(), insert, type.contains("json"));
                    out = splicing;
                }
            }
            return out;
        }

        /** Sends whatever is still held back (call when the request has been answered). */
        void finish() throws IOException {
            if (splicing != null) {
                splicing.release();
            }
        }
    }

    /**
     * Holds back the start of the output until the place in the head is seen: after the head's opening
     * brace in JSON, before {@code </head>} in XML. Past {@value #HEAD_MAX} bytes it gives up unchanged.
     */
    private static final class Splicing extends ServletOutputStream {
        private final ServletOutputStream out;
        private final byte[] insert;
        private final boolean json;
        private ByteArrayOutputStream held = new ByteArrayOutputStream();

        Splicing(ServletOutputStream out, String insert, boolean json) {
            this.out = out;
            this.insert = insert.getBytes(StandardCharsets.UTF_8);
            this.json = json;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (held == null) {
                out.write(b, off, len);
                return;
            }
            held.write(b, off, len);
            String text = held.toString(StandardCharsets.UTF_8);
            int at = json ? afterHeadBrace(text) : text.indexOf("</head>");
            if (at >= 0) {
                int bytesBefore = text.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
                byte[] all = held.toByteArray();
                out.write(all, 0, bytesBefore);
                out.write(insert);
                out.write(all, bytesBefore, all.length - bytesBefore);
                held = null;
            } else if (held.size() > HEAD_MAX) {
                release();
            }
        }

        private static int afterHeadBrace(String text) {
            int head = text.indexOf("\"head\"");
            int brace = head < 0 ? -1 : text.indexOf('{', head);
            return brace < 0 ? -1 : brace + 1;
        }

        private void release() throws IOException {
            if (held != null) {
                held.writeTo(out);
                held = null;
            }
        }

        @Override
        public void flush() throws IOException {
            // held bytes wait for the head; flushing them early would only send the head without its link
            if (held == null) {
                out.flush();
            }
        }

        @Override
        public void close() throws IOException {
            release();
            out.close();
        }

        @Override
        public boolean isReady() {
            return out.isReady();
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            out.setWriteListener(listener);
        }
    }
}
