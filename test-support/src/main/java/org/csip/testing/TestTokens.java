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
 * Keycloak-shaped access tokens signed with a test key: {@code realm_access.roles} and the {@code organization} claim
 * as Keycloak writes it for a member (a map keyed by the organisation's alias with its {@code kind} and
 * {@code councils}), or an overseer's {@code oversees}. The three agencies are the demo's organisations: St Helens
 * council (342), Merseyside Police (340–344) and Cheshire and Merseyside ICB (those and 876, 877, 895, 896).
 */
public final class TestTokens {
    public static final String ISSUER = "https://keycloak.test/realms/csip";

    private static final PrivateKey KEY = readKey("/csip-test-keys/private-key.pem");
    private static final PrivateKey OTHER_KEY = readKey("/csip-test-keys/other-private-key.pem");

    /** The audience Keycloak's mapper puts in every access token issued for CSIP's clients. */
    public static final String AUDIENCE = "csip";

    private TestTokens() {
    }

    /** The demo council, St Helens. */
    public static final String ST_HELENS = "342";
    /** A second council of the same force and board, Knowsley. */
    public static final String KNOWSLEY = "340";
    /** Merseyside Police's councils. */
    public static final List<String> MERSEYSIDE = List.of("340", "341", "342", "343", "344");
    /** Cheshire and Merseyside ICB's councils. */
    public static final List<String> CHESHIRE_AND_MERSEYSIDE =
            List.of("340", "341", "342", "343", "344", "876", "877", "895", "896");

    /** A user of a demo agency ({@code council}, {@code police}, {@code health}) with realm roles. */
    public static String user(String agency, String... roles) {
        return sign(claims("user-of-" + agency, agency, roles, ISSUER, 300), KEY);
    }

    /** A member of any organisation: its alias, kind ({@code council}, {@code police}, …) and covered councils. */
    public static String member(String alias, String kind, List<String> councils, String... roles) {
        JwtClaims claims = claims("user-of-" + alias, null, roles, ISSUER, 300);
        claims.setClaim("organization", organisation(alias, kind, councils));
        return sign(claims, KEY);
    }

    /**
     * A person of an organisation with an email address and a name, as Keycloak's tokens carry them (the subject is
     * theirs alone, from the address): who subscribes to CSIP's email.
     */
    public static String person(String email, String name, String alias, String kind, List<String> councils,
                                String... roles) {
        JwtClaims claims = claims(email, null, roles, ISSUER, 300);
        claims.setClaim("organization", organisation(alias, kind, councils));
        claims.setClaim("email", email);
        claims.setClaim("name", name);
        return sign(claims, KEY);
    }

    /** An overseer of these councils with an email address and a name. */
    public static String overseerPerson(String email, String name, List<String> councils, String... roles) {
        JwtClaims claims = claims(email, null, roles, ISSUER, 300);
        claims.setClaim("oversees", councils);
        claims.setClaim("email", email);
        claims.setClaim("name", name);
        return sign(claims, KEY);
    }

    /** A member of two organisations at once (alias → councils, each a council): which CSIP refuses to choose between. */
    public static String memberOfTwoCouncils(String firstAlias, String firstCouncil, String secondAlias,
                                             String secondCouncil, String... roles) {
        JwtClaims claims = claims("user-of-" + firstAlias + "-and-" + secondAlias, null, roles, ISSUER, 300);
        Map<String, Object> organisations = new java.util.LinkedHashMap<>(organisation(firstAlias, "council",
                List.of(firstCouncil)));
        organisations.putAll(organisation(secondAlias, "council", List.of(secondCouncil)));
        claims.setClaim("organization", organisations);
        return sign(claims, KEY);
    }

    /** A token from before tenancy: the organisation a bare alias naming its agency, no councils. */
    public static String legacyUser(String agency, String... roles) {
        JwtClaims claims = claims("legacy-user-of-" + agency, null, roles, ISSUER, 300);
        claims.setClaim("organization", List.of(agency));
        return sign(claims, KEY);
    }

    /** An overseer (board chair, DfE adviser) who belongs to no agency and oversees St Helens. */
    public static String overseer(String... roles) {
        return overseerOf(List.of(ST_HELENS), roles);
    }

    /** An overseer of these councils. */
    public static String overseerOf(List<String> councils, String... roles) {
        JwtClaims claims = claims("overseer-of-" + String.join("-", councils), null, roles, ISSUER, 300);
        claims.setClaim("oversees", councils);
        return sign(claims, KEY);
    }

    /** A partner's machine client: its service account is a member of the agency's organisation. */
    public static String feedClient(String agency) {
        JwtClaims claims = claims("service-account-" + agency + "-feed", agency, new String[] {"viewer"}, ISSUER, 300);
        claims.setClaim("azp", agency + "-feed");
        return sign(claims, KEY);
    }

    /** The demo organisation of an agency, as Keycloak's claim shows it. */
    private static Map<String, Object> demoOrganisation(String agency) {
        return switch (agency) {
            case "council" -> organisation("st-helens", "council", List.of(ST_HELENS));
            case "police" -> organisation("merseyside-police", "police", MERSEYSIDE);
            case "health" -> organisation("cheshire-merseyside-icb", "health", CHESHIRE_AND_MERSEYSIDE);
            default -> organisation(agency, agency, List.of(ST_HELENS));
        };
    }

    private static Map<String, Object> organisation(String alias, String kind, List<String> councils) {
        return Map.of(alias, Map.of("kind", List.of(kind), "councils", councils));
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

    /** A valid token that expires {@code seconds} from now. */
    public static String expiringIn(int seconds, String agency, String... roles) {
        return sign(claims("user-of-" + agency, agency, roles, ISSUER, seconds), KEY);
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
            claims.setClaim("organization", demoOrganisation(agency));
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
