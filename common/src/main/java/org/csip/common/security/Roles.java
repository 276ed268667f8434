package org.csip.common.security;

/** Realm role names of docs/architecture.md §5, as constants so {@code @RolesAllowed} cannot misspell them. */
public final class Roles {
    public static final String VIEWER = "viewer";
    public static final String ACTION_OWNER = "action-owner";
    public static final String PLAN_EDITOR = "plan-editor";
    public static final String INSPECTION_EDITOR = "inspection-editor";
    public static final String WORKFORCE_EDITOR = "workforce-editor";
    public static final String BOARD_MEMBER = "board-member";
    public static final String IMPROVEMENT_ADVISER = "improvement-adviser";

    /** Derived role (not in Keycloak) given to every holder of one of {@link #READERS}. */
    public static final String READER = "csip-reader";

    /** The realm roles that may read inspections, plans and reports (workforce-editor alone may not). */
    public static final String[] READERS = {
        VIEWER, ACTION_OWNER, PLAN_EDITOR, INSPECTION_EDITOR, BOARD_MEMBER, IMPROVEMENT_ADVISER
    };

    private Roles() {
    }
}
