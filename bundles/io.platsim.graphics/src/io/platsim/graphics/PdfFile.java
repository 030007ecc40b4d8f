/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.graphics;

import java.awt.Font;
import java.awt.Graphics2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;

/**
 * Writes one page of Java2D painting as a PDF file, through PDFBox and its Graphics2D bridge. Text is written as
 * text (a reader can select, search and copy it) in {@link Fonts}' faces, embedded as subsets of the glyphs used,
 * whatever font the painter asked for: bold text in the bold face, the rest in the regular one.
 */
public final class PdfFile {

    private PdfFile() {
    }

    /**
     * The bytes of a PDF file of one {@code width} × {@code height}-point page that {@code painter} drew on, top-left
     * origin, titled {@code title}. Its dates are left out and its identifier is made from the title, the size and
     * the page's drawing, so that the same drawing gives the same bytes and a different drawing another identifier.
     */
    public static byte[] write(String title, int width, int height, Consumer<Graphics2D> painter) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("PlatSim");
            info.setCreationDate((Calendar) null);
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, width, height);
            try (EmbeddedFaces faces = new EmbeddedFaces(document)) {
                g.setFontTextDrawer(faces);
                try {
                    painter.accept(g);
                } finally {
                    g.dispose();
                }
                PDFormXObject drawing = g.getXFormObject();
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.drawForm(drawing);
                }
                byte[] drawn;
                try (InputStream in = drawing.getContents()) {
                    drawn = in.readAllBytes();
                }
                document.getDocument().getTrailer().setItem(COSName.ID, identifier(title, width, height, drawn));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.save(out);
                return out.toByteArray();
            }
        }
    }

    /**
     * The file identifier a PDF trailer carries, made from what the page shows rather than from the clock (PDFBox's
     * default), so that a file is byte for byte the same when drawn again.
     */
    private static COSArray identifier(String title, int width, int height, byte[] drawn) {
        byte[] digest;
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((title + "\n" + width + "x" + height + "\n").getBytes(StandardCharsets.UTF_8));
            digest = sha.digest(drawn);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        COSString id = new COSString(Arrays.copyOf(digest, 16));
        COSArray pair = new COSArray();
        pair.add(id);
        pair.add(id);
        return pair;
    }

    /** Maps every font to one of the embedded faces, loaded once per document. */
    private static final class EmbeddedFaces extends PdfBoxGraphics2DFontTextDrawer {

        private final PDDocument document;
        private final Map<Fonts.Face, PDFont> loaded = new EnumMap<>(Fonts.Face.class);

        EmbeddedFaces(PDDocument document) {
            this.document = document;
        }

        @Override
        protected boolean hasDynamicFontMapping() {
            return true;
        }

        @Override
        protected PDFont mapFont(Font font, IFontTextDrawerEnv env) throws IOException {
            // A face made from a bold file is bold by its name, not by its style.
            boolean bold = font.isBold() || font.getFontName(Locale.ROOT).toLowerCase(Locale.ROOT).contains("bold");
            Fonts.Face face = bold ? Fonts.Face.BOLD : Fonts.Face.REGULAR;
            PDFont pdf = loaded.get(face);
            if (pdf == null) {
                try (InputStream in = Fonts.open(face)) {
                    pdf = PDType0Font.load(document, in, true);
                }
                loaded.put(face, pdf);
            }
            return pdf;
        }
    }
}
