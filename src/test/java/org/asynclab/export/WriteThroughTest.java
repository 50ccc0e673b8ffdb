package org.asynclab.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link AtomicFiles} does to the file system around the file a user named: links are written through and
 * stay links, FIFOs and devices are written in place, {@code -} is standard output, permissions survive, and a
 * name near the file system's limit still gets its temporary file.
 */
class WriteThroughTest {

    @TempDir
    Path dir;

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws Exception {
        Path shared = Files.createDirectory(dir.resolve("shared"));
        Path real = Files.writeString(shared.resolve("results.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("shared/results.json"));

        AtomicFiles.write(link, out -> out.write(bytes("new")));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("new");
        assertThat(names(dir)).containsExactlyInAnyOrder("shared", "link.json");
        assertThat(names(shared)).containsExactly("results.json");
    }

    @Test
    void aLinkToANameNotTakenYetCreatesTheFileItPointsAt() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("later.json"));

        AtomicFiles.write(link, out -> out.write(bytes("made")));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(dir.resolve("later.json")).hasContent("made");
    }

    @Test
    void aLoopOfLinksIsRefusedWithThatReason() throws Exception {
        Files.createSymbolicLink(dir.resolve("a"), Path.of("b"));
        Files.createSymbolicLink(dir.resolve("b"), Path.of("a"));

        assertThatThrownBy(() -> AtomicFiles.write(dir.resolve("a"), out -> out.write('x')))
                .isInstanceOf(ExportException.class).hasMessageContaining("loop");
        assertThat(OutputTarget.problemWriting(dir.resolve("a"))).hasValueSatisfying(
                problem -> assertThat(problem).contains("loop"));
    }

    @Test
    void aFifoIsWrittenInPlaceToItsReader() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is missing");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        AtomicFiles.write(fifo, out -> out.write(bytes("through the pipe")));

        assertThat(reader.get(30, TimeUnit.SECONDS)).isEqualTo("through the pipe");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(names(dir)).containsExactly("pipe.json");
    }

    @Test
    void aCharacterDeviceIsWrittenInPlaceNotReplaced() throws Exception {
        // A private copy of /dev/null (as root, in a container): the test never risks the system's own device.
        Path device = dir.resolve("null");
        assumeTrue(new ProcessBuilder("mknod", device.toString(), "c", "1", "3").start().waitFor() == 0,
                "cannot make a device node here (not root)");

        AtomicFiles.write(device, out -> out.write(bytes("gone")));

        assertThat(Files.isRegularFile(device, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.size(device)).isZero();
        assertThat(names(dir)).containsExactly("null");
    }

    @Test
    void devNullTakesTheContentAndStaysADevice() throws Exception {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull));

        AtomicFiles.write(devNull, out -> out.write(bytes("gone")));

        assertThat(Files.isRegularFile(devNull)).isFalse();
        assertThat(OutputTarget.of(devNull).kind()).isEqualTo(OutputTarget.Kind.STREAM);
    }

    @Test
    void theProcesssOwnStandardOutputIsWrittenInPlace() throws Exception {
        Path stdout = Path.of("/dev/stdout");
        assumeTrue(Files.isSymbolicLink(stdout), "no /dev/stdout link here");

        assertThat(OutputTarget.of(stdout).kind()).isEqualTo(OutputTarget.Kind.STREAM);
    }

    @Test
    void aRegularFileNamedInAFolderOfDevIsReplacedAsAnyOther() throws Exception {
        Path shm = Path.of("/dev/shm");
        assumeTrue(Files.isDirectory(shm) && Files.isWritable(shm), "no writable /dev/shm here");
        Path file = Files.writeString(Files.createTempFile(shm, "asynclab-", ".json"), "a longer old content");
        try {
            AtomicFiles.write(file, out -> out.write(bytes("new")));

            assertThat(file).hasContent("new");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aDashIsStandardOutputAndNoFileIsMade() throws Exception {
        ByteArrayOutputStream standardOutput = new ByteArrayOutputStream();

        AtomicFiles.write(Path.of("-"), out -> out.write(bytes("{}")), standardOutput);

        assertThat(standardOutput.toString(StandardCharsets.UTF_8)).isEqualTo("{}");
        assertThat(Path.of("-")).doesNotExist();
        assertThat(OutputTarget.problemWriting(Path.of("-"))).isEmpty();
    }

    @Test
    void overwritingKeepsTheFilesPermissions() throws Exception {
        Path target = Files.writeString(dir.resolve("private.json"), "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));

        AtomicFiles.write(target, out -> out.write(bytes("new")));

        assertThat(target).hasContent("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
    }

    @Test
    void aNameAtTheFileSystemsLimitIsWritten() throws Exception {
        // 80 CJK characters plus ".json": 245 bytes, legal; a temporary name that added 43 bytes to it was not.
        Path target = dir.resolve("結".repeat(80) + ".json");

        assertThat(OutputTarget.problemWriting(target)).isEmpty();
        AtomicFiles.write(target, out -> out.write(bytes("long")));

        assertThat(target).hasContent("long");
        assertThat(names(dir)).hasSize(1);
    }

    @Test
    void aNameTooLongForTheFileSystemIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path target = dir.resolve("x".repeat(300) + ".json");

        assertThat(OutputTarget.problemWriting(target)).hasValueSatisfying(
                problem -> assertThat(problem).contains("too long", "305 bytes"));
        assertThat(names(dir)).isEmpty();
    }

    @Test
    void theCheckBeforeTheRunLeavesNothingBehind() throws Exception {
        Path fresh = dir.resolve("new.json");
        Path existing = Files.writeString(dir.resolve("old.json"), "old");

        assertThat(OutputTarget.problemWriting(fresh)).isEmpty();
        assertThat(OutputTarget.problemWriting(existing)).isEmpty();

        assertThat(names(dir)).containsExactly("old.json");
        assertThat(existing).hasContent("old");
        assertThat(TempFiles.inFlight()).isEmpty();
    }

    @Test
    void aMissingFolderIsRefusedBeforeTheRun() {
        assertThat(OutputTarget.problemWriting(dir.resolve("nowhere/out.json"))).hasValueSatisfying(
                problem -> assertThat(problem).contains("does not exist"));
    }

    @Test
    void theRootIsRefusedAsAFolderNotAsAFolderNamedNull() {
        assertThat(OutputTarget.problemWriting(Path.of("/"))).hasValue("it is a folder");
    }

    @Test
    void aTemporaryFileIsKnownToTheExitHookOnlyWhileItExists() throws Exception {
        Path target = dir.resolve("out.json");

        AtomicFiles.write(target, out -> {
            assertThat(TempFiles.inFlight()).singleElement()
                    .satisfies(temp -> assertThat(temp).exists().hasParent(dir.toRealPath()));
            out.write('x');
        });

        assertThat(TempFiles.inFlight()).isEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static java.util.List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
