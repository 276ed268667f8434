package org.csip.actionplan.action;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.csip.common.security.Agency;

/** A progress update as the API shows it. */
public record ProgressUpdateView(UUID id, UUID actionId, LocalDate reportedOn, OffsetDateTime reportedAt,
                                 Agency reporterAgency, Rag rag, String narrative, Integer percentComplete,
                                 ActionStatus statusAfter, List<EvidenceLink> evidence) {

    public static ProgressUpdateView of(ProgressUpdate update) {
        return new ProgressUpdateView(update.id, update.actionId, update.reportedOn, update.reportedAt,
                update.reporterAgency, update.rag, update.narrative, update.percentComplete, update.statusAfter,
                List.copyOf(update.evidence));
    }
}
