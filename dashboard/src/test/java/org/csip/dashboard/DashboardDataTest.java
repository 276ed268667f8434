package org.csip.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.csip.common.security.Agency;
import org.junit.jupiter.api.Test;

/** The police lead's "My actions": what it asks the services for, counted, against recorded answers. */
class DashboardDataTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The action-plan-service's answers, recorded; every call the dashboard makes is counted. */
    static final class RecordedUpstream implements ServiceCalls {
        final List<String> calls = new ArrayList<>();
        private final int actions;

        RecordedUpstream(int actions) {
            this.actions = actions;
        }

        @Override
        public Answer get(String service, String pathAndQuery, String authorization) {
            calls.add(service + " " + pathAndQuery);
            StringBuilder body = new StringBuilder("[");
            if (pathAndQuery.startsWith("/api/actions?")) {
                for (int i = 0; i < actions; i++) {
                    body.append(i == 0 ? "" : ",").append("""
                            {"id": "a%d", "title": "Action %d", "leadAgency": "POLICE", "owner": "DCI",
                             "dueDate": "2030-01-%02d", "status": "IN_PROGRESS", "rag": "AMBER", "overdue": false}
                            """.formatted(i, i, i % 28 + 1));
                }
            } else if (pathAndQuery.endsWith("/last-reports")) {
                body.append("{\"actionId\": \"a1\", \"reportedOn\": \"2026-11-02\"}");
            }
            return new Answer(200, body.append("]").toString(), Optional.empty(), Optional.of("application/json"));
        }

        @Override
        public Answer post(String service, String path, String body, String authorization) {
            throw new AssertionError("My actions only reads");
        }

        @Override
        public Download download(String service, String pathAndQuery, String accept, String authorization) {
            throw new AssertionError("My actions only reads");
        }
    }

    @Test
    void myActionsAsksTheSameFewQuestionsHoweverManyActionsAreOpen() throws Exception {
        Viewer police = new Viewer("Police lead", Optional.of(Agency.POLICE), Set.of("action-owner", "viewer"),
                "Bearer t");
        JsonNode plan = JSON.readTree("{\"id\": \"p1\"}");
        List<Integer> callsFor = new ArrayList<>();
        for (int open : new int[] {3, 30, 300}) {
            RecordedUpstream upstream = new RecordedUpstream(open);
            Sections.MyActions mine = new DashboardData(upstream, JSON, "342").myActions(police, Optional.of(plan));
            assertThat(mine.rows()).hasSize(open);
            assertThat(mine.rows()).filteredOn(row -> row.id().equals("a1")).singleElement()
                    .extracting(Sections.ActionRow::lastUpdate).isEqualTo("2026-11-02");
            assertThat(mine.rows()).filteredOn(row -> row.id().equals("a0")).singleElement()
                    .extracting(Sections.ActionRow::lastUpdate).isNull();
            callsFor.add(upstream.calls.size());
            assertThat(upstream.calls).containsExactly(
                    "action-plan /api/actions?size=500&planId=p1&leadAgency=POLICE",
                    "action-plan /api/plans/p1/last-reports");
        }
        assertThat(callsFor).containsOnly(2);
    }
}
