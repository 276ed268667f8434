package org.csip.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
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
}
