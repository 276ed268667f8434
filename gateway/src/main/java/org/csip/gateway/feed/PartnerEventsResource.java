package org.csip.gateway.feed;

import jakarta.annotation.security.RolesAllowed;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.csip.common.security.Roles;
import org.csip.common.security.Agency;
import org.csip.gateway.partner.PartnerDoor;
import org.csip.gateway.config.GatewayConfig;

/** {@code GET /partners/{agency}/events}: an agency's live event feed as Server-Sent Events, resumable. */
@Path("/partners/{agency}/events")
public class PartnerEventsResource {
    /** The event a subscriber gets, with the reason, when it is closed for falling behind. */

    private final EventFeed feed;
    private final FeedPartitions partitions;
    private final PartnerDoor door;
    private final GatewayConfig config;

    public PartnerEventsResource(EventFeed feed, FeedPartitions partitions, PartnerDoor door, GatewayConfig config) {
        this.feed = feed;
        this.partitions = partitions;
        this.door = door;
        this.config = config;
    }

    @GET
    @RolesAllowed({Roles.READER, Roles.WORKFORCE_EDITOR})
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> events(@PathParam("agency") String agencyAlias,
                                          @HeaderParam("Last-Event-ID") String lastEventId,
                                          @QueryParam("type") String types,
                                          @QueryParam("laCode") String laCode,
                                          @Context Sse sse) {
        Agency agency = door.own(agencyAlias);
        Set<String> councils = door.councils(laCode);
        Set<String> wanted = types == null ? Set.of()
                : Stream.of(types.split(",")).map(String::trim).filter(t -> !t.isEmpty()).collect(Collectors.toSet());

        return Subscription.of(feed, event -> FeedVisibility.visibleTo(agency, councils, event),
                        FeedPosition.fromHeader(lastEventId, partitions::known), wanted, config.feed().subscriberBuffer(),
                        config.feed().heartbeat(), Infrastructure.getDefaultWorkerPool())
                .map(item -> {
                    if (item.event() != null) {
                        return sse.newEventBuilder().id(item.event().id()).name(item.event().type())
                                .mediaType(MediaType.TEXT_PLAIN_TYPE).data(item.event().data()).build();
                    }
                    return Subscription.control(sse, item);
                });
    }
}
