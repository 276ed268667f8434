package org.csip.images;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SharedLibrariesTest {
    @Test
    void readsResolvedLibrariesAndTheLoaderAndSkipsTheVdso() {
        SharedLibraries libraries = SharedLibraries.parse("""
                \tlinux-vdso.so.1 (0x00007ffc8a9f2000)
                \tlibz.so.1 => /lib/x86_64-linux-gnu/libz.so.1 (0x00007f1f0a1c6000)
                \tlibjli.so => /tmp/rt/bin/../lib/libjli.so (0x00007f1f0a1b5000)
                \tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f1f09fd4000)
                \t/lib64/ld-linux-x86-64.so.2 (0x00007f1f0a1f2000)
                """);
        assertThat(libraries.paths()).containsExactlyInAnyOrder("/lib/x86_64-linux-gnu/libz.so.1",
                "/tmp/rt/bin/../lib/libjli.so", "/lib/x86_64-linux-gnu/libc.so.6", "/lib64/ld-linux-x86-64.so.2");
        assertThat(libraries.missing()).isEmpty();
    }

    @Test
    void namesWhatTheLoaderCannotFind() {
        SharedLibraries libraries = SharedLibraries.parse("""
                \tlibjvm.so => not found
                \tlibX11.so.6 => not found
                \tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f1f09fd4000)
                """);
        assertThat(libraries.missing()).containsExactlyInAnyOrder("libjvm.so", "libX11.so.6");
        assertThat(libraries.paths()).containsExactly("/lib/x86_64-linux-gnu/libc.so.6");
    }

    @Test
    void aStaticFileNeedsNothing() {
        assertThat(SharedLibraries.parse("\tstatically linked\n").paths()).isEmpty();
        assertThat(SharedLibraries.parse("\tnot a dynamic executable\n").missing()).isEmpty();
    }

    @Test
    void twoAnswersTogetherKeepEachPathOnce() {
        SharedLibraries a = SharedLibraries.parse("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n\tlibfoo.so => not found\n");
        SharedLibraries b = SharedLibraries.parse("\tlibc.so.6 => /lib/libc.so.6 (0x2)\n\tlibm.so.6 => /lib/libm.so.6 (0x3)\n");
        SharedLibraries both = a.and(b);
        assertThat(both.paths()).containsExactlyInAnyOrder("/lib/libc.so.6", "/lib/libm.so.6");
        assertThat(both.missing()).containsExactly("libfoo.so");
    }
}
