package org.csip.actionplan.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A person who chose to receive CSIP's email, as their token described them when they last chose: address, agency,
 * councils and roles (what they may see), and how often. No child's data is ever kept or sent.
 */
@Entity
@Table(name = "subscriber")
public class Subscriber extends PanacheEntityBase {
    @Id
    public String subject;

    public String email;

    public String name;

    /** {@code COUNCIL}, {@code POLICE}, {@code HEALTH}; null for an overseer. */
    public String agency;

    /** The councils the person covers or oversees, comma-separated. */
    public String councils;

    /** Their CSIP roles, comma-separated. */
    public String roles;

    @Enumerated(EnumType.STRING)
    public Frequency frequency;

    @Column(name = "unsubscribe_token")
    public UUID unsubscribeToken;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public Set<String> councilSet() {
        return Arrays.stream(councils.split(",")).filter(c -> !c.isBlank()).collect(Collectors.toUnmodifiableSet());
    }

    public boolean hasRole(String role) {
        return Arrays.asList(roles.split(",")).contains(role);
    }
}
