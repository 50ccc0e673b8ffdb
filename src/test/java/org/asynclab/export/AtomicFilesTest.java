package org.asynclab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesTheWholeContent() throws Exception {
        Path target = dir.resolve("out.txt");

        AtomicFiles.write(target, out -> out.write("hello".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("hello");
        assertThat(dir).isDirectoryContaining(p -> p.equals(target));
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void aWrittenFileGetsTheUsualPermissionsNotOwnerOnly() throws Exception {
        Path target = dir.resolve("shared.json");

        AtomicFiles.write(target, out -> out.write('x'));

        var reference = Files.createFile(dir.resolve("reference"));
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(reference));
    }

    @Test
    void aFailedWriteKeepsTheOldFileAndLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("out.txt");
        Files.writeString(target, "old");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).isInstanceOf(ExportException.class).hasMessageContaining("the disk is full");

        assertThat(target).hasContent("old");
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void aMissingFolderIsNamedInTheMessage() {
        Path target = dir.resolve("nowhere/out.txt");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> { }))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("does not exist");
        assertThat(target).doesNotExist();
    }
}
