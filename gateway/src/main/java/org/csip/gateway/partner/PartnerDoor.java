package org.csip.gateway.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.csip.common.problem.ProblemException;
import org.csip.common.security.Agency;
import org.csip.common.security.Caller;
import org.csip.common.security.Tenancy;

/**
 * What every partner endpoint does at its door: only the organisation's own token passes (the path names it by its
 * alias, {@code merseyside-police}, or by its kind, {@code police}, as before organisations were data), its agency is
 * forced on the call, and the services limit it to the councils the organisation covers.
 */
@ApplicationScoped
public class PartnerDoor {
    private final Caller caller;

    public PartnerDoor(Caller caller) {
        this.caller = caller;
    }

    /**
     * The agency of the organisation the path names, which must be the caller's own (403); a name that is neither the
     * caller's organisation nor an agency CSIP knows → 404.
     */
    public Agency own(String alias) {
        Tenancy tenancy = caller.tenancy();
        if (tenancy.organisation().filter(alias::equals).isPresent() && tenancy.agency().isPresent()) {
            return tenancy.agency().get();
        }
        Agency agency = Agency.fromAlias(alias).orElseThrow(() ->
                ProblemException.notFound("No partner organisation '" + alias + "'"));
        caller.requireAgency(agency, "use the " + agency.alias() + "'s partner endpoints");
        return agency;
    }

    /** The councils a partner's request covers: those of its organisation, or the one {@code laCode} narrows to. */
    public Set<String> councils(String laCode) {
        return caller.councilsAskedFor(laCode);
    }

    /**
     * The caller's query and then {@code forced=value}: the agency comes from the path and the token only, so a query
     * name that could name an agency — {@code leadAgency}, {@code agency}, {@code LEADAGENCY}, {@code lead_agency},
     * any case or spelling containing "agency" — is refused with a 400 naming it rather than dropped or passed on.
     */
    public static String query(UriInfo uri, String forced, String value) {
        StringJoiner query = new StringJoiner("&");
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            if (widensScope(parameter.getKey()) || sameName(parameter.getKey(), forced)) {
                throw ProblemException.invalidField(parameter.getKey(), "cannot be given at a partner door: the"
                        + " agency is the one in the path, and only its own");
            }
            parameter.getValue().forEach(v -> query.add(encode(parameter.getKey()) + "=" + encode(v)));
        }
        query.add(encode(forced) + "=" + encode(value));
        return query.toString();
    }

    /** Whether a query name is the forced one in another spelling ({@code addressed_to}, {@code ADDRESSEDTO}). */
    static boolean sameName(String name, String forced) {
        return letters(name).equals(letters(forced));
    }

    private static String letters(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
    }

    /** Whether a query name could choose an agency, whatever its case, separators or hidden characters. */
    static boolean widensScope(String name) {
        String letters = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
        return letters.contains("agency") || letters.contains("agencies");
    }

    /** The service's answer as the partner's: status, body, content type and {@code X-Total-Count}. */
    public static Response relay(Upstream.Answer answer) {
        Response.ResponseBuilder response = Response.status(answer.status()).entity(answer.body())
                .type(answer.contentType().orElse(MediaType.APPLICATION_JSON));
        answer.totalCount().ifPresent(count -> response.header("X-Total-Count", count));
        return response.build();
    }

    /** Ends the request with the service's own (error) answer. */
    public static WebApplicationException relayed(Upstream.Answer answer) {
        return new WebApplicationException(relay(answer));
    }

    /** A body as text, refused with a 400 when it is not UTF-8 (rather than passed on with U+FFFD in its place). */
    public static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(body == null ? new byte[0] : body)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ProblemException(Response.Status.BAD_REQUEST, "The request body is not valid UTF-8");
        }
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
