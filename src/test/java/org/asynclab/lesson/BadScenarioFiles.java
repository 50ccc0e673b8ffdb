package org.asynclab.lesson;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.asynclab.model.Limits;

/**
 * One bad scenario file (or folder) for each kind of problem a teacher can make, written to a folder: what a test
 * of the problems' words loads, in English and in French.
 */
final class BadScenarioFiles {
    private static final String TEXTS = "\"title\": \"T\", \"explanation\": \"E\"";

    /** A problem to cause: its name, and how to cause it in a folder. */
    record Case(String name, Cause cause) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Loads what was written, failing as a teacher's file does. */
    interface Cause {
        void load(Path folder) throws IOException, ScenarioException;
    }

    private final List<Case> cases = new ArrayList<>();

    private BadScenarioFiles() {
    }

    /** Every case, in the order of the kinds of problem. */
    static List<Case> all() {
        BadScenarioFiles files = new BadScenarioFiles();
        files.brokenJson();
        files.settings();
        files.runs();
        files.python();
        files.filesAndFolders();
        return List.copyOf(files.cases);
    }

    private void brokenJson() {
        json("notJson", "{\"tasks\": 3,}");
        json("comment", "{\n // a note\n \"tasks\": 3}");
        json("duplicate", "{\"tasks\": 3, \"tasks\": 4}");
        json("bareWord", "{\"requireGuess\": tru}");
        json("singleQuotes", "{'tasks': 3}");
        json("missingComma", "{\"tasks\": 3 \"seed\": 4}");
        json("endsInsideObject", "{\"tasks\": 3");
        json("nan", "{\"maxDelay\": NaN}");
        json("numberTooLong", "{\"maxDelay\": 1" + "0".repeat(1500) + "}");
        json("empty", "");
        json("notObject", "[1, 2]");
        json("textAfter", "{" + TEXTS + "} {}");
    }

    private void settings() {
        scenario("unknownNear", "\"maxdelay\": 1");
        scenario("unknownFar", "\"colour\": \"red\"");
        scenario("tasksOutOfRange", "\"tasks\": 0");
        scenario("tasksNotWhole", "\"tasks\": 2.5");
        scenario("tasksNull", "\"tasks\": null");
        scenario("maxDelayNotNumber", "\"maxDelay\": \"ten\"");
        scenario("maxDelayOutOfRange", "\"maxDelay\": 5000");
        scenario("modeUnknown", "\"mode\": \"parallel\"");
        scenario("kindUnknown", "\"kind\": \"gpu\"");
        scenario("workersOutOfRange", "\"mode\": \"pool\", \"workers\": 0");
        scenario("seedNotWhole", "\"seed\": 1.5");
        scenario("globalLockNotBool", "\"globalLock\": \"yes\"");
        scenario("requireGuessList", "\"requireGuess\": [1]");
        scenario("notesNotText", "\"notes\": {\"a\": 1}");
        json("titleMissing", "{\"explanation\": \"E\"}");
        json("titleNotText", "{\"title\": 3, \"explanation\": \"E\"}");
        json("titleNoLanguage", "{\"title\": {}, \"explanation\": \"E\"}");
        json("titleOtherLanguage", "{\"title\": {\"en\": \"T\", \"de\": \"X\"}, \"explanation\": \"E\"}");
        json("titleEnNotText", "{\"title\": {\"en\": 3}, \"explanation\": \"E\"}");
    }

    private void runs() {
        scenario("delaysNotList", "\"delays\": 3");
        scenario("delaysEmpty", "\"delays\": []");
        scenario("delayNotNumber", "\"delays\": [1, \"x\"]");
        scenario("delaysCountMismatch", "\"tasks\": 3, \"delays\": [1, 1]");
        scenario("delaysWithSeed", "\"delays\": [1, 1], \"seed\": 4");
        scenario("delaysOverMaxDelay", "\"delays\": [1, 2], \"maxDelay\": 1");
        scenario("compareNotObject", "\"compare\": \"pool\"");
        scenario("compareChangesNothing", "\"compare\": {}");
        scenario("compareFixedByDelays", "\"delays\": [1, 1], \"compare\": {\"tasks\": 3}");
        scenario("compareUnknown", "\"compare\": {\"mod\": \"pool\"}");
        scenario("idleWorkers", "\"mode\": \"threads\", \"workers\": 3");
        scenario("idleSemaphore", "\"mode\": \"threads\", \"semaphore\": 2");
        scenario("idleGap", "\"counterGap\": 0.1");
        scenario("idleGlobalLock", "\"globalLock\": true");
        scenario("counterUnknown", "\"counter\": \"maybe\"");
        scenario("gapOutOfRange", "\"counter\": \"await\", \"counterGap\": 20");
        scenario("semaphoreOutOfRange", "\"mode\": \"event-loop\", \"semaphore\": -1");
        scenario("deadlineOutOfRange", "\"deadline\": 0.0001");
        scenario("threadsTooMany", "\"mode\": \"threads\", \"tasks\": 30000");
        scenario("httpTooMany", "\"kind\": \"http\", \"tasks\": 20000");
        scenario("httpWithCounter", "\"kind\": \"http\", \"counter\": \"await\"");
        scenario("deadlineWithCounter", "\"counter\": \"await\", \"deadline\": 1");
        scenario("threadsTooManyDelays", "\"mode\": \"threads\", \"delays\": ["
                + "0,".repeat(Limits.MAX_THREADS_MODE_TASKS) + "0]");
        scenario("compareTooManyThreads", "\"tasks\": 30000, \"compare\": {\"mode\": \"threads\"}");
        scenario("compareHttpKind", "\"counter\": \"await\", \"compare\": {\"kind\": \"http\"}");
        scenario("compareHttpRun", "\"kind\": \"http\", \"compare\": {\"counter\": \"await\"}");
        scenario("compareDeadline", "\"counter\": \"await\", \"compare\": {\"deadline\": 1}");
    }

