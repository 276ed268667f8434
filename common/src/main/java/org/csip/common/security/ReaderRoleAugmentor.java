package org.csip.common.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;

/**
 * Adds the derived role {@link Roles#READER} to anyone holding a realm role that may read inspections,
 * plans and reports (docs/architecture.md §5), so resources say {@code @RolesAllowed(Roles.READER)} once.
 */
@ApplicationScoped
public class ReaderRoleAugmentor implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || Arrays.stream(Roles.READERS).noneMatch(identity::hasRole)) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRole(Roles.READER).build());
    }
}
