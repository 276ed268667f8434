package org.csip.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.csip.common.register.LocalAuthorityRegister;
import org.csip.common.security.Agency;
import org.junit.jupiter.api.Test;

/** The police lead's "My actions": what it asks the services for, counted, against recorded answers. */
class DashboardDataTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The action-plan-service's answers for a plan with {@code actions} open police actions. */
    static RecordedServices planWith(int actions) {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < actions; i++) {
            body.append(i == 0 ? "" : ",").append("""
                    {"id": "a%d", "title": "Action %d", "leadAgency": "POLICE", "owner": "DCI",
                     "dueDate": "2030-01-%02d", "status": "IN_PROGRESS", "rag": "AMBER", "overdue": false}
                    """.formatted(i, i, i % 28 + 1));
        }
        return new RecordedServices(404)
                .answer("/api/actions?size=500&planId=p1&leadAgency=POLICE", body.append("]").toString())
                .answer("/api/plans/p1/last-reports", "[{\"actionId\": \"a1\", \"reportedOn\": \"2026-11-02\"}]");
    }

    @Test
    void myActionsAsksTheSameFewQuestionsHoweverManyActionsAreOpen() throws Exception {
        Viewer police = new Viewer("Police lead", Optional.of(Agency.POLICE), Set.of("342"), Set.of("action-owner", "viewer"),
                "Bearer t");
        JsonNode plan = JSON.readTree("{\"id\": \"p1\"}");
        List<Integer> callsFor = new ArrayList<>();
        for (int open : new int[] {3, 30, 300}) {
            RecordedServices upstream = planWith(open);
            Sections.MyActions mine = new DashboardData(upstream, JSON, new LocalAuthorityRegister()).myActions(police, Optional.of(plan));
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

    @Test
    void aForcesCouncilsAreCountedFromOneCallMostOverdueFirst() {
        RecordedServices upstream = new RecordedServices(404).answer("/api/actions?size=500&leadAgency=POLICE", """
                [{"id": "s1", "laCode": "342", "status": "IN_PROGRESS", "overdue": false, "rag": "GREEN"},
                 {"id": "s2", "laCode": "342", "status": "COMPLETED", "overdue": false},
                 {"id": "w1", "laCode": "344", "status": "IN_PROGRESS", "overdue": true, "rag": "AMBER"},
                 {"id": "w2", "laCode": "344", "status": "NOT_STARTED", "overdue": true}]""");
        Viewer police = new Viewer("Police lead", Optional.of(Agency.POLICE), Set.of("342", "344", "340"),
                Set.of("action-owner", "viewer"), "Bearer t").viewing("344", "342");
        List<Sections.CouncilRow> rows = new DashboardData(upstream, JSON, new LocalAuthorityRegister())
                .acrossCouncils(police);
        assertThat(rows).extracting(Sections.CouncilRow::laCode).containsExactly("344", "340", "342");
        assertThat(rows.get(0)).isEqualTo(new Sections.CouncilRow("344", "Wirral", 2, 2, 1, 0, true));
        assertThat(rows.get(2)).isEqualTo(new Sections.CouncilRow("342", "St. Helens", 1, 0, 0, 1, false));
        assertThat(upstream.calls).hasSize(1);
        // A council's own people cover one council: no breakdown, no call.
        Viewer council = new Viewer("Director", Optional.of(Agency.COUNCIL), Set.of("342"), Set.of("viewer"), "Bearer t");
        assertThat(new DashboardData(upstream, JSON, new LocalAuthorityRegister()).acrossCouncils(council)).isEmpty();
        assertThat(upstream.calls).hasSize(1);
    }

    @Test
    void theCouncilShownIsOneTheViewerCoversNeverAnotherAsked() {
        Viewer police = new Viewer("Police lead", Optional.of(Agency.POLICE), Set.of("344", "340"),
                Set.of("viewer"), "Bearer t");
        assertThat(police.viewing("344", "342").viewing()).isEqualTo("344");
        assertThat(police.viewing("876", "342").viewing()).isEqualTo("340");
        assertThat(police.viewing(null, "344").viewing()).isEqualTo("344");
        assertThat(new Viewer("Nobody", Optional.empty(), Set.of(), Set.of("viewer"), "Bearer t").viewing("342", "342")
                .viewing()).isNull();
    }

    @Test
    void thePoliceSeeTheFindingsAddressedToThemOrThePartnershipUnansweredFirstAndAnOverseerNoSuchList() {
        RecordedServices upstream = new RecordedServices(404).answer(
                "/api/findings?laCode=344&addressedTo=POLICE,PARTNERSHIP", """
                [{"inspectionType": "JTAI", "kind": "AREA_FOR_IMPROVEMENT", "text": "Strategy discussions.",
                  "addressedTo": ["POLICE", "HEALTH"], "covered": true,
                  "actions": [{"title": "Daily strategy meeting", "leadAgency": "POLICE"}]},
                 {"inspectionType": "JTAI", "kind": "PRIORITY_ACTION", "text": "Partnership oversight.",
                  "addressedTo": ["PARTNERSHIP"], "covered": false, "actions": []}]""");
        Viewer police = new Viewer("Police lead", Optional.of(Agency.POLICE), Set.of("342", "344"),
                Set.of("viewer"), "Bearer t").viewing("344", "342");
        Sections.Findings findings = new DashboardData(upstream, JSON, new LocalAuthorityRegister()).findings(police);
        assertThat(findings.unanswered()).isEqualTo(1);
        assertThat(findings.rows()).extracting(Sections.FindingRow::text)
                .containsExactly("Partnership oversight.", "Strategy discussions.");
        assertThat(findings.rows().get(1).addressedTo()).isEqualTo("the police, health");
        assertThat(findings.rows().get(1).answeredBy()).containsExactly("Daily strategy meeting (Police)");
        assertThat(upstream.calls).containsExactly("action-plan /api/findings?laCode=344&addressedTo=POLICE,PARTNERSHIP");

        Viewer adviser = new Viewer("Adviser", Optional.empty(), Set.of("342", "344"), Set.of("improvement-adviser"),
                "Bearer t");
        assertThat(new DashboardData(new RecordedServices(404), JSON, new LocalAuthorityRegister()).findings(adviser))
                .isNull();
    }

    @Test
    void theDeadlinesSayWhoseTheyAreAndTheDaysLeftInWords() {
        RecordedServices upstream = new RecordedServices(404).answer("/api/deadlines?open=true&laCode=342", """
                [{"title": "Action plan to Ofsted after an inadequate judgement", "owner": "COUNCIL", "status": "MISSED",
                  "dueDate": "2020-02-13", "daysLeft": -3, "workingDaysLeft": -1, "basis": "70 working days after publication"},
                 {"title": "Written statement", "owner": "PARTNERSHIP", "status": "DUE", "dueDate": "2026-05-29",
                  "daysLeft": 12, "workingDaysLeft": 9, "basis": "the date the report sets"},
                 {"title": "Re-inspection", "owner": "OFSTED", "status": "EXPECTED", "dueDate": "2031-01-01",
                  "daysLeft": 1, "workingDaysLeft": null, "basis": "18 months"},
                 {"title": "Draft plan", "owner": "COUNCIL", "status": "MISSED", "dueDate": "2018-09-10",
                  "daysLeft": -3007, "workingDaysLeft": -2100, "basis": "20 working days"}]""");
        Viewer council = new Viewer("Director", Optional.of(Agency.COUNCIL), Set.of("342"), Set.of("plan-editor"),
                "Bearer t").viewing(null, "342");
        Sections.Deadlines deadlines = new DashboardData(upstream, JSON, new LocalAuthorityRegister()).deadlines(council);
        assertThat(deadlines.rows()).extracting(Sections.DeadlineRow::owner)
                .containsExactly("The council", "The partnership", "Ofsted");
        assertThat(deadlines.rows()).extracting(Sections.DeadlineRow::when)
                .containsExactly("3 days ago (1 working day)", "in 12 days (9 working days)", "in 1 day");
        assertThat(deadlines.rows()).extracting(Sections.DeadlineRow::late).containsExactly(true, false, false);
        assertThat(deadlines.rows()).extracting(Sections.DeadlineRow::status).containsExactly("Missed", "Due", "Expected");
        // Passed years ago with nothing recorded: counted, not listed among what is due.
        assertThat(deadlines.olderNotMet()).isEqualTo(1);
    }
}
