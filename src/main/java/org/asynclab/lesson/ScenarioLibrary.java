package org.asynclab.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A set of scenarios in lesson order: the ones bundled with the app ({@code /scenarios/} on the class path), or a
 * teacher's folder of scenario files. An index file, {@value #INDEX}, gives the lesson's title and order:
 *
 * <pre>{@code
 * {"title": {"en": "Sequential and concurrent", "fr": "Séquentiel et concurrent"},
 *  "scenarios": ["bonjour-monde", "wait-n-5-5", "io-vs-cpu"]}
 * }</pre>
 *
 * <p>A folder without an index is a lesson of all its {@code .json} files in name order. A scenario that names a
 * Python program finds it beside itself: in the folder, or bundled beside the bundled scenario.
 */
public final class ScenarioLibrary {
    /** The index file's name. */
    public static final String INDEX = "lesson.json";
    /** Where the bundled scenarios sit on the class path. */
    public static final String BUNDLED_ROOT = "/scenarios/";
    /**
     * The bundled lessons' index files, in the order they are offered: the course's own lesson, then "Java's
     * answer" (platform and virtual threads, which the course does not cover).
     */
    public static final List<String> BUNDLED_LESSONS = List.of(INDEX, "lesson-java.json");

    /** Where the bundled Python lesson (scenarios and their {@code .py} programs) sits on the class path. */
    public static final String PYTHON_ROOT = "/scenarios-python/";

    private final LocalizedText title;
    private final List<Scenario> scenarios;
    /** What {@link #find} and {@link #resolve} look through: a bundled lesson finds every bundled scenario. */
    private final List<Scenario> findable;

    private ScenarioLibrary(LocalizedText title, List<Scenario> scenarios) {
        this(title, scenarios, scenarios);
    }

    private ScenarioLibrary(LocalizedText title, List<Scenario> scenarios, List<Scenario> findable) {
        this.title = title;
        this.scenarios = List.copyOf(scenarios);
        this.findable = List.copyOf(findable);
    }

    /**
     * The app's first bundled lesson (the course's), in the order of its index. Its {@link #find} and
     * {@link #resolve} also know the scenarios of the other bundled lessons, so a name keeps working when a
     * scenario moves from one lesson to another.
     */
    public static ScenarioLibrary bundled() throws ScenarioException {
        return bundledLessons().get(0);
    }

    /** Every bundled lesson, in the order of {@link #BUNDLED_LESSONS}; each one finds every bundled scenario. */
    public static List<ScenarioLibrary> bundledLessons() throws ScenarioException {
        ScenarioFiles classPath = ScenarioFiles.bundled(BUNDLED_ROOT);
        List<ScenarioLibrary> lessons = new ArrayList<>();
        List<Scenario> all = new ArrayList<>();
        for (String index : BUNDLED_LESSONS) {
            ScenarioLibrary lesson = fromIndex(classPath, index);
            lessons.add(lesson);
            all.addAll(lesson.scenarios);
        }
        return lessons.stream().map(lesson -> new ScenarioLibrary(lesson.title, lesson.scenarios, all)).toList();
    }

    /**
     * The second bundled lesson, "Python asyncio, the course's code": the course's own programs in its order, each
     * scenario naming the {@code .py} it runs ({@link Scenario#python()}).
     */
    public static ScenarioLibrary bundledPython() throws ScenarioException {
        return fromIndex(ScenarioFiles.bundled(PYTHON_ROOT), INDEX);
    }

    /**
     * What {@code --scenario NAME|FILE} opens, in the window and on the command line: a bundled scenario by name
     * (the Java lessons first, then the Python lesson's), else as {@link #resolve} over them all (a scenario file,
     * a bare file name, or the error naming {@link #bundledIds}).
     */
    public static Scenario resolveBundled(String nameOrFile) throws ScenarioException {
        return everyBundled().resolve(nameOrFile);
    }

    /**
     * Every bundled scenario's id, in the order {@code --help} shows them: the Java lessons in their order, then the
     * Python lesson's. The one list that {@code --help} and every {@code --scenario} error name.
     */
    public static List<String> bundledIds() throws ScenarioException {
        return everyBundled().ids();
    }

    private static ScenarioLibrary everyBundled() throws ScenarioException {
        List<Scenario> all = new ArrayList<>();
        for (ScenarioLibrary lesson : bundledLessons()) {
            all.addAll(lesson.scenarios);
        }
        ScenarioLibrary python = bundledPython();
        all.addAll(python.scenarios);
        return new ScenarioLibrary(python.title, all);
    }

