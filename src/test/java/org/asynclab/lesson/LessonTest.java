package org.asynclab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.asynclab.model.RunConfig;
import org.junit.jupiter.api.Test;

class LessonTest {

    private static Scenario scenario(String id) {
        LocalizedText text = LocalizedText.of(id);
        return new Scenario(id, new Scenario.Texts(text, text, text), RunConfig.defaults(), null, null, false);
    }

    private final Lesson lesson = new Lesson(LocalizedText.of("L"),
            List.of(scenario("a"), scenario("b"), scenario("c")));

    @Test
    void aLessonStartsOnItsFirstScenario() {
        assertThat(lesson.index()).isZero();
        assertThat(lesson.current().id()).isEqualTo("a");
        assertThat(lesson.hasPrevious()).isFalse();
        assertThat(lesson.hasNext()).isTrue();
        assertThat(lesson.size()).isEqualTo(3);
    }

    @Test
    void nextWalksForwardAndStopsOnTheLastScenario() {
        assertThat(lesson.next()).isTrue();
        assertThat(lesson.current().id()).isEqualTo("b");
        assertThat(lesson.next()).isTrue();
        assertThat(lesson.hasNext()).isFalse();

        assertThat(lesson.next()).isFalse();

        assertThat(lesson.current().id()).isEqualTo("c");
    }

    @Test
    void previousWalksBackAndStopsOnTheFirstScenario() {
        lesson.goTo(2);

        assertThat(lesson.previous()).isTrue();
        assertThat(lesson.previous()).isTrue();
        assertThat(lesson.previous()).isFalse();

        assertThat(lesson.current().id()).isEqualTo("a");
    }

    @Test
    void jumpToFindsAScenarioByIdAndStaysPutOnAnUnknownOne() {
        assertThat(lesson.jumpTo("c")).isTrue();
        assertThat(lesson.index()).isEqualTo(2);

        assertThat(lesson.jumpTo("zzz")).isFalse();
        assertThat(lesson.goTo(3)).isFalse();
        assertThat(lesson.goTo(-1)).isFalse();

        assertThat(lesson.current().id()).isEqualTo("c");
    }

    @Test
    void aLessonNeedsAScenarioAndCannotBeChangedFromOutside() {
        assertThatThrownBy(() -> new Lesson(LocalizedText.of("L"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lesson.scenarios().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
