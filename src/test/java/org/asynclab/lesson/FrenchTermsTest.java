package org.asynclab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The French of the window, of the bundled scenarios and of the code samples' comments says one thing one way:
 * the typographic apostrophe (’), never the straight one between two letters (code such as
 * {@code print('Bonjour')} keeps its quotes); a pool's threads are "ouvriers", never "workers" nor "travailleurs";
 * and "tas" is the Java heap only, so the event loop's timers are a "file de minuteries", not a "tas de minuteries".
 */
class FrenchTermsTest {
    private static final Path MESSAGES = Path.of("src", "main", "resources", "org", "asynclab", "ui",
            "messages_fr.properties");
    private static final Path CODE_COMMENTS = Path.of("src", "main", "resources", "org", "asynclab", "lesson", "code",
            "comments_fr.properties");
    private static final Path SCENARIOS = Path.of("resources", "scenarios");

    private static final Pattern STRAIGHT_APOSTROPHE = Pattern.compile("\\p{L}'\\p{L}");
    private static final Pattern ENGLISH_WORKERS = Pattern.compile("(?i)\\bworkers?\\b");
    private static final Pattern OTHER_WORD_FOR_OUVRIER = Pattern.compile("(?i)\\btravailleu(r|rs|se|ses)\\b");
    private static final Pattern TIMER_HEAP = Pattern.compile("(?i)\\btas de minut");

    @Test
    void frenchTextUsesOneApostropheAndOneWordPerThing() throws IOException {
        List<String> texts = new ArrayList<>();
        texts.addAll(messages(MESSAGES));
        // a comment's {{workers}} is the template's placeholder for a number, not a word of the text
        texts.addAll(messages(CODE_COMMENTS).stream().map(t -> t.replaceAll("\\{\\{\\w+}}", "4")).toList());
        texts.addAll(scenarioTexts());

        assertThat(texts).hasSizeGreaterThan(100);
        assertThat(texts).noneMatch(t -> STRAIGHT_APOSTROPHE.matcher(t).find());
        assertThat(texts).noneMatch(t -> ENGLISH_WORKERS.matcher(t).find());
        assertThat(texts).noneMatch(t -> OTHER_WORD_FOR_OUVRIER.matcher(t).find());
        assertThat(texts).noneMatch(t -> TIMER_HEAP.matcher(t).find());
    }

    @Test
    void theCheckCatchesWhatItLooksFor() {
        assertThat(STRAIGHT_APOSTROPHE.matcher("la boucle d'événements").find()).isTrue();
        assertThat(STRAIGHT_APOSTROPHE.matcher("print('Bonjour') et l’appel").find()).isFalse();
        assertThat(ENGLISH_WORKERS.matcher("4 Workers").find()).isTrue();
        assertThat(ENGLISH_WORKERS.matcher("ThreadPoolExecutor(max_workers=4)").find()).isFalse();
        assertThat(TIMER_HEAP.matcher("un tas de minuteries").find()).isTrue();
    }

    private static List<String> messages(Path file) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        return properties.values().stream().map(Object::toString).toList();
    }

    /** Every "fr" text of every bundled scenario and lesson file. */
    private static List<String> scenarioTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                collectFrench(JSON.std.anyFrom(Files.readString(file, StandardCharsets.UTF_8)), texts);
            }
        }
        return texts;
    }

    private static void collectFrench(Object node, List<String> texts) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if ("fr".equals(key) && value instanceof String text) {
                    texts.add(text);
                } else {
                    collectFrench(value, texts);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectFrench(item, texts));
        }
    }
}
