package org.csip.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class ReadRetryTest {

    @Test
    void onlyABodilessGetOrHeadIsAskedAgain() {
        MultiMap none = MultiMap.caseInsensitiveMultiMap();
        assertThat(ReadRetry.bodilessRead(HttpMethod.GET, none)).isTrue();
        assertThat(ReadRetry.bodilessRead(HttpMethod.HEAD, none)).isTrue();
        assertThat(ReadRetry.bodilessRead(HttpMethod.GET, MultiMap.caseInsensitiveMultiMap().add("content-length", "0")))
                .isTrue();
        assertThat(ReadRetry.bodilessRead(HttpMethod.GET, MultiMap.caseInsensitiveMultiMap().add("Content-Length", "5")))
                .as("a GET with a body").isFalse();
        assertThat(ReadRetry.bodilessRead(HttpMethod.GET,
                MultiMap.caseInsensitiveMultiMap().add("Transfer-Encoding", "chunked"))).isFalse();
        for (HttpMethod write : new HttpMethod[] {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE}) {
            assertThat(ReadRetry.bodilessRead(write, none)).as(write.name()).isFalse();
        }
    }

    @Test
    void onlyAConnectionEndedUnderTheRequestCountsNotARefusalOrATimeout() {
        assertThat(ReadRetry.closedUnderIt(new HttpClosedException("Connection was closed"))).isTrue();
        assertThat(ReadRetry.closedUnderIt(new IOException("Connection reset by peer"))).isTrue();
        assertThat(ReadRetry.closedUnderIt(new ConnectException("Connection refused"))).isFalse();
        assertThat(ReadRetry.closedUnderIt(new TimeoutException("The timeout period of 10000ms has been exceeded")))
                .isFalse();
    }
}
