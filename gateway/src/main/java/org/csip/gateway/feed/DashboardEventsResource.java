package org.csip.gateway.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.csip.common.security.Roles;
import org.csip.dashboard.SignedIn;
import org.csip.dashboard.Viewer;
import org.csip.gateway.config.GatewayConfig;

/**
 * The dashboard's live feed for the signed-in person (their session cookie, as a browser's EventSource sends it):
 * what their page shows, as it happens, each event summarised for people. Resumes with {@code Last-Event-ID} as the
 * partner feed does, which the browser sends by itself when it reconnects.
 */
@Path("/dashboard/events")
@RolesAllowed({Roles.READER, Roles.WORKFORCE_EDITOR})
public class DashboardEventsResource {
    /** How many recent events a freshly opened page shows. */
    static final int RECENT = 10;

    private final EventFeed feed;
    private final FeedPartitions partitions;
    private final GatewayConfig config;
    private final SignedIn signedIn;
    private final ObjectMapper json;

    public DashboardEventsResource(EventFeed feed, FeedPartitions partitions, GatewayConfig config, SignedIn signedIn,
                                   ObjectMapper json) {
        this.feed = feed;
        this.partitions = partitions;
        this.config = config;
        this.signedIn = signedIn;
        this.json = json;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> events(@HeaderParam("Last-Event-ID") String lastEventId, @Context Sse sse) {
        Viewer viewer = signedIn.viewer();
        Predicate<FeedEvent> visible = event -> FeedVisibility.visibleOnDashboard(viewer.agency(), viewer.councils(),
                event);
        // A page opened afresh starts with its recent activity; one that reconnects catches up.
        FeedPosition resumed = FeedPosition.fromHeader(lastEventId, partitions::known);
        FeedPosition from = resumed != null ? resumed : feed.recent(RECENT, visible);
        return Subscription.of(feed, visible, from,
                        Set.of(), config.feed().subscriberBuffer(), config.feed().heartbeat(),
                        Infrastructure.getDefaultWorkerPool())
                .map(item -> {
                    if (item.event() != null) {
                        return sse.newEventBuilder().id(item.event().id()).mediaType(MediaType.APPLICATION_JSON_TYPE)
                                .data(summary(item.event())).build();
                    }
                    return Subscription.control(sse, item);
                });
    }

    /** The event for people: what happened (from its type), to what (its title), which agency, when. */
    String summary(FeedEvent event) {
        ObjectNode summary = json.createObjectNode();
        summary.put("type", event.type());
        summary.put("topic", event.topic());
        summary.put("what", what(event.type()));
        summary.put("agency", Optional.ofNullable(event.leadAgency()).map(a -> a.toLowerCase(Locale.ROOT)).orElse(null));
        summary.put("time", event.time());
        try {
            JsonNode payload = json.readTree(event.data());
            summary.put("about", payload.path("title").asText(payload.path("name").asText(null)));
        } catch (java.io.IOException e) {
            summary.putNull("about");
        }
        return summary.toString();
    }

    /** {@code csip.action.progress-reported.v1} → "Action progress reported". */
    static String what(String type) {
        String words = type.replaceFirst("^csip\\.", "").replaceFirst("\\.v\\d+$", "").replace('.', ' ').replace('-', ' ');
        return words.isEmpty() ? type : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
