/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.guide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * A page of the guide as styled text: the Markdown (read by commonmark-java) laid out as the Help window shows it,
 * toolkit-neutral, so that a test can read it without a display. Headings, emphasis, code, links and list
 * indents are ranges over one string; a table (which plain CommonMark reads as a paragraph of '|' rows) keeps
 * its rows, in the fixed-width face.
 */
public final class GuideText {

    /** How a range of the text is drawn. */
    public enum Style {
        HEADING_1, HEADING_2, HEADING_3, BOLD, ITALIC, CODE, LINK, PICTURE
    }

    /** A styled range: {@code target} is the link's address for {@link Style#LINK}, else null. */
    public record Span(int start, int length, Style style, String target) {
    }

    /** A heading of the page: its level, its text and where it starts. */
    public record Section(int level, String title, int offset) {
    }

    private final StringBuilder text = new StringBuilder();
    private final List<Span> spans = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    /** The indent, in characters' widths, of each line that starts at the key offset. */
    private final Map<Integer, Integer> indents = new LinkedHashMap<>();

    private GuideText() {
    }

    /** Reads {@code markdown} into styled text. */
    public static GuideText of(String markdown) {
        GuideText page = new GuideText();
        Parser.builder().build().parse(markdown).accept(page.new Writer());
        return page;
    }

    public String text() {
        return text.toString();
    }

    public List<Span> spans() {
        return List.copyOf(spans);
    }

    public List<Section> sections() {
        return List.copyOf(sections);
    }

    /** Line start offsets and their indents (list items and quotes), in multiples of the space's width. */
    public Map<Integer, Integer> indents() {
        return Map.copyOf(indents);
    }

    /** Walks the Markdown tree, writing each block on lines of its own. */
    private final class Writer extends AbstractVisitor {

        private int depth;
        private boolean table;

        @Override
        public void visit(Heading heading) {
            blankLine();
            int start = text.length();
            visitChildren(heading);
            Style style = heading.getLevel() == 1 ? Style.HEADING_1
                : heading.getLevel() == 2 ? Style.HEADING_2 : Style.HEADING_3;
            spans.add(new Span(start, text.length() - start, style, null));
            sections.add(new Section(heading.getLevel(), text.substring(start), start));
            text.append('\n');
        }

        @Override
        public void visit(Paragraph paragraph) {
            if (!(paragraph.getParent() instanceof ListItem) || paragraph.getPrevious() != null) {
                blankLine();
            }
            indent();
            int start = text.length();
            table = paragraph.getFirstChild() instanceof Text first && first.getLiteral().startsWith("|");
            visitChildren(paragraph);
            if (table) {
                spans.add(new Span(start, text.length() - start, Style.CODE, null));
                table = false;
            }
            text.append('\n');
        }

        @Override
        public void visit(BulletList list) {
            items(list, -1);
        }

        @Override
        public void visit(OrderedList list) {
            items(list, list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber());
        }

        private void items(Node list, int number) {
            if (!(list.getParent() instanceof ListItem)) {
                blankLine();
            }
            depth++;
            int next = number;
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                startLine();
                indent();
                text.append(next < 0 ? "•  " : next++ + ".  ");
                item.accept(this);
            }
            depth--;
        }

        @Override
        public void visit(ListItem item) {
            visitChildren(item);
        }

        @Override
        public void visit(BlockQuote quote) {
            depth++;
            visitChildren(quote);
            depth--;
        }

        @Override
        public void visit(FencedCodeBlock code) {
            block(code.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            block(code.getLiteral());
        }

        private void block(String code) {
            blankLine();
            int start = text.length();
            text.append(code.stripTrailing());
            spans.add(new Span(start, text.length() - start, Style.CODE, null));
            text.append('\n');
        }

        @Override
        public void visit(ThematicBreak rule) {
            blankLine();
        }

        @Override
        public void visit(Text literal) {
            text.append(literal.getLiteral());
        }

        @Override
        public void visit(Code code) {
            styled(Style.CODE, () -> text.append(code.getLiteral()));
        }

        @Override
        public void visit(Emphasis emphasis) {
            styled(Style.ITALIC, () -> visitChildren(emphasis));
        }

        @Override
        public void visit(StrongEmphasis strong) {
            styled(Style.BOLD, () -> visitChildren(strong));
        }

        @Override
        public void visit(Link link) {
            int start = text.length();
            visitChildren(link);
            spans.add(new Span(start, text.length() - start, Style.LINK, link.getDestination()));
        }

        @Override
        public void visit(Image image) {
            int start = text.length();
            text.append("[picture: ");
            visitChildren(image);
            text.append(']');
            spans.add(new Span(start, text.length() - start, Style.PICTURE, image.getDestination()));
        }

        @Override
        public void visit(SoftLineBreak soft) {
            if (table) {
                text.append('\n');
            } else {
                text.append(' ');
            }
        }

        @Override
        public void visit(HardLineBreak hard) {
            text.append('\n');
            indent();
        }

        private void styled(Style style, Runnable write) {
            int start = text.length();
            write.run();
            spans.add(new Span(start, text.length() - start, style, null));
        }

        private void startLine() {
            if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                text.append('\n');
            }
        }

        private void blankLine() {
            startLine();
            if (text.length() > 1 && text.charAt(text.length() - 2) != '\n') {
                text.append('\n');
            }
        }

        private void indent() {
            boolean lineStart = text.isEmpty() || text.charAt(text.length() - 1) == '\n';
            if (depth > 0 && lineStart) {
                indents.put(text.length(), depth * 3);
            }
        }
    }
}
