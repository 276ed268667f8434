package org.csip.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FreePortStartsTest {

    @Test
    void aStartThatFailsIsMadeAgainUntilItSucceeds() {
        AtomicInteger attempts = new AtomicInteger();
        String started = FreePortStarts.start("server", () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new UncheckedIOException(new BindException("Address already in use"));
            }
            return "on its third ports";
        });
        assertThat(started).isEqualTo("on its third ports");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void afterThreeFailedStartsTheLastFailureIsThrown() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> FreePortStarts.start("server", () -> {
            throw new IllegalStateException("start " + attempts.incrementAndGet());
        })).isInstanceOf(IllegalStateException.class).hasMessage("start 3");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void aRefusingPortRefusesAndCannotBeTaken() throws Exception {
        int port = RefusingPort.port();
        assertThatThrownBy(() -> new Socket("localhost", port).close())
                .isInstanceOf(ConnectException.class);
        assertThatThrownBy(() -> new ServerSocket(port).close()).isInstanceOf(BindException.class);
    }
}