    /** The scenarios of a teacher's folder: in the order of its {@value #INDEX}, or by file name without one. */
    public static ScenarioLibrary fromFolder(Path folder) throws ScenarioException {
        if (!Files.isDirectory(folder)) {
            throw new ScenarioException(folder.toString(), Phrase.of("folder.not"));
        }
        if (Files.isRegularFile(folder.resolve(INDEX))) {
            return fromIndex(ScenarioFiles.in(folder), INDEX);
        }
        List<Scenario> all = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + ScenarioLoader.EXTENSION)) {
            for (Path file : files) {
                all.add(ScenarioLoader.load(file));
            }
        } catch (IOException e) {
            throw new ScenarioException(folder.toString(), null, Phrase.of("folder.unlisted",
                    String.valueOf(e.getMessage())), e);
        }
        if (all.isEmpty()) {
            throw new ScenarioException(folder.toString(), Phrase.of("folder.empty"));
        }
        all.sort((a, b) -> a.id().compareTo(b.id()));
        String name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        return new ScenarioLibrary(LocalizedText.of(name), all);
    }

    private static ScenarioLibrary fromIndex(ScenarioFiles files, String indexName) throws ScenarioException {
        FieldReader index = FieldReader.parse(indexName, text(files, indexName));
        index.allowOnly(List.of("title", "scenarios", "notes"));
        LocalizedText title = index.text("title").orElse(LocalizedText.of("AsyncLab"));
        List<?> ids = index.list("scenarios", Phrase.of("index.expected"))
                .orElseThrow(() -> index.problem("scenarios", Phrase.of("index.missing")));
        if (ids.isEmpty()) {
            throw index.problem("scenarios", Phrase.of("index.empty"));
        }
        List<Scenario> scenarios = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            Object id = ids.get(i);
            String field = "scenarios[" + i + "]";
            if (!(id instanceof String name) || name.isBlank() || name.contains("/") || name.contains("\\")) {
                throw index.problem(field, Phrase.got(Phrase.of("index.notId"), FieldReader.show(id)));
            }
            if (!seen.add(id)) {
                throw index.problem(field, Phrase.of("index.twice", name));
            }
            String fileName = name + ScenarioLoader.EXTENSION;
            try (InputStream in = files.open(fileName)) {
                if (in == null) {
                    throw index.problem(field, Phrase.of("index.noFile", name, fileName));
                }
                scenarios.add(ScenarioLoader.read(fileName, in, files));
            } catch (IOException e) {
                throw new ScenarioException(fileName, null, Phrase.of("read.failed", String.valueOf(e.getMessage())),
                        e);
            }
        }
        return new ScenarioLibrary(title, scenarios);
    }

    private static String text(ScenarioFiles files, String name) throws ScenarioException {
        try (InputStream in = files.open(name)) {
            if (in == null) {
                throw new ScenarioException(name, Phrase.of("file.missing"));
            }
            return ScenarioLoader.decode(name, in.readAllBytes());
        } catch (IOException e) {
            throw new ScenarioException(name, null, Phrase.of("read.failed", String.valueOf(e.getMessage())), e);
        }
    }

    /** The lesson's title. */
    public LocalizedText title() {
        return title;
    }

    /** The scenarios in lesson order. */
    public List<Scenario> scenarios() {
        return scenarios;
    }

    /** The scenario ids in lesson order. */
    public List<String> ids() {
        return scenarios.stream().map(Scenario::id).toList();
    }

    /** The scenario with this id, if the library has it (a bundled lesson: if any bundled lesson has it). */
    public Optional<Scenario> find(String id) {
        return findable.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** A new lesson over these scenarios, on the first one. */
    public Lesson lesson() {
        return new Lesson(title, scenarios);
    }

    /**
     * The scenario the command line's {@code --scenario NAME|FILE} means: the library's scenario with that id;
     * else the scenario file at that path; else the library's scenario named by a bare file name
     * ({@code bonjour-monde.json}).
     *
     * @throws ScenarioException if it is none of them, naming the library's ids; or if the file is bad
     */
    public Scenario resolve(String nameOrFile) throws ScenarioException {
        if (nameOrFile.isBlank()) {
            throw new ScenarioException("(nothing)", Phrase.of("resolve.nothing", findableIds()));
        }
        Optional<Scenario> named = find(nameOrFile);
        if (named.isPresent()) {
            return named.get();
        }
        Path file = null;
        try {
            file = Path.of(nameOrFile);
        } catch (InvalidPathException e) {
            // Not a path either: reported below with the names that would have worked.
        }
        if (file != null && Files.exists(file)) {
            return ScenarioLoader.load(file);
        }
        if (file != null && Files.isSymbolicLink(file)) {
            throw new ScenarioException(nameOrFile, brokenLink(file));
        }
        boolean bare = !nameOrFile.contains("/") && !nameOrFile.contains("\\");
        named = bare ? find(ScenarioLoader.idOf(nameOrFile)) : Optional.empty();
        if (named.isPresent()) {
            return named.get();
        }
        // A path, or a name of a .json file, was meant as a file: where it was looked for tells more than the list
        Phrase missing = file == null ? null : Phrase.of("file.none", file.toAbsolutePath().normalize().toString());
        if (missing != null && !bare) {
            throw new ScenarioException(nameOrFile, missing);
        }
        if (missing != null && nameOrFile.endsWith(ScenarioLoader.EXTENSION)) {
            throw new ScenarioException(nameOrFile, Phrase.of("resolve.norScenario", missing,
                    ScenarioLoader.idOf(nameOrFile), findableIds()));
        }
        throw new ScenarioException(nameOrFile, Phrase.of("resolve.neither", findableIds()));
    }

    /** The names {@link #resolve} knows, for its errors: the same list whatever the mistake. */
    private String findableIds() {
        return String.join(", ", findable.stream().map(Scenario::id).toList());
    }

    /** Why the symbolic link {@code file} leads to no file: a loop, or a target that does not exist. */
    private static Phrase brokenLink(Path file) {
        try {
            file.toRealPath();
            return Phrase.of("link.unreadable");
        } catch (FileSystemException e) {
            if (e.getReason() != null && e.getReason().contains("symbolic links")) {
                return Phrase.of("link.loop");
            }
            return Phrase.of("link.dangling");
        } catch (IOException e) {
            return Phrase.of("link.dangling");
        }
    }
}
