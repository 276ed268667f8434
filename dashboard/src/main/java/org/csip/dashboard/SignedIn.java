package org.csip.dashboard;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdToken;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.csip.common.security.TenancyConfig;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The dashboard's signed-in person for this request, read once from their Keycloak session. */
@RequestScoped
public class SignedIn {
    private final SecurityIdentity identity;
    private final AccessTokenCredential accessToken;
    private final TenancyConfig tenancy;
    /** {@code @IdToken} is a field qualifier only, so this one is injected into the field. */
    @Inject
    @IdToken
    JsonWebToken idToken;
    private Viewer viewer;

    public SignedIn(SecurityIdentity identity, AccessTokenCredential accessToken, TenancyConfig tenancy) {
        this.identity = identity;
        this.accessToken = accessToken;
        this.tenancy = tenancy;
    }

    public Viewer viewer() {
        if (viewer == null) {
            viewer = Viewer.of(identity, idToken, accessToken, tenancy.singleCouncil());
        }
        return viewer;
    }
}
