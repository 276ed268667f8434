package org.csip.actionplan.board;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code csip.board-meeting.recorded.v1}: a board meeting, its attendance by agency and its decisions —
 * its own shape, so changing what the API takes or shows never changes what partners consume.
 */
public record BoardMeetingRecorded(UUID meetingId, UUID planId, String laCode, LocalDate meetingDate, String chair,
                                   Attendees attendance, List<UUID> actionsReviewed, List<BoardDecision> decisions) {

    /** Who came, by agency, as events carry it. */
    public record Attendees(Integer council, Integer police, Integer health, Integer others) {
    }

    /** A decision of the board as events carry it. */
    public record BoardDecision(String text, String owner, LocalDate dueDate, UUID actionId) {
    }

    static BoardMeetingRecorded of(BoardMeeting meeting) {
        Attendance attended = meeting.attendance;
        return new BoardMeetingRecorded(meeting.id, meeting.planId, meeting.laCode, meeting.meetingDate, meeting.chair,
                attended == null ? null
                        : new Attendees(attended.council(), attended.police(), attended.health(), attended.others()),
                List.copyOf(meeting.actionsReviewed), meeting.decisions.stream()
                        .map(d -> new BoardDecision(d.text(), d.owner(), d.dueDate(), d.actionId())).toList());
    }
}
