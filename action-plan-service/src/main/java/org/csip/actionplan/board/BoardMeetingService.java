package org.csip.actionplan.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.csip.actionplan.action.Action;
import org.csip.actionplan.events.EventTypes;
import org.csip.actionplan.plan.Plan;
import org.csip.common.problem.ProblemException;
import org.csip.common.security.Caller;
import org.csip.messaging.outbox.DomainEvent;
import org.csip.messaging.outbox.Outbox;

/** Records improvement board meetings: board members (and the council's plan editors) keep the minutes' facts. */
@ApplicationScoped
public class BoardMeetingService {
    private final Outbox outbox;
    private final Caller caller;
    private final Clock clock;

    public BoardMeetingService(Outbox outbox, Caller caller, Clock clock) {
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public BoardMeetingView record(NewBoardMeeting request) {
        caller.require(caller.rights().recordsBoardMeetings(),
                "Only board members or the council's plan editors record board meetings");
        Plan plan = Plan.findById(request.planId());
        if (plan == null) {
            throw ProblemException.invalidField("planId", "is not a plan");
        }
        caller.requireCovers(plan.laCode, "planId");
        if (request.meetingDate().isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidField("meetingDate", "is in the future: record a meeting once it is held");
        }
        if (BoardMeeting.count("planId = ?1 and meetingDate = ?2", plan.id, request.meetingDate()) > 0) {
            throw ProblemException.conflict("A board meeting on " + request.meetingDate() + " is already recorded for plan "
                    + plan.id);
        }
        requireActionsOf(plan, request.actionsReviewedOrEmpty(), i -> "actionsReviewed[" + i + "]");
        List<UUID> decided = request.decisionsOrEmpty().stream().map(Decision::actionId).toList();
        requireActionsOf(plan, decided, i -> "decisions[" + i + "].actionId");
        BoardMeeting meeting = new BoardMeeting();
        meeting.id = UUID.randomUUID();
        meeting.planId = plan.id;
        meeting.laCode = plan.laCode;
        meeting.meetingDate = request.meetingDate();
        meeting.chair = request.chair().strip();
        meeting.attendance = request.attendance();
        meeting.notes = request.notes();
        meeting.actionsReviewed.addAll(request.actionsReviewedOrEmpty());
        meeting.decisions.addAll(request.decisionsOrEmpty());
        meeting.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        meeting.recordedBy = caller.reference();
        meeting.persist();
        outbox.append(new DomainEvent(EventTypes.BOARD_MEETING_RECORDED, "board-meeting", meeting.id.toString(),
                meeting.laCode, null, BoardMeetingRecorded.of(meeting)));
        return BoardMeetingView.of(meeting);
    }

    public BoardMeetingView get(UUID id) {
        BoardMeeting meeting = ProblemException.found(BoardMeeting.<BoardMeeting>findById(id), "No board meeting " + id);
        caller.requireCovers(meeting.laCode, "Board meeting " + id);
        return BoardMeetingView.of(meeting);
    }

    /** Meetings of a plan (or of every plan of the caller's councils), most recent first. */
    public List<BoardMeetingView> list(UUID planId) {
        if (planId != null) {
            Plan plan = Plan.findById(planId);
            if (plan != null) {
                caller.requireCovers(plan.laCode, "Plan " + planId);
            }
        }
        List<BoardMeeting> meetings = planId == null
                ? BoardMeeting.list("laCode in ?1 order by meetingDate desc", caller.councils())
                : BoardMeeting.list("planId = ?1 order by meetingDate desc", planId);
        return meetings.stream().map(BoardMeetingView::of).toList();
    }

    private static void requireActionsOf(Plan plan, List<UUID> actionIds, java.util.function.IntFunction<String> field) {
        for (int i = 0; i < actionIds.size(); i++) {
            UUID id = actionIds.get(i);
            if (id == null) {
                continue;
            }
            Action action = Action.findById(id);
            if (action == null || !action.planId.equals(plan.id)) {
                throw ProblemException.invalidField(field.apply(i), "is not an action of plan " + plan.id);
            }
        }
    }
}
