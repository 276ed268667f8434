package org.csip.workforce.team;

import java.math.BigDecimal;
import java.util.UUID;
import org.csip.common.security.Agency;

/** A team as the API shows it. */
public record TeamView(UUID id, String laCode, Agency agency, String name, ServiceArea serviceArea, BigDecimal establishmentFte,
                       int version) {

    static TeamView of(Team team) {
        return new TeamView(team.id, team.laCode, team.agency, team.name, team.serviceArea, team.establishmentFte, team.version);
    }
}
