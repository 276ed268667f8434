package org.csip.workforce.staff;

/** Why someone left; {@code OTHER} with a note for anything else. */
public enum LeaveReason {
    RESIGNATION, RETIREMENT, END_OF_CONTRACT, REDUNDANCY, DISMISSAL, MOVED_TO_ANOTHER_COUNCIL, OTHER
}
