package org.csip.gateway.routing;

import java.util.List;

/** The routing table of docs/architecture.md §6: which service owns each public {@code /api} path. */
public final class Routes {

    /** A public path prefix and the upstream that owns it. */
    public record Route(String prefix, String upstream) {
    }

    public static final List<Route> ALL = List.of(
            new Route("/api/local-authorities", "inspection"),
            new Route("/api/inspections", "inspection"),
            new Route("/api/interventions", "inspection"),
            new Route("/api/frameworks", "inspection"),
            new Route("/api/plans", "action-plan"),
            new Route("/api/actions", "action-plan"),
            new Route("/api/board-meetings", "action-plan"),
            new Route("/api/known-inspections", "action-plan"),
            new Route("/api/findings", "action-plan"),
            new Route("/api/deadlines", "action-plan"),
            new Route("/api/notifications", "action-plan"),
            new Route("/api/teams", "workforce"),
            new Route("/api/staff", "workforce"),
            new Route("/api/vacancies", "workforce"),
            new Route("/api/caseloads", "workforce"),
            new Route("/api/metrics", "workforce"),
            new Route("/api/benchmarks", "workforce"));

    private Routes() {
    }
}
