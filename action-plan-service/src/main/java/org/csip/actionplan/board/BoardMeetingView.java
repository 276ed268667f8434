package org.csip.actionplan.board;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A board meeting as the API (and its event) shows it. */
public record BoardMeetingView(UUID id, UUID planId, String laCode, LocalDate meetingDate, String chair,
                               Attendance attendance, String notes, List<UUID> actionsReviewed,
                               List<Decision> decisions) {

    public static BoardMeetingView of(BoardMeeting meeting) {
        return new BoardMeetingView(meeting.id, meeting.planId, meeting.laCode, meeting.meetingDate, meeting.chair,
                meeting.attendance, meeting.notes, List.copyOf(meeting.actionsReviewed), List.copyOf(meeting.decisions));
    }
}
