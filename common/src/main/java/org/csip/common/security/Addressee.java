package org.csip.common.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who an inspection finding tells to act: one of the statutory partners, or the safeguarding partnership they form
 * together (a joint targeted area inspection's letter names findings for each and for all three).
 */
public enum Addressee {
    COUNCIL, POLICE, HEALTH, PARTNERSHIP;

    /** The addressee that is this agency. */
    public static Addressee of(Agency agency) {
        return valueOf(agency.name());
    }

    /** Reads a name in any case ({@code police}, {@code PARTNERSHIP}); empty when it names none. */
    public static Optional<Addressee> fromName(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Addressee addressee : values()) {
            if (addressee.name().equalsIgnoreCase(value.strip())) {
                return Optional.of(addressee);
            }
        }
        return Optional.empty();
    }

    /** How a set is stored and sent: the names in this enum's order, comma-separated ({@code POLICE,HEALTH}). */
    public static String join(Collection<Addressee> addressees) {
        return EnumSet.copyOf(addressees).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    /** The set {@link #join} wrote; an unknown name is refused (the stored form is checked by the database). */
    public static Set<Addressee> split(String stored) {
        EnumSet<Addressee> addressees = EnumSet.noneOf(Addressee.class);
        for (String name : stored.split(",")) {
            addressees.add(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        }
        return addressees;
    }
}
