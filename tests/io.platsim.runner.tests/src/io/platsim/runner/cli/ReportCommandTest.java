/*
 * Copyright (c) 2026 PlatSim contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package io.platsim.runner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.platsim.model.ExitReason;
import io.platsim.model.persistence.ModelFiles;
import io.platsim.templates.Templates;
import io.platsim.trace.analysis.ChartSpec;

/** {@code platsim report}: a run's summary and charts in one HTML file that needs nothing else to open. */
class ReportCommandTest {

    @TempDir
    Path temp;

    private static int cli(String... args) {
        return Cli.execute(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @Test
    void theReportHoldsEveryStreamAndEveryChartAsAnEmbeddedImage() throws IOException {
        Path model = temp.resolve("server.platsim");
        ModelFiles.save(Templates.realistic("server"), model);
        Path run = temp.resolve("run");
        assertEquals(Cli.OK, cli("run", model.toString(), "--duration", "300us", "--out", run.toString()));
        Path report = temp.resolve("report.html");
        assertEquals(Cli.OK, cli("report", run.toString(), "--out", report.toString()));
        String html = Files.readString(report);
        assertTrue(html.contains("<td>nic100g</td><td>nic-rx</td><td>write</td>"), "the NIC's stream is in the table");
        assertTrue(html.contains("<td>nvme0</td>"), "the drive's stream is in the table");
        assertTrue(!html.contains("src=\"http") && !html.contains("href=\""), "nothing outside the file");
        Matcher image = Pattern.compile("alt=\"([^\"]+)\" src=\"data:image/png;base64,([^\"]+)\"").matcher(html);
        int images = 0;
        StringBuilder titles = new StringBuilder();
        while (image.find()) {
            images++;
            titles.append(image.group(1)).append('\n');
            var png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(image.group(2))));
            assertTrue(png.getWidth() == 900 && png.getHeight() == 380, image.group(1));
        }
        for (String title : new String[] {"DMA latency distribution", "Where DMA latency goes", "DMA throughput",
            "IOMMU translations by result", "VM exits by reason", "MSI to handler latency"}) {
            assertTrue(titles.toString().contains(title), () -> title + " missing from\n" + titles);
        }
        assertTrue(images >= 8, titles.toString());
    }

    @Test
    void aDamagedTraceIsLeftOutAndNamedWhileTheOthersAreDrawn() throws IOException {
        Path model = temp.resolve("server.platsim");
        ModelFiles.save(Templates.realistic("server"), model);
        Path run = temp.resolve("run");
        assertEquals(Cli.OK, cli("run", model.toString(), "--duration", "100us", "--out", run.toString()));
        Path iommu = run.resolve("traces/iommu.pst");
        byte[] bytes = Files.readAllBytes(iommu);
        bytes[bytes.length / 3] ^= 0x22;
        Files.write(iommu, bytes);
        Path report = temp.resolve("report.html");
        CliCall result = CliCall.of("report", run.toString(), "--out", report.toString());
        assertEquals(Cli.OK, result.code(), result.err());
        assertTrue(result.err().contains("leaves out") && result.err().contains("iommu.pst is damaged"),
            result.err());
        String html = Files.readString(report);
        assertTrue(html.contains("Not shown:") && html.contains("iommu.pst is damaged"), "the report names it");
        assertTrue(html.contains("alt=\"DMA latency distribution\""), "and draws the others");
        assertTrue(!html.contains("alt=\"IOMMU translations by result\""), "but not the damaged one");
        Files.writeString(run.resolve("summary.json"), "{\"model\": ");
        CliCall damaged = CliCall.of("report", run.toString(), "--out", report.toString());
        assertEquals(Cli.INVALID_MODEL, damaged.code(), damaged.err());
        assertTrue(damaged.err().contains("summary.json is damaged"), damaged.err());
    }

    @Test
    void aFolderThatIsNotARunIsRefused() {
        assertEquals(Cli.INVALID_MODEL, cli("report", temp.toString()));
    }

    @Test
    void theVmExitChartNamesTheMetamodelsExitReasons() {
        for (ExitReason reason : ExitReason.VALUES) {
            String label = ChartSpec.CATALOG.stream().filter(s -> s.id().equals("vm-exits"))
                .findFirst().orElseThrow().labels().get((long) reason.getValue());
            assertEquals(reason.getLiteral().replace('_', ' ').toLowerCase(java.util.Locale.ROOT),
                label.toLowerCase(java.util.Locale.ROOT).replace("i/o", "io"), "reason " + reason);
        }
    }
}
