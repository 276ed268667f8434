package org.csip.actionplan.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.csip.actionplan.board.Attendance;
import org.csip.actionplan.board.BoardMeetingView;
import org.csip.actionplan.board.Decision;

/** Payload of {@code csip.board-meeting.recorded.v1}: a board meeting, its attendance by agency and its decisions. */
public record BoardMeetingRecorded(UUID meetingId, UUID planId, String laCode, LocalDate meetingDate, String chair,
                                   Attendance attendance, List<UUID> actionsReviewed, List<Decision> decisions) {

    public static BoardMeetingRecorded of(BoardMeetingView meeting) {
        return new BoardMeetingRecorded(meeting.id(), meeting.planId(), meeting.laCode(), meeting.meetingDate(),
                meeting.chair(), meeting.attendance(), meeting.actionsReviewed(), meeting.decisions());
    }
}
