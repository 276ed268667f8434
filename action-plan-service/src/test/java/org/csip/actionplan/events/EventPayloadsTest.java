package org.csip.actionplan.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.csip.actionplan.action.ActionChanged;
import org.csip.actionplan.action.ActionOverdue;
import org.csip.actionplan.action.ProgressReported;
import org.csip.actionplan.board.BoardMeetingRecorded;
import org.csip.actionplan.measure.MeasureActualRecorded;
import org.csip.actionplan.plan.PlanChanged;
import org.csip.testing.PayloadExamples;
import org.junit.jupiter.api.Test;

/**
 * Every type this service publishes has its own payload record, written exactly as its recorded v1 example, and a
 * section of docs/events.md whose example shows that record's fields.
 */
@QuarkusTest
class EventPayloadsTest {
    static final Map<String, Class<? extends Record>> PAYLOADS = new LinkedHashMap<>();

    static {
        for (String type : new String[] {EventTypes.PLAN_CREATED, EventTypes.PLAN_UPDATED, EventTypes.PLAN_SUBMITTED,
                EventTypes.PLAN_ACCEPTED, EventTypes.PLAN_CLOSED}) {
            PAYLOADS.put(type, PlanChanged.class);
        }
        for (String type : new String[] {EventTypes.ACTION_CREATED, EventTypes.ACTION_UPDATED,
                EventTypes.ACTION_STATUS_CHANGED, EventTypes.ACTION_COMPLETED}) {
            PAYLOADS.put(type, ActionChanged.class);
        }
        PAYLOADS.put(EventTypes.ACTION_PROGRESS_REPORTED, ProgressReported.class);
        PAYLOADS.put(EventTypes.ACTION_OVERDUE, ActionOverdue.class);
        PAYLOADS.put(EventTypes.BOARD_MEETING_RECORDED, BoardMeetingRecorded.class);
        PAYLOADS.put(EventTypes.MEASURE_ACTUAL_RECORDED, MeasureActualRecorded.class);
        PAYLOADS.put(EventTypes.DEADLINE_APPROACHING, org.csip.actionplan.deadline.DeadlineNoticed.class);
        PAYLOADS.put(EventTypes.DEADLINE_MISSED, org.csip.actionplan.deadline.DeadlineNoticed.class);
    }

    @Inject
    ObjectMapper mapper;

    @Test
    void everyPublishedTypeHasItsOwnPayloadWrittenAsRecordedAndDocumented() {
        PayloadExamples.assertPublished(mapper, PAYLOADS, EventTypes.ALL);
    }
}
