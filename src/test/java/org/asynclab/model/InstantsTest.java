package org.asynclab.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InstantsTest {
    @Test
    void atOrBeforeCountsTheInstantsNotAfterTheOneAsked() {
        long[] values = {1, 3, 3, 7};

        assertThat(Instants.atOrBefore(values, 0)).isZero();
        assertThat(Instants.atOrBefore(values, 3)).as("equal instants count").isEqualTo(3);
        assertThat(Instants.atOrBefore(values, 9)).isEqualTo(4);
        assertThat(Instants.atOrBefore(new long[0], 5)).isZero();
    }

    @Test
    void firstAfterSearchesOnlyItsRange() {
        long[] values = {1, 3, 3, 7, 9};

        assertThat(Instants.firstAfter(values, 1, 4, 3)).isEqualTo(3);
        assertThat(Instants.firstAfter(values, 1, 3, 5)).as("none later in the range: its end").isEqualTo(3);
        assertThat(Instants.firstAfter(values, 2, 5, 0)).as("all later: its start").isEqualTo(2);
    }
}
