package org.csip.system;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.csip.stack.LocalStack;

/**
 * Tokens for a test that outlives a Keycloak outage: fetched while Keycloak answers and then kept, as a signed-in
 * user's browser or a partner's client keeps the token it already has.
 */
final class Tokens {
    /** The police's own BI client (client credentials), as opposed to a person. */
    static final String POLICE_FEED = "police-feed";

    private final LocalStack stack;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    Tokens(LocalStack stack) {
        this.stack = stack;
    }

    /** Fetches fresh tokens for these users (or {@link #POLICE_FEED}); Keycloak must be answering. */
    void refresh(String... users) {
        for (String user : users) {
            tokens.put(user, fetch(user));
        }
    }

    /** The token held for a user, fetched the first time it is asked for. */
    String of(String user) {
        return tokens.computeIfAbsent(user, this::fetch);
    }

    private String fetch(String user) {
        return POLICE_FEED.equals(user) ? Keycloak.feedToken(stack, "police") : Keycloak.userToken(stack, user);
    }
}
