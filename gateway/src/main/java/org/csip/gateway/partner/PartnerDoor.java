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
import java.util.StringJoiner;
import org.csip.common.problem.ProblemException;
import org.csip.common.security.Agency;
import org.csip.common.security.Caller;

/** What every partner endpoint does at its door: only the agency's own token passes, its scope is forced on the call. */
@ApplicationScoped
public class PartnerDoor {
    private final Caller caller;

    public PartnerDoor(Caller caller) {
        this.caller = caller;
    }

    /** The agency of the path, which must be the caller's own (403); an agency CSIP does not know → 404. */
    public Agency own(String alias) {
        Agency agency = Agency.fromAlias(alias).orElseThrow(() ->
                ProblemException.notFound("No partner agency '" + alias + "'"));
        caller.requireAgency(agency, "use the " + agency.alias() + "'s partner endpoints");
        return agency;
    }

    /** The caller's query, without any value of {@code forced} they gave, and then {@code forced=value}. */
    public static String query(UriInfo uri, String forced, String value) {
        StringJoiner query = new StringJoiner("&");
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
            if (!parameter.getKey().equals(forced)) {
                parameter.getValue().forEach(v -> query.add(encode(parameter.getKey()) + "=" + encode(v)));
            }
        }
        query.add(encode(forced) + "=" + encode(value));
        return query.toString();
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

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
