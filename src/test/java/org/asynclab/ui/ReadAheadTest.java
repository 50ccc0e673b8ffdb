package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.asynclab.lesson.Lesson;
import org.asynclab.lesson.ScenarioLibrary;
import org.junit.jupiter.api.Test;

/**
 * The lessons (and the Python lesson) read while JavaFX starts are the bundled ones; a window loaded later reads them
 * itself.
 */
class ReadAheadTest {
    private static List<String> ids(List<Lesson> lessons) {
        return lessons.stream().flatMap(lesson -> lesson.scenarios().stream()).map(s -> s.id()).toList();
    }

    @Test
    void theLessonsReadAheadAreTheBundledOnesAndALaterWindowReadsAgain() throws Exception {
        List<Lesson> bundled = ScenarioLibrary.bundledLessons().stream().map(ScenarioLibrary::lesson).toList();
        ReadAhead.start();
        List<Lesson> first = ReadAhead.lessons();
        List<Lesson> later = ReadAhead.lessons();

        assertThat(ids(first)).isNotEmpty().isEqualTo(ids(bundled));
        assertThat(ids(later)).isEqualTo(ids(bundled));
        assertThat(later).isNotSameAs(first);
    }

    @Test
    void thePythonLessonReadAheadIsTheBundledOneAndALaterAskReadsAgain() throws Exception {
        Lesson bundled = ScenarioLibrary.bundledPython().lesson();
        ReadAhead.start();
        Lesson first = ReadAhead.pythonLesson();
        Lesson later = ReadAhead.pythonLesson();

        assertThat(ids(List.of(first))).isNotEmpty().isEqualTo(ids(List.of(bundled)));
        assertThat(ids(List.of(later))).isEqualTo(ids(List.of(bundled)));
        assertThat(later).isNotSameAs(first);
    }
}
