package org.csip.stack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LaunchClasspathTest {

    @Test
    void everyEntryIsAbsoluteSoAChildJvmInAnotherFolderFindsTheSameClasses() {
        String original = System.getProperty("java.class.path");
        try {
            System.setProperty("java.class.path", "relative/app.jar" + File.pathSeparator + "relative/lib/*");
            String[] entries = LaunchClasspath.current().split(File.pathSeparator);
            for (String entry : entries) {
                assertTrue(Path.of(entry.replace("*", "x")).isAbsolute(), entry);
            }
            assertTrue(entries[1].endsWith("relative" + File.separator + "lib" + File.separator + "*"), entries[1]);
        } finally {
            System.setProperty("java.class.path", original);
        }
    }
}
