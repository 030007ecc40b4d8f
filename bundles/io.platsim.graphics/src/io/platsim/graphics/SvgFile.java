/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.graphics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Finishes an SVG drawing as a file: an XML declaration, and {@link Fonts}' faces embedded as {@code @font-face}
 * rules holding subsets of the glyphs its text uses, so that a browser or an editor without DejaVu Sans draws the
 * words at the widths PlatSim measured them with.
 */
public final class SvgFile {

    private static final Pattern TEXT = Pattern.compile("<text[^>]*>([^<]*)</text>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");

    private SvgFile() {
    }

    /**
     * The file's text for {@code svg}, an {@code <svg>} element as JFreeSVG's {@code getSVGElement()} gives it; the
     * faces are embedded when its text is in {@link Fonts#FAMILY}.
     */
    public static String of(String svg) throws IOException {
        Set<Integer> used = codePoints(svg);
        StringBuilder file = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        int open = svg.indexOf('>', svg.indexOf("<svg")) + 1;
        if (used.isEmpty() || open <= 0 || !svg.contains(Fonts.FAMILY)) {
            return file.append(svg).append('\n').toString();
        }
        file.append(svg, 0, open).append("<defs><style>");
        for (Fonts.Face face : Fonts.Face.values()) {
            file.append("@font-face{font-family:'").append(Fonts.FAMILY).append("';font-weight:")
                .append(face == Fonts.Face.BOLD ? "bold" : "normal").append(";src:url(data:font/ttf;base64,")
                .append(Base64.getEncoder().encodeToString(subset(face, used))).append(") format('truetype');}");
        }
        return file.append("</style></defs>").append(svg, open, svg.length()).append('\n').toString();
    }

    /** The characters of every {@code <text>} element, entities decoded. */
    static Set<Integer> codePoints(String svg) {
        Set<Integer> used = new TreeSet<>();
        Matcher text = TEXT.matcher(svg);
        while (text.find()) {
            decode(text.group(1)).codePoints().forEach(used::add);
        }
        return used;
    }

    private static String decode(String text) {
        Matcher entity = ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (entity.find()) {
            String name = entity.group(1);
            String value = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> Character.toString(name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                    : Integer.parseInt(name.substring(1)));
            };
            entity.appendReplacement(decoded, Matcher.quoteReplacement(value));
        }
        return entity.appendTail(decoded).toString();
    }

    /** A TrueType file of {@code face} with only the glyphs of {@code used}. */
    static byte[] subset(Fonts.Face face, Set<Integer> used) throws IOException {
        try (InputStream in = Fonts.open(face);
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
            TTFSubsetter subsetter = new TTFSubsetter(font);
            subsetter.addAll(used);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        }
    }
}
