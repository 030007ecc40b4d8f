/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.diagram.layout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import io.platsim.diagram.LineKind;
import io.platsim.diagram.layout.DiagramLayout.Point;
import io.platsim.model.persistence.PlatsimResource;

/**
 * The file that keeps a diagram's geometry beside its model: {@code NAME.platsim.layout} next to
 * {@code NAME.platsim}, so the model file holds only what is simulated. A small XML file, sorted by key so that
 * version control shows real changes only, and written atomically like the model. It holds each box
 * ({@code <box id x y width height>}), each line's bends ({@code <line id><bend x y>}) and each socket whose alike
 * cores are folded into one tile ({@code <fold id>}), and each kind of line hidden ({@code <hide lines>}).
 */
public final class LayoutFile {

    /** Appended to the model file's name. */
    public static final String SUFFIX = ".layout";
    /** The farthest a box or bend may sit from the origin, and the largest a box may be, in pixels. */
    static final int REACH = 1_000_000;
    private static final String VERSION = "1";

    private LayoutFile() {
    }

    /** The layout file of a model file. */
    public static Path of(Path model) {
        return model.resolveSibling(model.getFileName() + SUFFIX);
    }

    /** Reads a layout; a missing file gives an empty layout. */
    public static DiagramLayout read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return new DiagramLayout();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** Reads a layout from {@code in}; {@code name} is the file named in error messages. */
    public static DiagramLayout read(InputStream in, String name) throws IOException {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            document = builder.parse(in);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(name + ": not a PlatSim layout file: " + e.getMessage(), e);
        }
        Element root = document.getDocumentElement();
        if (!"diagram".equals(root.getTagName())) {
            throw new IOException(name + ": not a PlatSim layout file: the root element is <" + root.getTagName()
                + ">, not <diagram>");
        }
        DiagramLayout layout = new DiagramLayout();
        NodeList boxes = root.getElementsByTagName("box");
        for (int i = 0; i < boxes.getLength(); i++) {
            Element box = (Element) boxes.item(i);
            String id = box.getAttribute("id");
            int x = number(box, "x", name, id);
            int y = number(box, "y", name, id);
            int width = number(box, "width", name, id);
            int height = number(box, "height", name, id);
            if (Math.abs((long) x) > REACH || Math.abs((long) y) > REACH || width < 0 || height < 0 || width > REACH
                    || height > REACH) {
                layout.ignore(name + ": the box of '" + id + "' (" + width + " x " + height + " at " + x + ", " + y
                    + ") is beyond what a diagram holds; it is laid out afresh");
                continue;
            }
            layout.setBox(id, new Box(x, y, width, height));
        }
        NodeList lines = root.getElementsByTagName("line");
        for (int i = 0; i < lines.getLength(); i++) {
            Element line = (Element) lines.item(i);
            String id = line.getAttribute("id");
            List<Point> points = new ArrayList<>();
            NodeList bends = line.getElementsByTagName("bend");
            for (int j = 0; j < bends.getLength(); j++) {
                Element bend = (Element) bends.item(j);
                points.add(new Point(number(bend, "x", name, id), number(bend, "y", name, id)));
            }
            if (points.stream().anyMatch(p -> Math.abs((long) p.x()) > REACH || Math.abs((long) p.y()) > REACH)) {
                layout.ignore(name + ": a bend of line '" + id + "' is beyond what a diagram holds; the line is "
                    + "drawn straight");
                continue;
            }
            layout.setBends(id, points);
        }
        NodeList hides = root.getElementsByTagName("hide");
        for (int i = 0; i < hides.getLength(); i++) {
            String kind = ((Element) hides.item(i)).getAttribute("lines");
            try {
                layout.setHidden(LineKind.valueOf(kind), true);
            } catch (IllegalArgumentException e) {
                layout.ignore(name + ": <hide lines=\"" + kind + "\"> names no kind of line; those lines are shown");
            }
        }
        NodeList folds = root.getElementsByTagName("fold");
        for (int i = 0; i < folds.getLength(); i++) {
            layout.setFolded(((Element) folds.item(i)).getAttribute("id"), true);
        }
        return layout;
    }

    private static int number(Element element, String attribute, String file, String id) throws IOException {
        String text = element.getAttribute(attribute);
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IOException(file + ": <" + element.getTagName() + "> of '" + id + "': " + attribute
                + " is '" + text + "', not a whole number", e);
        }
    }

    /** Writes {@code layout} to {@code file} through a temporary file and a rename. */
    public static void write(DiagramLayout layout, Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(layout, bytes);
        PlatsimResource.writeAtomically(file, bytes);
    }

    /** Writes {@code layout} as XML to {@code out}. */
    public static void write(DiagramLayout layout, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("diagram");
            xml.writeAttribute("version", VERSION);
            for (Map.Entry<String, Box> entry : new TreeMap<>(layout.boxes()).entrySet()) {
                Box box = entry.getValue();
                xml.writeCharacters("\n  ");
                xml.writeEmptyElement("box");
                xml.writeAttribute("id", entry.getKey());
                xml.writeAttribute("x", Integer.toString(box.x()));
                xml.writeAttribute("y", Integer.toString(box.y()));
                xml.writeAttribute("width", Integer.toString(box.width()));
                xml.writeAttribute("height", Integer.toString(box.height()));
            }
            for (Map.Entry<String, List<Point>> entry : new TreeMap<>(layout.allBends()).entrySet()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("line");
                xml.writeAttribute("id", entry.getKey());
                for (Point bend : entry.getValue()) {
                    xml.writeEmptyElement("bend");
                    xml.writeAttribute("x", Integer.toString(bend.x()));
                    xml.writeAttribute("y", Integer.toString(bend.y()));
                }
                xml.writeEndElement();
            }
            for (LineKind kind : layout.hidden()) {
                xml.writeCharacters("\n  ");
                xml.writeEmptyElement("hide");
                xml.writeAttribute("lines", kind.name());
            }
            for (String folded : new TreeSet<>(layout.folded())) {
                xml.writeCharacters("\n  ");
                xml.writeEmptyElement("fold");
                xml.writeAttribute("id", folded);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Writing the diagram layout failed: " + e.getMessage(), e);
        }
    }
}
