/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.model.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.platsim.templates.Templates;

/** Bad files give a message naming the file, the line and what is wrong; they never throw. */
class LoadErrorsTest {

    @TempDir
    Path temp;
    private String good;

    @BeforeEach
    void writeGoodModel() throws IOException {
        Path file = temp.resolve("good.platsim");
        ModelFiles.save(Templates.small("lab"), file);
        good = Files.readString(file);
    }

    private LoadResult load(String name, String text) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return ModelFiles.load(file);
    }

    private static LoadProblem onlyError(LoadResult result) {
        assertFalse(result.ok());
        assertNull(result.platform());
        assertEquals(1, result.errors().size(), result.errors().toString());
        return result.errors().get(0);
    }

    @Test
    void malformedXmlNamesFileAndLine() throws IOException {
        String broken = good.replaceFirst("<sockets ", "<sockets <");
        LoadProblem problem = onlyError(load("broken.platsim", broken));
        assertTrue(problem.file().endsWith("broken.platsim"), problem.text());
        assertEquals(lineOf(good, "<sockets "), problem.line(), problem.text());
        assertTrue(problem.message().startsWith("malformed XML"), problem.text());
    }

    @Test
    void truncatedFileSaysItEndsEarly() throws IOException {
        LoadProblem problem = onlyError(load("cut.platsim", good.substring(0, good.length() / 2)));
        assertTrue(problem.message().contains("ends before the model does"), problem.text());
        assertTrue(problem.line() > 1, problem.text());
    }

    @Test
    void emptyFileSaysItEndsEarly() throws IOException {
        LoadProblem problem = onlyError(load("empty.platsim", ""));
        assertTrue(problem.message().contains("truncated or empty"), problem.text());
    }

    @Test
    void externalEntitiesAreRefused() throws IOException {
        Path secret = temp.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xxe = good.replaceFirst("\\?>", "?>\n<!DOCTYPE p [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>")
            .replaceFirst("name=\"lab\"", "name=\"&x;\"");
        LoadResult result = load("xxe.platsim", xxe);
        LoadProblem problem = onlyError(result);
        assertEquals(2, problem.line(), problem.text());
        assertTrue(problem.message().contains("refuses DOCTYPE"), problem.text());
        assertFalse(result.resource().getContents().toString().contains("TOP-SECRET"));
    }

    @Test
    void aReferenceToAnotherFileIsNamedWithItsFieldAndLine() throws IOException {
        Matcher reference = Pattern.compile(" privateTo=\"#[^\"]+\"").matcher(good);
        assertTrue(reference.find(), "the small example has a private cache");
        String foreign = good.substring(0, reference.start()) + " privateTo=\"other.platsim#_x\""
            + good.substring(reference.end());
        LoadProblem problem = onlyError(load("foreign.platsim", foreign));
        assertEquals(lineOf(good, good.substring(reference.start(), reference.end())), problem.line(), problem.text());
        assertTrue(problem.message().contains("field 'Private to' (privateTo in the file)")
            && problem.message().contains("other.platsim#_x")
            && problem.message().contains("another file"), problem.text());
    }

    @Test
    void otherModelVersionIsNamed() throws IOException {
        LoadProblem problem = onlyError(load("old.platsim", good.replace("http://platsim.io/model/1.0",
            "http://platsim.io/model/0.9")));
        assertTrue(problem.message().contains("version '0.9'"), problem.text());
        assertTrue(problem.message().contains("http://platsim.io/model/1.0"), problem.text());
        assertEquals(2, problem.line(), problem.text());
    }

    @Test
    void foreignXmlIsNotAModel() throws IOException {
        LoadProblem problem = onlyError(load("pom.platsim", "<?xml version=\"1.0\"?>\n<project xmlns=\"urn:x\"/>"));
        assertTrue(problem.message().contains("not a PlatSim model"), problem.text());
    }

    @Test
    void badValueNamesFieldAndElement() throws IOException {
        String bad = good.replaceFirst("lanes=\"8\"", "lanes=\"eight\"");
        LoadProblem problem = onlyError(load("value.platsim", bad));
        assertTrue(problem.message().contains("'eight'"), problem.text());
        assertTrue(problem.message().contains("field 'Lanes' (lanes in the file)"), problem.text());
        assertTrue(problem.message().contains("nic0-link"), problem.text());
        int line = lineOf(bad, "lanes=\"eight\"");
        assertTrue(problem.line() >= line && problem.line() <= line + 2, "line " + line + ": " + problem.text());
    }

    @Test
    void aReferenceToTheWrongKindOfElementNamesBothAndItsLine() throws IOException {
        Matcher cache = Pattern.compile("<caches xmi:id=\"([^\"]+)\" name=\"([^\"]+)\"").matcher(good);
        assertTrue(cache.find());
        String bad = good.replaceFirst("targetCore=\"#[^\"]+\"", "targetCore=\"#" + cache.group(1) + "\"");
        LoadProblem problem = onlyError(load("wrong-kind.platsim", bad));
        assertTrue(problem.message().contains("field 'Target core' (targetCore in the file)")
            && problem.message().contains(cache.group(2))
            && problem.message().contains("takes a Core"), problem.text());
        assertFalse(problem.message().contains("Impl@"), "no Java object dump: " + problem.text());
        assertEquals(lineOf(bad, "targetCore=\"#" + cache.group(1)), problem.line(), problem.text());
    }

    @Test
    void twoElementsWithOneIdAreAnErrorNamingBothLines() throws IOException {
        // Two elements no other element refers to, so that the shared id is the only problem.
        List<String> alone = new ArrayList<>();
        Matcher ids = Pattern.compile("xmi:id=\"([^\"]+)\"").matcher(good);
        while (ids.find()) {
            if (good.split(Pattern.quote(ids.group(1)), -1).length == 2) {
                alone.add(ids.group(1));
            }
        }
        assertTrue(alone.size() >= 3, alone.toString());
        String first = alone.get(1);
        String bad = good.replace("xmi:id=\"" + alone.get(2) + "\"", "xmi:id=\"" + first + "\"");
        LoadProblem problem = onlyError(load("twice.platsim", bad));
        assertTrue(problem.message().contains("is given to both ") && problem.message().contains("(line "
            + lineOf(bad, "xmi:id=\"" + first) + ")"), problem.text());
        assertEquals(lineOf(good, alone.get(2)), problem.line(), problem.text());
    }

    @Test
    void aHugeValueIsQuotedByItsStartAndLength() throws IOException {
        String huge = "9".repeat(100_000) + "x";
        LoadProblem problem = onlyError(load("huge.platsim", good.replaceFirst("lanes=\"8\"", "lanes=\"" + huge
            + "\"")));
        assertTrue(problem.message().contains("(100001 characters)"), problem.text());
        assertTrue(problem.message().length() < 300, "the value is cut: " + problem.message().length());
    }

    @Test
    void missingFileIsSaid() {
        LoadProblem problem = onlyError(ModelFiles.load(temp.resolve("nope.platsim")));
        assertTrue(problem.message().contains("does not exist"), problem.text());
    }

    @Test
    void unknownAttributesAreReportedAndWrittenBack() throws IOException {
        String future = good.replaceFirst("name=\"nic0\"", "name=\"nic0\" futureKnob=\"7\"");
        LoadResult result = load("future.platsim", future);
        assertTrue(result.ok(), result.errors().toString());
        assertEquals(1, result.warnings().size(), result.warnings().toString());
        assertTrue(result.warnings().get(0).message().contains("NIC 'nic0' has 'futureKnob'"),
            result.warnings().get(0).text());
        Path saved = temp.resolve("saved.platsim");
        ModelFiles.save(result.platform(), saved);
        assertTrue(Files.readString(saved).contains("futureKnob=\"7\""), "unknown attribute dropped on save");
    }

    static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
