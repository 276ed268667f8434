package org.csip.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jose4j.json.JsonUtil;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Keycloak-shaped access tokens signed with a test key: {@code realm_access.roles}, the
 * {@code organization} claim of a user or the {@code agency} claim of a partner feed client.
 */
public final class TestTokens {
    public static final String ISSUER = "https://keycloak.test/realms/csip";

    private static final PrivateKey KEY = readKey("/csip-test-keys/private-key.pem");
    private static final PrivateKey OTHER_KEY = readKey("/csip-test-keys/other-private-key.pem");

    /** The audience Keycloak's mapper puts in every access token issued for CSIP's clients. */
    public static final String AUDIENCE = "csip";

    private TestTokens() {
    }

    /** A user of an agency ({@code council}, {@code police}, {@code health}) with realm roles. */
    public static String user(String agency, String... roles) {
        return sign(claims("user-of-" + agency, agency, roles, ISSUER, 300), KEY);
    }

    /** An overseer (board chair, DfE adviser) who belongs to no agency. */
    public static String overseer(String... roles) {
        return sign(claims("overseer", null, roles, ISSUER, 300), KEY);
    }

    /** A partner's machine client: the agency travels in the {@code agency} claim, not as an organization. */
    public static String feedClient(String agency) {
        JwtClaims claims = claims("service-account-" + agency + "-feed", null, new String[] {"viewer"}, ISSUER, 300);
        claims.setClaim("agency", agency);
        claims.setClaim("azp", agency + "-feed");
        return sign(claims, KEY);
    }

    /** A token of the same realm issued to another client (admin-cli): no CSIP audience, no CSIP role. */
    public static String forOtherClient() {
        JwtClaims claims = claims("admin", null, new String[0], ISSUER, 300);
        claims.setAudience("account");
        claims.setClaim("azp", "admin-cli");
        return sign(claims, KEY);
    }

    /** An ID token of a CSIP user, presented as if it were an access token: typ ID, audience the gateway client. */
    public static String idToken(String agency, String... roles) {
        JwtClaims claims = claims("user-of-" + agency, agency, roles, ISSUER, 300);
        claims.setAudience("gateway");
        claims.setClaim("typ", "ID");
        return sign(claims, KEY);
    }

    public static String expired(String agency, String... roles) {
        return sign(claims("user-of-" + agency, agency, roles, ISSUER, -120), KEY);
    }

    public static String fromOtherIssuer(String agency, String... roles) {
        return sign(claims("user-of-" + agency, agency, roles, "https://elsewhere.test/realms/csip", 300), KEY);
    }

    public static String signedByOtherKey(String agency, String... roles) {
        return sign(claims("user-of-" + agency, agency, roles, ISSUER, 300), OTHER_KEY);
    }

    /**
     * A real token's header and claims signed again by a key that is not the issuer's, keeping its key id: what a
     * forger without the issuer's private key could make. It must never verify.
     */
    public static String resignedByOtherKey(String token) {
        String[] parts = token.split("\\.");
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(decode(parts[1]));
        jws.setKey(OTHER_KEY);
        try {
            Map<String, Object> header = JsonUtil.parseJson(decode(parts[0]));
            jws.setKeyIdHeaderValue((String) header.get("kid"));
            jws.setAlgorithmHeaderValue((String) header.get("alg"));
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A real token with one claim changed and its original signature kept: tampering that must never verify. */
    public static String withClaim(String token, String claim, Object value) {
        String[] parts = token.split("\\.");
        try {
            Map<String, Object> claims = new java.util.LinkedHashMap<>(JsonUtil.parseJson(decode(parts[1])));
            claims.put(claim, value);
            String payload = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(JsonUtil.toJson(claims).getBytes(StandardCharsets.UTF_8));
            return parts[0] + "." + payload + "." + parts[2];
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    /** The verification key, base64 X.509, as {@code quarkus.oidc.public-key} takes it. */
    public static String publicKeyBase64() {
        try {
            RSAPrivateCrtKey crt = (RSAPrivateCrtKey) KEY;
            var publicKey = KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
            return Base64.getEncoder().encodeToString(publicKey.getEncoded());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JwtClaims claims(String subject, String agency, String[] roles, String issuer, int lifetimeSeconds) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(subject + "-" + UUID.nameUUIDFromBytes(subject.getBytes(StandardCharsets.UTF_8)));
        claims.setClaim("preferred_username", subject);
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(lifetimeSeconds / 60f);
        claims.setGeneratedJwtId();
        claims.setClaim("realm_access", Map.of("roles", List.of(roles)));
        claims.setAudience(AUDIENCE);
        claims.setClaim("typ", "Bearer");
        if (agency != null) {
            claims.setClaim("organization", List.of(agency));
        }
        return claims;
    }

    private static String sign(JwtClaims claims, PrivateKey key) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setKeyIdHeaderValue("csip-test");
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey readKey(String resource) {
        try (InputStream in = TestTokens.class.getResourceAsStream(resource)) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
