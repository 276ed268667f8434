package org.csip.workforce.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.csip.testing.PayloadExamples;
import org.csip.workforce.caseload.CaseloadRecorded;
import org.csip.workforce.metrics.MetricsSnapshot;
import org.csip.workforce.staff.StaffChanged;
import org.csip.workforce.vacancy.VacancyChanged;
import org.junit.jupiter.api.Test;

/**
 * Every type this service publishes has its own payload record, written exactly as its recorded v1 example, and a
 * section of docs/events.md whose example shows that record's fields.
 */
@QuarkusTest
class EventPayloadsTest {
    static final Map<String, Class<? extends Record>> PAYLOADS = new LinkedHashMap<>();

    static {
        PAYLOADS.put(EventTypes.VACANCY_OPENED, VacancyChanged.class);
        PAYLOADS.put(EventTypes.VACANCY_FILLED, VacancyChanged.class);
        PAYLOADS.put(EventTypes.STAFF_JOINED, StaffChanged.class);
        PAYLOADS.put(EventTypes.STAFF_LEFT, StaffChanged.class);
        PAYLOADS.put(EventTypes.CASELOAD_RECORDED, CaseloadRecorded.class);
        PAYLOADS.put(EventTypes.CASELOAD_THRESHOLD_BREACHED, CaseloadRecorded.class);
        PAYLOADS.put(EventTypes.METRICS_SNAPSHOT, MetricsSnapshot.class);
    }

    @Inject
    ObjectMapper mapper;

    @Test
    void everyPublishedTypeHasItsOwnPayloadWrittenAsRecordedAndDocumented() {
        PayloadExamples.assertPublished(mapper, PAYLOADS, EventTypes.ALL);
    }
}
