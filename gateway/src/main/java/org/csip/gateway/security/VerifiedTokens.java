package org.csip.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.csip.gateway.config.GatewayConfig;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies each bearer token once, not on every request: a token Quarkus OIDC has verified (signature, issuer,
 * audience, expiry) is remembered, by its whole text, until it expires or {@code max-age} passes, whichever is
 * first, and a later request with the very same text is given that identity. Verifying took 37 % of the gateway's
 * CPU (docs/performance.md, scenario 1), for a dashboard or a partner's system that sends the same token hundreds of
 * times. Any other text — a token altered by one character, re-signed, or new — is not a hit and is verified in
 * full; an expired one is never served; a refused one is never remembered. As with verification itself, a token is
 * not looked up at Keycloak, so remembering it revokes nothing later: {@code max-age} bounds how long a token signed
 * by a key Keycloak has since retired is still accepted. Only bearer tokens on the API and partner paths are
 * remembered; the dashboard's session (the {@code web} tenant) is left wholly to Quarkus OIDC.
 */
@ApplicationScoped
public class VerifiedTokens implements HttpAuthenticationMechanism {
    /** The paths that take bearer tokens (the default OIDC tenant). */
    private static final List<String> BEARER_PATHS = List.of("/api/", "/partners/");
    /** What belongs to the request that verified the token, put back from each request that reuses it. */
    private static final Set<String> PER_REQUEST = Set.of(RoutingContext.class.getName(),
            AuthenticationRequestContext.class.getName());
    /** Where Quarkus OIDC keeps the tenant that verified a request's token, on the identity and on the request. */
    private static final String TENANT = "tenant-id";

    private final OidcAuthenticationMechanism oidc;
    private final Cache<String, SecurityIdentity> verified;

    public VerifiedTokens(OidcAuthenticationMechanism oidc, GatewayConfig config) {
        this.oidc = oidc;
        this.verified = config.verifiedTokens().maxSize() <= 0 ? null : Caffeine.newBuilder()
                .maximumSize(config.verifiedTokens().maxSize())
                .expireAfterWrite(config.verifiedTokens().maxAge())
                .build();
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext request, IdentityProviderManager identities) {
        String token = verified == null ? null : bearerToken(request);
        if (token == null) {
            return Uni.createFrom().nullItem(); // Quarkus OIDC's own mechanism, next in line, does as it always did
        }
        SecurityIdentity known = verified.getIfPresent(token);
        if (known != null) {
            if (unexpired(known)) {
                return Uni.createFrom().item(forThisRequest(known, request));
            }
            verified.invalidate(token);
        }
        return oidc.authenticate(request, identities).invoke(identity -> remember(token, identity));
    }

    /** How many verified tokens are remembered now (for tests and the docs' figures). */
    public long remembered() {
        if (verified == null) {
            return 0;
        }
        verified.cleanUp();
        return verified.estimatedSize();
    }

    /** The token of an {@code Authorization: Bearer} header, only on the bearer paths and only if it is the only one. */
    private static String bearerToken(RoutingContext request) {
        String path = request.normalizedPath();
        if (BEARER_PATHS.stream().noneMatch(path::startsWith)) {
            return null;
        }
        List<String> authorizations = request.request().headers().getAll("Authorization");
        if (authorizations.size() != 1) {
            return null;
        }
        String authorization = authorizations.get(0);
        if (authorization.length() <= 7 || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).trim();
        return token.isEmpty() ? null : token;
    }

    /**
     * Keeps a verified identity if it is the bearer token's own: its principal is that token, not yet expired. The
     * request it was verified on is left out (its routing context would otherwise be kept alive); so are any
     * permission checkers, which the gateway does not use: a reused identity refuses every permission check.
     */
    private void remember(String token, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || !token.equals(jwt.getRawToken()) || !unexpired(identity)) {
            return;
        }
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (credential == null || !token.equals(credential.getToken())) {
            return;
        }
        QuarkusSecurityIdentity.Builder kept = QuarkusSecurityIdentity.builder().setPrincipal(jwt)
                .addRoles(identity.getRoles()).addCredentials(identity.getCredentials()).setAnonymous(false);
        identity.getAttributes().forEach((name, value) -> {
            if (!PER_REQUEST.contains(name)) {
                kept.addAttribute(name, value);
            }
        });
        verified.put(token, kept.build());
    }

    private static boolean unexpired(SecurityIdentity identity) {
        return identity.getPrincipal() instanceof JsonWebToken jwt
                && jwt.getExpirationTime() > Instant.now().getEpochSecond();
    }

    /** The remembered identity with this request's own context, as Quarkus OIDC would have built it for this request. */
    private static SecurityIdentity forThisRequest(SecurityIdentity known, RoutingContext request) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder(known)
                .addAttribute(RoutingContext.class.getName(), request);
        Object blocking = request.get(AuthenticationRequestContext.class.getName());
        if (blocking != null) {
            identity.addAttribute(AuthenticationRequestContext.class.getName(), blocking);
        }
        Object tenant = known.getAttribute(TENANT);
        if (tenant != null) {
            request.put(TENANT, tenant);
        }
        return identity.build();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext request) {
        return oidc.getChallenge(request);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return oidc.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext request) {
        return oidc.getCredentialTransport(request);
    }

    /** Before Quarkus OIDC's own mechanism, which then sees only what this one leaves to it. */
    @Override
    public int getPriority() {
        return oidc.getPriority() + 1;
    }
}
