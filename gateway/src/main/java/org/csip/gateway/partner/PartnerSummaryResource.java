package org.csip.gateway.partner;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.csip.common.problem.ProblemException;
import org.csip.common.security.Agency;
import org.csip.common.security.Roles;
import org.csip.dashboard.ActionUrgency;
import org.csip.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

/** {@code /partners/{agency}/summary}: a partner dashboard's landing figures, composed from the three services. */
@Path("/partners/{agency}/summary")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerSummaryResource {
    private static final Logger LOG = Logger.getLogger(PartnerSummaryResource.class);
    static final int NEEDING_ATTENTION = 10;

    private final Upstream upstream;
    private final PartnerDoor door;
    private final GatewayConfig config;
    private final Clock clock;

    public PartnerSummaryResource(Upstream upstream, PartnerDoor door, GatewayConfig config, Clock clock) {
        this.upstream = upstream;
        this.door = door;
        this.config = config;
        this.clock = clock;
    }

    @GET
    @RolesAllowed(Roles.READER)
    public PartnerSummary summary(@PathParam("agency") String agencyAlias, @QueryParam("laCode") String laCodeFilter,
                                  @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Agency agency = door.own(agencyAlias);
        // Actions and workforce across the councils the organisation covers (or the one asked for); the plan and
        // inspections of one council: the one asked for, else the deployment's own if covered, else the first.
        java.util.SortedSet<String> councils = new java.util.TreeSet<>(door.councils(laCodeFilter));
        String laCode = councils.contains(config.laCode()) ? config.laCode() : councils.first();
        String narrowed = laCodeFilter == null || laCodeFilter.isBlank() ? "" : "&laCode=" + laCode;
        List<String> unavailable = new ArrayList<>();
        PartnerSummary.Actions actions = part("action-plan", unavailable, () -> actions(agency, narrowed,
                authorization));
        JsonNode plan = part("action-plan", unavailable, () -> plan(laCode, authorization));
        PartnerSummary.Inspections inspections = part("inspection", unavailable,
                () -> inspections(laCode, authorization));
        JsonNode workforce = part("workforce", unavailable, () -> json(upstream.get("workforce",
                "/api/metrics?agency=" + agency.alias() + narrowed, authorization)));
        return new PartnerSummary(agency.alias(), laCode, OffsetDateTime.now(clock), actions, plan, inspections,
                workforce, unavailable.stream().distinct().toList());
    }

    private PartnerSummary.Actions actions(Agency agency, String narrowed, String authorization) {
        JsonNode all = json(upstream.get("action-plan", "/api/actions?size=500&leadAgency=" + agency.name() + narrowed,
                authorization));
        List<JsonNode> actions = StreamSupport.stream(all.spliterator(), false).toList();
        List<JsonNode> open = actions.stream().filter(ActionUrgency::open).toList();
        List<JsonNode> attention = open.stream().sorted(ActionUrgency.ORDER).limit(NEEDING_ATTENTION).toList();
        return new PartnerSummary.Actions(open.size(),
                (int) open.stream().filter(a -> a.path("overdue").asBoolean()).count(),
                (int) open.stream().filter(ActionUrgency::atRisk).count(),
                (int) actions.stream().filter(a -> "COMPLETED".equals(a.path("status").asText())).count(), attention);
    }

    /** The council's latest plan with its progress by theme (the adviser report's figures for the last six weeks). */
    private JsonNode plan(String laCode, String authorization) {
        JsonNode plans = json(upstream.get("action-plan", "/api/plans?laCode=" + laCode, authorization));
        if (!plans.isArray() || plans.isEmpty()) {
            return null;
        }
        String planId = plans.get(0).path("id").asText();
        JsonNode report = json(upstream.get("action-plan", "/api/plans/" + planId + "/reports/progress",
                authorization));
        var plan = upstream.mapper().createObjectNode();
        plan.put("planId", planId);
        plan.set("title", plans.get(0).path("title"));
        plan.set("status", plans.get(0).path("status"));
        plan.set("themes", report.path("themes"));
        plan.set("headline", report.path("headline"));
        return plan;
    }

    private PartnerSummary.Inspections inspections(String laCode, String authorization) {
        JsonNode timeline = json(upstream.get("inspection", "/api/local-authorities/" + laCode + "/timeline",
                authorization));
        JsonNode latest = null;
        for (JsonNode entry : timeline.path("entries")) {
            if ("PUBLISHED".equals(entry.path("status").asText())) {
                latest = entry;
            }
        }
        return new PartnerSummary.Inspections(timeline.path("name").asText(null),
                timeline.path("currentOverallGrade").asText(null), timeline.path("currentGradePublished").asText(null),
                timeline.path("currentGrading").asText(null), timeline.path("currentJudgements"), latest,
                timeline.path("interventionsInForce"));
    }

    private JsonNode json(Upstream.Answer answer) {
        if (answer.status() != 200) {
            throw new PartUnavailable(answer.status());
        }
        return answer.json(upstream.mapper());
    }

    /** Runs one part; a service that does not answer (or answers an error) leaves the part out and is named. */
    private static <T> T part(String service, List<String> unavailable, Supplier<T> part) {
        try {
            return part.get();
        } catch (PartUnavailable | ProblemException e) {
            LOG.debugf("Partner summary without its %s part: %s", service, e.getMessage());
            unavailable.add(service);
            return null;
        }
    }

    /** A service answered the summary's call with something other than 200. */
    private static final class PartUnavailable extends RuntimeException {
        PartUnavailable(int status) {
            super("answered " + status);
        }
    }
}
