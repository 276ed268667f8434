package org.csip.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * docs/architecture.md §5 as a table: every agency (and none) × every realm role (and none) × every right, each
 * expected answer written out by hand from the table, so a change to a rule changes this table too.
 */
class RightsTest {
    private static final List<Optional<Agency>> AGENCIES = List.of(Optional.of(Agency.COUNCIL),
            Optional.of(Agency.POLICE), Optional.of(Agency.HEALTH), Optional.empty());
    private static final List<String> ROLES = List.of("", Roles.VIEWER, Roles.ACTION_OWNER, Roles.PLAN_EDITOR,
            Roles.INSPECTION_EDITOR, Roles.WORKFORCE_EDITOR, Roles.BOARD_MEMBER, Roles.IMPROVEMENT_ADVISER);

    /** For each right, who holds it: "agency:role" with agency council/police/health/none, or "*:role" for any. */
    private static final Map<String, Predicate<Rights>> RIGHTS = new LinkedHashMap<>();
    private static final Map<String, Set<String>> HOLDERS = new LinkedHashMap<>();

    static {
        right("any CSIP role", Rights::anyCsipRole, "*:viewer", "*:action-owner", "*:plan-editor",
                "*:inspection-editor", "*:workforce-editor", "*:board-member", "*:improvement-adviser");
        right("reads the record", Rights::readsTheRecord, "*:viewer", "*:action-owner", "*:plan-editor",
                "*:inspection-editor", "*:board-member", "*:improvement-adviser");
        right("records inspections", Rights::recordsInspections, "council:inspection-editor");
        right("edits plans", Rights::editsPlans, "council:plan-editor");
        right("reports progress on a police action", r -> r.reportsProgressOn(Agency.POLICE),
                "council:plan-editor", "police:action-owner");
        right("reports progress on a council action", r -> r.reportsProgressOn(Agency.COUNCIL),
                "council:plan-editor", "council:action-owner");
        right("reports progress on some action", Rights::reportsProgress, "council:plan-editor",
                "council:action-owner", "police:action-owner", "health:action-owner");
        right("records board meetings", Rights::recordsBoardMeetings, "council:plan-editor", "*:board-member");
        right("keeps the health workforce", r -> r.keepsWorkforceOf(Agency.HEALTH), "health:workforce-editor");
        right("keeps some workforce", Rights::keepsWorkforce, "council:workforce-editor",
                "police:workforce-editor", "health:workforce-editor");
        right("reads every agency's workforce", Rights::readsEveryAgencysWorkforce, "council:plan-editor");
        right("reads the police workforce", r -> r.readsWorkforceOf(Agency.POLICE), "council:plan-editor",
                "police:viewer", "police:workforce-editor", "police:plan-editor");
        right("reads some workforce", Rights::readsWorkforce, "council:viewer", "council:workforce-editor",
                "council:plan-editor", "police:viewer", "police:workforce-editor", "police:plan-editor",
                "health:viewer", "health:workforce-editor", "health:plan-editor");
        right("imports statistics", Rights::importsStatistics, "council:workforce-editor", "council:plan-editor");
    }

    private static void right(String name, Predicate<Rights> right, String... holders) {
        RIGHTS.put(name, right);
        HOLDERS.put(name, Set.of(holders));
    }

    @Test
    void everyCallerHoldsExactlyTheRightsTheTableGives() {
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (Optional<Agency> agency : AGENCIES) {
            for (String role : ROLES) {
                Rights rights = new Rights(role.isEmpty() ? Set.of() : Set.of(role), agency);
                String who = agency.map(Agency::alias).orElse("none") + ":" + role;
                for (Map.Entry<String, Predicate<Rights>> right : RIGHTS.entrySet()) {
                    cases++;
                    Set<String> holders = HOLDERS.get(right.getKey());
                    boolean expected = !role.isEmpty() && (holders.contains(who) || holders.contains("*:" + role));
                    if (right.getValue().test(rights) != expected) {
                        wrong.add(who + " " + right.getKey() + ": expected " + expected);
                    }
                }
            }
        }
        assertEquals(AGENCIES.size() * ROLES.size() * RIGHTS.size(), cases);
        assertEquals(List.of(), wrong);
    }

    @Test
    void rightsAddUpAcrossRolesAndDashboardsFollowTheirOwnAgencyUnlessCouncilOrOverseer() {
        Rights director = new Rights(Set.of(Roles.PLAN_EDITOR, Roles.INSPECTION_EDITOR, Roles.VIEWER),
                Optional.of(Agency.COUNCIL));
        assertTrue(director.recordsInspections() && director.editsPlans() && director.reportsProgressOn(Agency.HEALTH));
        assertFalse(director.keepsWorkforce());
        assertTrue(director.followsEveryAgency());
        assertTrue(new Rights(Set.of(Roles.IMPROVEMENT_ADVISER), Optional.empty()).followsEveryAgency());
        assertFalse(new Rights(Set.of(Roles.ACTION_OWNER), Optional.of(Agency.POLICE)).followsEveryAgency());
    }

    @Test
    void aRightInACouncilNeedsTheRightAndTheCouncil() {
        Rights stHelensDirector = new Rights(Set.of(Roles.PLAN_EDITOR, Roles.INSPECTION_EDITOR, Roles.VIEWER),
                Optional.of(Agency.COUNCIL), Set.of("342"));
        assertTrue(stHelensDirector.editsPlansIn("342") && stHelensDirector.recordsInspectionsIn("342"));
        assertFalse(stHelensDirector.editsPlansIn("340") || stHelensDirector.recordsInspectionsIn("344"));
        assertFalse(stHelensDirector.readsTheRecordIn("340") || stHelensDirector.editsPlansIn(null));
        assertTrue(stHelensDirector.reportsProgressOn(Agency.POLICE, "342"));
        assertFalse(stHelensDirector.reportsProgressOn(Agency.POLICE, "340"));

        Rights forceOwner = new Rights(Set.of(Roles.ACTION_OWNER), Optional.of(Agency.POLICE),
                Set.of("340", "341", "342", "343", "344"));
        assertTrue(forceOwner.reportsProgressOn(Agency.POLICE, "340") && forceOwner.readsTheRecordIn("344"));
        assertFalse(forceOwner.reportsProgressOn(Agency.HEALTH, "340"), "another agency's action");
        assertFalse(forceOwner.reportsProgressOn(Agency.POLICE, "876"), "a council outside the force's area");
        assertFalse(forceOwner.editsPlansIn("340"), "a force never edits a council's plan");

        Rights chair = new Rights(Set.of(Roles.BOARD_MEMBER), Optional.empty(), Set.of("342"));
        assertTrue(chair.recordsBoardMeetingsIn("342"));
        assertFalse(chair.recordsBoardMeetingsIn("340"));
        Rights nobody = new Rights(Set.of(Roles.VIEWER), Optional.of(Agency.HEALTH));
        assertFalse(nobody.readsTheRecordIn("342"), "a caller covering no council reads none");
    }
}
