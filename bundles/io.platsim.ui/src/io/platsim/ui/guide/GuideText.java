/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.ui.guide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
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
 * indents are ranges over one string; a table is laid out as {@link GuideTable} says.
 */
public final class GuideText {

    /** How a range of the text is drawn. */
    public enum Style {
        HEADING_1, HEADING_2, HEADING_3, BOLD, ITALIC, CODE, LINK,
        /** One object character where the picture at the span's target is drawn. */
        PICTURE,
        /** A picture's alternative text, on the line under it. */
        CAPTION,
        /** A grid table's header row: fixed-width and bold. */
        CODE_BOLD
    }

    /** A styled range: {@code target} is the link's address for {@link Style#LINK}, else null. */
    public record Span(int start, int length, Style style, String target) {
    }

    /** A heading of the page: its level, its text and where it starts. */
    public record Section(int level, String title, int offset) {
    }

    /** The character that holds a picture's place in the text (Unicode's object replacement character). */
    public static final char OBJECT = '\uFFFC';

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
        Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(markdown)
            .accept(page.new Writer());
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

    int length() {
        return text.length();
    }

    void append(String more) {
        text.append(more);
    }

    /** Appends {@code cell}'s text and styles. */
    void append(GuideText cell) {
        int at = text.length();
        text.append(cell.text);
        for (Span span : cell.spans) {
            spans.add(new Span(at + span.start(), span.length(), span.style(), span.target()));
        }
    }

    /** Styles the text from {@code start} to its end. */
    void style(int start, Style style) {
        span(start, text.length() - start, style);
    }

    /** Styles a range, which may lie ahead of the text written so far; later spans draw over earlier ones. */
    void span(int start, int length, Style style) {
        spans.add(new Span(start, length, style, null));
    }

    /** Indents the line starting at the end of the text by {@code depth} steps. */
    void indentLine(int depth) {
        if (depth > 0) {
            indents.put(text.length(), depth * 3);
        }
    }

    /** Walks the Markdown tree, writing each block on lines of its own. */
    private final class Writer extends AbstractVisitor {

        private int depth;

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
            visitChildren(paragraph);
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
            startLine();
            spans.add(new Span(text.length(), 1, Style.PICTURE, image.getDestination()));
            text.append(OBJECT).append('\n');
            int caption = text.length();
            visitChildren(image);
            spans.add(new Span(caption, text.length() - caption, Style.CAPTION, null));
        }

        @Override
        public void visit(SoftLineBreak soft) {
            text.append(' ');
        }

        @Override
        public void visit(CustomBlock block) {
            if (block instanceof TableBlock table) {
                blankLine();
                GuideTable.write(GuideText.this, table, this::cell, depth);
            } else {
                visitChildren(block);
            }
        }

        /** A table cell's inline text and styles, on their own. */
        private GuideText cell(TableCell cell) {
            GuideText alone = new GuideText();
            alone.new Writer().visitChildren(cell);
            return alone;
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
