package org.csip.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** Where the gateway sends each request, how long it waits, and how its event feed behaves. */
@ConfigMapping(prefix = "csip.gateway")
public interface GatewayConfig {

    /** The DfE code of the council whose partnership this CSIP serves: the partner summary is about it. */
    String laCode();

    /**
     * Base URL of each upstream service, by name ({@code inspection}, {@code action-plan}, {@code workforce}); several
     * replicas as URLs separated by commas (see {@code UpstreamOrigins}).
     */
    Map<String, String> upstreams();

    /** How often each replica of a service with several is asked whether it is ready (see {@code UpstreamOrigins}). */
    @WithDefault("1s")
    Duration upstreamProbeInterval();

    /** How long to wait for an upstream before answering 503/504: never a hang. */
    @WithDefault("10s")
    Duration upstreamTimeout();

    /**
     * Connections kept open to each replica of each service, from each of the gateway's event loops (a request is
     * relayed on its own loop's connections). Vert.x's default is 5, which made requests queue inside the gateway as
     * soon as more than five were in flight (docs/performance.md, scenario 1).
     */
    @WithDefault("64")
    int upstreamConnections();

    Feed feed();

    RateLimit rateLimit();

    VerifiedTokens verifiedTokens();

    /** Bearer tokens verified once and then remembered (see {@code VerifiedTokens}). */
    interface VerifiedTokens {
        /** How many verified tokens are remembered at most; 0 verifies every request's token afresh. */
        @WithDefault("5000")
        int maxSize();

        /** How long a verified token is trusted before it is verified again; never past the token's own expiry. */
        @WithDefault("60s")
        Duration maxAge();
    }

    /** Requests each client (token subject and client, or address without a token) may make. */
    interface RateLimit {
        /** Requests a client may make at once before waiting. */
        @WithDefault("120")
        long burst();

        /** Requests a client may make per minute, sustained. */
        @WithDefault("600")
        long perMinute();
    }

    /** The partner event feed. */
    interface Feed {
        /** How many recent events each replica keeps so a reconnecting dashboard can catch up. */
        @WithDefault("1000")
        int replayWindow();

        /**
         * How many events beyond the replay window a subscriber may fall behind before it is closed (to resume with
         * Last-Event-ID); its buffer holds the window, handed over on connecting, plus this.
         */
        @WithDefault("500")
        int subscriberBuffer();

        /** Interval of SSE heartbeat comments that keep proxies from closing idle streams. */
        @WithDefault("15s")
        Duration heartbeat();
    }
}
