package org.csip.gateway.security;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.csip.common.security.Rights;

/**
 * docs/architecture.md §5 as the gateway enforces it, before any service is reached: for each API route and method,
 * who may pass. Checks that need the record itself (the lead agency of an action, the agency of a team) are the
 * services' — every service enforces the whole table again.
 */
public final class ApiRights {
    private static final Set<String> READ = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> WRITE = Set.of("POST", "PUT", "PATCH", "DELETE");

    /** Who may pass a rule. */
    public enum Need {
        /** Anyone holding a CSIP role: a token of the realm with none (a bare user) reads nothing. */
        ANY_CSIP_ROLE(Rights::anyCsipRole),
        READER(Rights::readsTheRecord),
        COUNCIL_INSPECTION_EDITOR(Rights::recordsInspections),
        /** The council's or a force's inspection editors (the service checks the kind is theirs to record). */
        INSPECTION_EDITOR(Rights::recordsSomeInspections),
        COUNCIL_PLAN_EDITOR(Rights::editsPlans),
        /** The lead agency's action owners (the service checks which agency leads) or the council's plan editors. */
        PROGRESS_REPORTER(Rights::reportsProgress),
        BOARD(Rights::recordsBoardMeetings),
        /** An agency's workforce editors (the service checks it is their own agency's record). */
        WORKFORCE_EDITOR(Rights::keepsWorkforce),
        WORKFORCE_READER(Rights::readsWorkforce),
        COUNCIL_STATISTICS_IMPORTER(Rights::importsStatistics);

        private final Predicate<Rights> test;

        Need(Predicate<Rights> test) {
            this.test = test;
        }

        public boolean allows(Rights caller) {
            return test.test(caller);
        }
    }

    /** Methods (empty: any), a path pattern, and who may pass. The first rule that matches decides. */
    record Rule(Set<String> methods, Pattern path, Need need) {
        boolean matches(String method, String requestPath) {
            return (methods.isEmpty() || methods.contains(method)) && path.matcher(requestPath).matches();
        }
    }

    static final List<Rule> RULES = List.of(
            // Drafts read from uploaded reports are the importer's working papers, not yet the record.
            rule(Set.of(), "/api/inspections/import(/.*)?", Need.COUNCIL_INSPECTION_EDITOR),
            rule(WRITE, "/api/interventions(/.*)?", Need.COUNCIL_INSPECTION_EDITOR),
            rule(WRITE, "/api/inspections(/.*)?", Need.INSPECTION_EDITOR),
            rule(READ, "/api/(inspections|interventions|local-authorities|frameworks)(/.*)?", Need.READER),
            rule(Set.of("POST"), "/api/actions/[^/]+/(updates|complete)", Need.PROGRESS_REPORTER),
            rule(WRITE, "/api/(plans|actions)(/.*)?", Need.COUNCIL_PLAN_EDITOR),
            rule(WRITE, "/api/board-meetings(/.*)?", Need.BOARD),
            rule(READ, "/api/(plans|actions|board-meetings|known-inspections|findings|deadlines)(/.*)?", Need.READER),
            // A person's own email choice; unsubscribing by a message's link goes through the dashboard's page only.
            rule(Set.of("GET", "POST"), "/api/notifications/me", Need.ANY_CSIP_ROLE),
            rule(Set.of("POST"), "/api/benchmarks/import", Need.COUNCIL_STATISTICS_IMPORTER),
            rule(READ, "/api/(benchmarks|metrics)(/.*)?", Need.ANY_CSIP_ROLE),
            rule(WRITE, "/api/(teams|staff|vacancies|caseloads|metrics)(/.*)?", Need.WORKFORCE_EDITOR),
            rule(READ, "/api/(teams|staff|vacancies|caseloads)(/.*)?", Need.WORKFORCE_READER));

    private ApiRights() {
    }

    /** Whether the caller may make this request; an API path no rule names is refused. */
    public static boolean allows(Rights caller, String method, String path) {
        String normalised = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return RULES.stream().filter(rule -> rule.matches(method, normalised)).findFirst()
                .map(rule -> rule.need().allows(caller)).orElse(false);
    }

    private static Rule rule(Set<String> methods, String path, Need need) {
        return new Rule(methods, Pattern.compile(path), need);
    }
}
