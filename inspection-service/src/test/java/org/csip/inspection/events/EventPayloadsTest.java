package org.csip.inspection.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.csip.inspection.finding.FindingRecorded;
import org.csip.inspection.inspection.InspectionChanged;
import org.csip.inspection.intervention.InterventionChanged;
import org.csip.inspection.intervention.ReviewDue;
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
        for (String type : new String[] {EventTypes.INSPECTION_NOTIFIED, EventTypes.INSPECTION_UPDATED,
                EventTypes.INSPECTION_STARTED, EventTypes.INSPECTION_PUBLISHED, EventTypes.INSPECTION_WITHDRAWN}) {
            PAYLOADS.put(type, InspectionChanged.class);
        }
        PAYLOADS.put(EventTypes.FINDING_RECORDED, FindingRecorded.class);
        for (String type : new String[] {EventTypes.INTERVENTION_STARTED, EventTypes.INTERVENTION_REVIEWED,
                EventTypes.INTERVENTION_ENDED}) {
            PAYLOADS.put(type, InterventionChanged.class);
        }
        PAYLOADS.put(EventTypes.INTERVENTION_REVIEW_DUE, ReviewDue.class);
    }

    @Inject
    ObjectMapper mapper;

    @Test
    void everyPublishedTypeHasItsOwnPayloadWrittenAsRecordedAndDocumented() {
        PayloadExamples.assertPublished(mapper, PAYLOADS, EventTypes.ALL);
    }
}
