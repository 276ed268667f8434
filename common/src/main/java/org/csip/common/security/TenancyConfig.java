package org.csip.common.security;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** How tokens issued before organisations carried their councils are read (docs/partners.md, "Upgrading"). */
@ConfigMapping(prefix = "csip.tenancy")
public interface TenancyConfig {
    /**
     * The one council of a deployment that predates tenancy: a token whose organisation names no councils, or an
     * overseer's without {@code oversees}, covers this council. Unset (the default), such a token covers none.
     */
    Optional<String> singleCouncil();
}
