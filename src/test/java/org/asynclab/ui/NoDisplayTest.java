package org.asynclab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NoDisplayTest {

    @Test
    void linuxWithoutDisplayOrWaylandHasNoDisplay() {
        assertThat(NoDisplay.missing("Linux", Map.of(), null)).isTrue();
        assertThat(NoDisplay.missing("Linux", Map.of("DISPLAY", ""), null)).isTrue();
    }

    @Test
    void eitherVariableIsADisplay() {
        assertThat(NoDisplay.missing("Linux", Map.of("DISPLAY", ":0"), null)).isFalse();
        assertThat(NoDisplay.missing("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null)).isFalse();
    }

    @Test
    void windowsMacAndAHeadlessPlatformNeedNoVariable() {
        assertThat(NoDisplay.missing("Windows 11", Map.of(), null)).isFalse();
        assertThat(NoDisplay.missing("Mac OS X", Map.of(), null)).isFalse();
        assertThat(NoDisplay.missing("Linux", Map.of(), "Monocle")).isFalse();
    }

    @Test
    void theMessageIsOneLineNamingTheVariablesAndHeadless() {
        assertThat(NoDisplay.MESSAGE).doesNotContain("\n").contains("DISPLAY", "WAYLAND_DISPLAY", "--headless");
        assertThat(NoDisplay.isDisplayFailure(new UnsupportedOperationException("Unable to open DISPLAY"))).isTrue();
        assertThat(NoDisplay.isDisplayFailure(new UnsupportedOperationException("other"))).isFalse();
    }
}
