package org.csip.common.security;

import java.util.Optional;
import java.util.Set;

/**
 * docs/architecture.md §5, each right stated once: what a caller with these realm roles, speaking for this agency
 * (none for an overseer), in the councils its organisation covers or it oversees, may do. The gateway's route table,
 * the services' checks, the workforce scoping and the dashboard all ask here; {@code RightsTest} holds the whole matrix.
 * A right without a council says whether the caller may do it somewhere; with one ({@code …In(laCode)}), there.
 */
public record Rights(Set<String> roles, Optional<Agency> agency, Set<String> councils) {

    public Rights {
        roles = Set.copyOf(roles);
        councils = Set.copyOf(councils);
    }

    /** Rights of a caller who covers no council: what their roles allow somewhere (the gateway's route table). */
    public Rights(Set<String> roles, Optional<Agency> agency) {
        this(roles, agency, Set.of());
    }

    /** The rights a token's tenancy and roles give. */
    public static Rights of(Set<String> roles, Tenancy tenancy) {
        return new Rights(roles, tenancy.agency(), tenancy.councils());
    }

    /** Whether {@code laCode} is a council this caller's organisation covers, or one it oversees. */
    public boolean covers(String laCode) {
        return laCode != null && councils.contains(laCode);
    }

    /** Reads {@code laCode}'s inspections, plans, actions, board meetings and reports. */
    public boolean readsTheRecordIn(String laCode) {
        return readsTheRecord() && covers(laCode);
    }

    /** Records inspections, findings, interventions and imports for {@code laCode}: that council's inspection editors. */
    public boolean recordsInspectionsIn(String laCode) {
        return recordsInspections() && covers(laCode);
    }

    /** Changes {@code laCode}'s plans, themes, actions and measures: that council's plan editors. */
    public boolean editsPlansIn(String laCode) {
        return editsPlans() && covers(laCode);
    }

    /** Reports progress on an action in {@code laCode} led by {@code leadAgency}: a covering agency's action owners. */
    public boolean reportsProgressOn(Agency leadAgency, String laCode) {
        return reportsProgressOn(leadAgency) && covers(laCode);
    }

    /** Records {@code laCode}'s improvement board meetings: board members overseeing it, its council's plan editors. */
    public boolean recordsBoardMeetingsIn(String laCode) {
        return recordsBoardMeetings() && covers(laCode);
    }

    /** Holds any CSIP role at all: a token with none reads nothing. */
    public boolean anyCsipRole() {
        return readsTheRecord() || has(Roles.WORKFORCE_EDITOR);
    }

    /** Reads inspections, plans, actions, board meetings and reports (a workforce editor alone does not). */
    public boolean readsTheRecord() {
        for (String role : Roles.READERS) {
            if (has(role)) {
                return true;
            }
        }
        return false;
    }

    /** Speaks for the council. */
    public boolean council() {
        return agency.filter(Agency.COUNCIL::equals).isPresent();
    }

    /** Records inspections, findings, interventions and report imports: the council's inspection editors. */
    public boolean recordsInspections() {
        return council() && has(Roles.INSPECTION_EDITOR);
    }

    /** Records inspections of its own force (HMICFRS's child protection inspection) and their findings. */
    public boolean recordsForceInspections() {
        return agency.filter(Agency.POLICE::equals).isPresent() && has(Roles.INSPECTION_EDITOR);
    }

    /**
     * Records inspections of this kind's subject: a council's or its area's partnership's (the council's inspection
     * editors), a force's (the force's).
     */
    public boolean recordsInspectionsOf(org.csip.common.inspection.Inspected subject) {
        return subject.recordedBy() == Agency.POLICE ? recordsForceInspections() : recordsInspections();
    }

    /** Records some inspection: the council's or a force's inspection editors (which kind is the service's check). */
    public boolean recordsSomeInspections() {
        return recordsInspections() || recordsForceInspections();
    }

    /** Changes plans, themes, actions and measures, for any lead agency: the council's plan editors. */
    public boolean editsPlans() {
        return council() && has(Roles.PLAN_EDITOR);
    }

    /** Reports progress on (and completes) an action led by {@code leadAgency}: its action owners, or plan editors. */
    public boolean reportsProgressOn(Agency leadAgency) {
        return editsPlans() || (has(Roles.ACTION_OWNER) && agency.filter(leadAgency::equals).isPresent());
    }

    /** Reports progress on some action (which one is the service's check, knowing the lead agency). */
    public boolean reportsProgress() {
        return agency.map(this::reportsProgressOn).orElse(false);
    }

    /** Records improvement board meetings and decisions: board members, and the council's plan editors. */
    public boolean recordsBoardMeetings() {
        return has(Roles.BOARD_MEMBER) || editsPlans();
    }

    /** Keeps {@code owner}'s teams, staff, vacancies and caseloads: that agency's workforce editors. */
    public boolean keepsWorkforceOf(Agency owner) {
        return has(Roles.WORKFORCE_EDITOR) && agency.filter(owner::equals).isPresent();
    }

    /** Keeps some agency's workforce records (which one is the service's check, knowing the record). */
    public boolean keepsWorkforce() {
        return agency.map(this::keepsWorkforceOf).orElse(false);
    }

    /** Reads every agency's workforce detail: the council's plan editors. */
    public boolean readsEveryAgencysWorkforce() {
        return editsPlans();
    }

    /** Reads {@code owner}'s workforce detail: its own viewers, workforce and plan editors; the council's plan editors. */
    public boolean readsWorkforceOf(Agency owner) {
        return readsEveryAgencysWorkforce() || (agency.filter(owner::equals).isPresent()
                && (has(Roles.VIEWER) || has(Roles.WORKFORCE_EDITOR) || has(Roles.PLAN_EDITOR)));
    }

    /** Reads some agency's workforce detail (which one is the service's scoping). */
    public boolean readsWorkforce() {
        return agency.map(this::readsWorkforceOf).orElse(false);
    }

    /** Imports DfE statistics files: the council's workforce and plan editors. */
    public boolean importsStatistics() {
        return council() && (has(Roles.WORKFORCE_EDITOR) || has(Roles.PLAN_EDITOR));
    }

    /** Follows every agency's actions on the dashboard: council staff and overseers; a partner follows its own. */
    public boolean followsEveryAgency() {
        return council() || agency.isEmpty();
    }

    public boolean has(String role) {
        return roles.contains(role);
    }
}
