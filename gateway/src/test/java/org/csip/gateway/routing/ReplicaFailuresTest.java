package org.csip.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpClosedException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class ReplicaFailuresTest {

    @Test
    void aRefusedOrUnacceptedConnectionIsARefusal() {
        assertThat(ReplicaFailures.refused(new ConnectException("Connection refused"))).isTrue();
        assertThat(ReplicaFailures.refused(new HttpConnectTimeoutException("HTTP connect timed out"))).isTrue();
        assertThat(ReplicaFailures.refused(new IOException("Connection reset by peer"))).isFalse();
        assertThat(ReplicaFailures.refused(new HttpTimeoutException("request timed out"))).isFalse();
    }

    @Test
    void onlyAConnectionEndedUnderTheRequestCountsNotARefusalOrATimeout() {
        assertThat(ReplicaFailures.closedUnderIt(new HttpClosedException("Connection was closed"))).isTrue();
        assertThat(ReplicaFailures.closedUnderIt(new IOException("Connection reset by peer"))).isTrue();
        assertThat(ReplicaFailures.closedUnderIt(new IOException("HTTP/1.1 header parser received no bytes")))
                .as("Java's client, the connection closed before an answer").isTrue();
        assertThat(ReplicaFailures.closedUnderIt(new ConnectException("Connection refused"))).isFalse();
        assertThat(ReplicaFailures.closedUnderIt(new HttpConnectTimeoutException("HTTP connect timed out"))).isFalse();
        assertThat(ReplicaFailures.closedUnderIt(new HttpTimeoutException("request timed out"))).isFalse();
        assertThat(ReplicaFailures.closedUnderIt(new SocketTimeoutException("Read timed out"))).isFalse();
        assertThat(ReplicaFailures.closedUnderIt(new TimeoutException("The timeout period of 10000ms has been exceeded")))
                .isFalse();
    }
}
