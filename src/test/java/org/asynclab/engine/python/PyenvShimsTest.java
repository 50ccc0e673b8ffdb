package org.asynclab.engine.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pyenv shim stands for the Python pyenv would pick, read from pyenv's files without starting bash. */
class PyenvShimsTest {
    @TempDir
    Path home;
    private Path shim;
    private Path work;

    @BeforeEach
    void aPyenvWithTwoVersions() throws Exception {
        Path root = home.resolve(".pyenv");
        shim = executable(root.resolve("shims/python3"));
        executable(root.resolve("versions/3.11.7/bin/python3"));
        executable(root.resolve("versions/3.12.1/bin/python3"));
        Files.writeString(root.resolve("version"), "3.11.7\n");
        work = Files.createDirectories(home.resolve("course/lesson"));
    }

    private static Path executable(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    @Test
    void aShimIsTheOneInPyenvsShimsFolder() {
        assertThat(PyenvShims.isShim(shim)).isTrue();
        assertThat(PyenvShims.isShim(home.resolve(".pyenv/versions/3.11.7/bin/python3"))).isFalse();
    }

    @Test
    void theGlobalVersionIsTheInterpreterRunDirectly() {
        assertThat(PyenvShims.resolve(shim, work, null)).contains(
                new PyenvShims.Installed(home.resolve(".pyenv/versions/3.11.7/bin/python3")));
    }

    @Test
    void theNearestPythonVersionFileThenTheVariableComeFirst() throws Exception {
        Files.writeString(home.resolve("course/.python-version"), "3.12.1\n");

        assertThat(PyenvShims.resolve(shim, work, null)).contains(
                new PyenvShims.Installed(home.resolve(".pyenv/versions/3.12.1/bin/python3")));
        assertThat(PyenvShims.resolve(shim, work, "3.11.7")).contains(
                new PyenvShims.Installed(home.resolve(".pyenv/versions/3.11.7/bin/python3")));
    }

    @Test
    void systemMeansTheNextPythonOnThePathAndAnUnknownVersionLeavesItToTheShim() {
        assertThat(PyenvShims.resolve(shim, work, "system")).contains(new PyenvShims.SystemPython());
        assertThat(PyenvShims.resolve(shim, work, "3.99")).isEmpty();
    }
}