    private void python() {
        scenario("pythonNotText", "\"python\": 3");
        scenario("pythonBadName", "\"python\": \"code/hello.py\"");
        scenario("pythonNoFile", "\"python\": \"nope.py\"");
        scenario("pythonJavaOnly", "\"python\": \"hello.py\", \"mode\": \"pool\"");
        scenario("pictureAlone", "\"picture\": {}");
        scenario("pictureNotObject", "\"python\": \"hello.py\", \"picture\": 3");
        scenario("pictureUnknown", "\"python\": \"hello.py\", \"picture\": {\"totl\": [1, 2]}");
        scenario("pictureTotal", "\"python\": \"hello.py\", \"picture\": {\"total\": [2, 1]}");
        scenario("pictureWords", "\"python\": \"hello.py\", \"picture\": {\"prints\": [3]}");
        scenario("pictureNoLanguage", "\"python\": \"hello.py\", \"picture\": {\"prints\": {}}");
        scenario("pictureWarning", "\"python\": \"hello.py\", \"picture\": {\"warning\": 3}");
    }

    private void filesAndFolders() {
        add("missingFile", folder -> ScenarioLoader.load(folder.resolve("nope.json")));
        add("notUtf8", folder -> ScenarioLoader.load(Files.write(folder.resolve("notUtf8.json"),
                new byte[] {'{', '"', 't', (byte) 0xe9, '"', ':', '1', '}'})));
        add("aFolder", folder -> ScenarioLoader.load(Files.createDirectory(folder.resolve("dir.json"))));
        add("tooLarge", folder -> {
            Path large = folder.resolve("tooLarge.json");
            try (RandomAccessFile sparse = new RandomAccessFile(large.toFile(), "rw")) {
                sparse.setLength(Limits.MAX_SCENARIO_BYTES + 1);
            }
            ScenarioLoader.load(large);
        });
        add("notAFolder", folder -> ScenarioLibrary.fromFolder(folder.resolve("nowhere")));
        add("folderWithoutScenario", folder -> ScenarioLibrary.fromFolder(
                Files.createDirectory(folder.resolve("lesson"))));
        index("indexWithoutList", "{\"title\": \"L\"}");
        index("indexEmptyList", "{\"scenarios\": []}");
        index("indexNotId", "{\"scenarios\": [\"a/b\"]}");
        index("indexTwice", "{\"scenarios\": [\"one\", \"one\"]}");
        index("indexNoFile", "{\"scenarios\": [\"two\"]}");
        add("resolveNeither", folder -> ScenarioLibrary.fromFolder(lessonOfOne(folder)).resolve("zz"));
        add("resolveNoFile", folder -> ScenarioLibrary.fromFolder(lessonOfOne(folder))
                .resolve(folder.resolve("zz.json").toString()));
        add("resolveNoFileNorId", folder -> ScenarioLibrary.fromFolder(lessonOfOne(folder))
                .resolve("zz.json"));
        add("resolveDanglingLink", folder -> ScenarioLibrary.fromFolder(lessonOfOne(folder))
                .resolve(Files.createSymbolicLink(folder.resolve("link.json"), folder.resolve("gone.json"))
                        .toString()));
    }

    private void add(String name, Cause cause) {
        cases.add(new Case(name, cause));
    }

    /** A file of exactly {@code json}. */
    private void json(String name, String json) {
        add(name, folder -> ScenarioLoader.load(Files.writeString(folder.resolve(name + ".json"), json)));
    }

    /** A scenario with a title and an explanation, and {@code fields}; a Python program hello.py beside it. */
    private void scenario(String name, String fields) {
        add(name, folder -> {
            Files.writeString(folder.resolve("hello.py"), "print('hello')\n");
            ScenarioLoader.load(Files.writeString(folder.resolve(name + ".json"), "{" + TEXTS + ", " + fields + "}"));
        });
    }

    /** A teacher's folder with the scenario one.json and the lesson index {@code index}. */
    private void index(String name, String index) {
        add(name, folder -> {
            Path lesson = lessonOfOne(folder);
            Files.writeString(lesson.resolve(ScenarioLibrary.INDEX), index);
            ScenarioLibrary.fromFolder(lesson);
        });
    }

    private static Path lessonOfOne(Path folder) throws IOException {
        Path lesson = Files.createDirectories(folder.resolve("lesson"));
        Files.writeString(lesson.resolve("one.json"), "{" + TEXTS + "}");
        return lesson;
    }

    /** The problem {@code cause} gives in {@code folder}, as {@code words} put it. */
    static String problem(Case problem, Path folder, Function<ScenarioException, String> words) throws IOException {
        try {
            problem.cause().load(folder);
        } catch (ScenarioException e) {
            return words.apply(e);
        }
        throw new AssertionError(problem.name() + " loaded without a problem");
    }
}
