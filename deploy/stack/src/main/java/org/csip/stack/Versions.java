package org.csip.stack;

/** Versions of the servers the stack downloads, kept in step with the parent POM. */
public final class Versions {
    public static final String KEYCLOAK = "26.7.3";

    private Versions() {
    }
}
