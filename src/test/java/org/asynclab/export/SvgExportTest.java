package org.asynclab.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.asynclab.bench.SyntheticRuns;
import org.asynclab.chart.ChartSpec;
import org.asynclab.chart.ChartView;
import org.asynclab.chart.TestRuns;
import org.asynclab.model.Mode;
import org.asynclab.model.RunConfig;
import org.asynclab.model.TaskKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgExportTest {
    @TempDir
    Path dir;

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document doc, String tag, String cssClass) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (cssClass == null || cssClass.equals(e.getAttribute("class"))) {
                found.add(e);
            }
        }
        return found;
    }

    /**
     * A comparison's two pictures share one time axis, as the window's charts do: the run of 0.25 s is drawn on the
     * same axis as the run of 1 s (its ticks reach 1 s), and its bar is a quarter as long, where each picture had an
     * axis of its own and both runs filled their width.
     */
    @Test
    void aComparisonsPicturesShareOneTimeAxis() throws Exception {
        RunConfig config = new RunConfig(1, 1.0, Mode.SEQUENTIAL, 0, TaskKind.IO, 1);
        var slow = HandBuiltResults.simulate(config, org.asynclab.model.Workload.ofSeconds(1.0));
        var fast = HandBuiltResults.simulate(config.withMode(Mode.EVENT_LOOP),
                org.asynclab.model.Workload.ofSeconds(0.25));
        List<Path> files = List.of(dir.resolve("slow.svg"), dir.resolve("fast.svg"));

        ChartExport.svgs(List.of(slow, fast), List.of(ChartSpec.defaults(), ChartSpec.defaults()), files);

        List<String> slowTicks = axisTexts(Files.readString(files.get(0)));
        List<String> fastTicks = axisTexts(Files.readString(files.get(1)));
        assertThat(slowTicks).contains("1.0 s");
        assertThat(fastTicks).contains("1.0 s");
        double slowBar = barWidth(parse(Files.readString(files.get(0))));
        double fastBar = barWidth(parse(Files.readString(files.get(1))));
        assertThat(fastBar / slowBar).isBetween(0.2, 0.3);
        // alone, the fast run fills its own axis
        assertThat(axisTexts(SvgExport.render(fast, ChartSpec.defaults()))).doesNotContain("1.0 s");
    }

    /** The time axis's labels: the texts that are a number of seconds or milliseconds. */
    private static List<String> axisTexts(String svg) {
        List<String> out = new ArrayList<>();
        var m = java.util.regex.Pattern.compile(">([0-9.]+ m?s)</text>").matcher(svg);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The width of the one task's widest rectangle. */
    private static double barWidth(Document doc) {
        double widest = 0;
        for (Element task : elements(doc, "g", "task")) {
            NodeList rects = task.getElementsByTagName("rect");
            for (int i = 0; i < rects.getLength(); i++) {
                widest = Math.max(widest, Double.parseDouble(((Element) rects.item(i)).getAttribute("width")));
            }
        }
        return widest;
    }

    @Test
    void theSvgIsXmlWithOneDescribedBarPerTask() throws Exception {
        Path file = dir.resolve("pool.svg");

        SvgExport.write(TestRuns.pool(), ChartSpec.defaults().withTitle("pool & <friends>"), file);

        Document doc = parse(Files.readString(file));
        assertThat(doc.getDocumentElement().getAttribute("width")).isEqualTo("1600");
        List<Element> tasks = elements(doc, "g", "task");
        assertThat(tasks).hasSize(3);
        for (Element task : tasks) {
            assertThat(task.getElementsByTagName("rect").getLength()).isGreaterThanOrEqualTo(1);
            assertThat(task.getElementsByTagName("title").item(0).getTextContent()).startsWith("task ");
        }
        assertThat(tasks.get(2).getElementsByTagName("title").item(0).getTextContent())
                .contains("task 2").contains("started at 400 ms").contains("pool-worker-1");
    }

    @Test
    void theLegendWordsTheWaitsInTheRunsMode() throws Exception {
        Path file = dir.resolve("pool-legend.svg");

        SvgExport.write(TestRuns.pool(), ChartSpec.defaults(), file);

        // (the pool's third task waits 400 ms for a worker: the hatched part is in the legend, in the pool's words)
        String svg = Files.readString(file);
        assertThat(svg).contains("waiting for a worker").doesNotContain("waiting to start");
    }

    @Test
    void theThreadsViewAlsoHasOneBarPerTask() throws Exception {
        String svg = SvgExport.render(TestRuns.eventLoop(), ChartSpec.defaults().withView(ChartView.THREADS));

        assertThat(elements(parse(svg), "g", "task")).hasSize(3);
    }

    @Test
    void rowsThinnerThanAPointBecomeOneEmbeddedImage() throws Exception {
        RunConfig config = new RunConfig(5_000, 1.0, Mode.POOL, 8, TaskKind.IO, 1);

        String svg = SvgExport.render(SyntheticRuns.finished(config), ChartSpec.defaults());

        Document doc = parse(svg);
        assertThat(elements(doc, "image", "density")).hasSize(1);
        assertThat(elements(doc, "g", "task")).isEmpty();
    }

    @Test
    void aMissingFolderLeavesNoFile() {
        Path target = dir.resolve("no/such/dir/out.svg");

        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> SvgExport.write(TestRuns.pool(), ChartSpec.defaults(), target))
                .isInstanceOf(ExportException.class);
        assertThat(target).doesNotExist();
    }
}
