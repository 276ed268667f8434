package org.csip.actionplan.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.csip.common.problem.ProblemException;
import org.csip.common.security.Caller;
import org.csip.common.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * {@code /api/notifications}: a person chooses how often CSIP emails them (daily, weekly, off) — the address, agency,
 * councils and roles come from their token, never the request — and anyone holding a message's unsubscribe token
 * stops them (the dashboard's public unsubscribe page calls it; the gateway does not let it through from outside).
 */
@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionResource {
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

    private final Caller caller;
    private final SecurityIdentity identity;

    public SubscriptionResource(Caller caller, SecurityIdentity identity) {
        this.caller = caller;
        this.identity = identity;
    }

    /** How often, to which address. */
    public record Choice(@NotNull Frequency frequency) {
    }

    /** What the person has chosen, as the dashboard shows it. */
    public record Subscription(String email, Frequency frequency, boolean subscribed) {
    }

    /** An unsubscribe link's token. */
    public record Unsubscribe(@NotNull UUID token) {
    }

    @GET
    @Path("/me")
    @RolesAllowed({Roles.READER, Roles.WORKFORCE_EDITOR})
    public Subscription mine() {
        Subscriber subscriber = Subscriber.findById(caller.reference());
        String email = caller.email().orElse(null);
        return subscriber == null ? new Subscription(email, Frequency.OFF, false)
                : new Subscription(subscriber.email, subscriber.frequency, subscriber.frequency != Frequency.OFF);
    }

    /** Chooses how often; the person's address, agency, councils and roles are refreshed from their token. */
    @POST
    @Path("/me")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.READER, Roles.WORKFORCE_EDITOR})
    @Transactional
    public Subscription choose(@Valid @NotNull Choice choice) {
        String email = caller.email().filter(a -> a.length() <= 320 && ADDRESS.matcher(a).matches())
                .orElseThrow(() -> ProblemException.conflict("Your account has no email address CSIP can send to;"
                        + " ask your administrator to add one"));
        if (caller.councils().isEmpty()) {
            throw ProblemException.forbidden("This token covers no council, so there is nothing to email about");
        }
        Subscriber subscriber = Subscriber.findById(caller.reference());
        if (subscriber == null) {
            subscriber = new Subscriber();
            subscriber.subject = caller.reference();
            subscriber.unsubscribeToken = UUID.randomUUID();
        }
        subscriber.email = email;
        subscriber.name = caller.name().map(n -> n.length() > 200 ? n.substring(0, 200) : n).orElse(null);
        subscriber.agency = caller.agency().map(Enum::name).orElse(null);
        subscriber.councils = String.join(",", new TreeSet<>(caller.councils()));
        subscriber.roles = String.join(",", new TreeSet<>(identity.getRoles()));
        subscriber.frequency = choice.frequency();
        subscriber.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        subscriber.persist();
        return new Subscription(subscriber.email, subscriber.frequency, subscriber.frequency != Frequency.OFF);
    }

    /** One click from a message: no more email to that person (until they choose again). Unknown token → 404. */
    @POST
    @Path("/unsubscribe")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Transactional
    public Subscription unsubscribe(@Valid @NotNull Unsubscribe request) {
        Subscriber subscriber = Subscriber.find("unsubscribeToken", request.token()).firstResult();
        if (subscriber == null) {
            throw ProblemException.notFound("No subscription has this unsubscribe link");
        }
        subscriber.frequency = Frequency.OFF;
        subscriber.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return new Subscription(subscriber.email, Frequency.OFF, false);
    }
}
