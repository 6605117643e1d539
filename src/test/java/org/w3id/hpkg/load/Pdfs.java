package org.w3id.hpkg.load;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Writes small PDFs for tests with PDFBox: pages of Latin text, encrypted or not, and pages of images. */
public final class Pdfs {

    private Pdfs() {}

    /** {@code pages} pages, each with one line of text. */
    public static byte[] text(int pages, String userPassword) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(72, 700);
                    content.showText("Work plan page " + i);
                    content.endText();
                }
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            return save(doc);
        }
    }

    /** One page per image, and no text layer: what a scanner makes. */
    public static byte[] images(BufferedImage... images) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage image : images) {
                PDPage page = new PDPage();
                doc.addPage(page);
                PDImageXObject picture = LosslessFactory.createFromImage(doc, image);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    float scale = Math.min(page.getMediaBox().getWidth() / image.getWidth(),
                            page.getMediaBox().getHeight() / image.getHeight());
                    content.drawImage(picture, 0, page.getMediaBox().getHeight() - image.getHeight() * scale,
                            image.getWidth() * scale, image.getHeight() * scale);
                }
            }
            return save(doc);
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
