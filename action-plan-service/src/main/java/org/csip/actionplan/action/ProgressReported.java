package org.csip.actionplan.action;

import java.time.LocalDate;
import java.util.UUID;
import org.csip.common.security.Agency;

/** Payload of {@code csip.action.progress-reported.v1}: a lead agency reported progress (RAG moves show here). */
public record ProgressReported(UUID updateId, UUID actionId, UUID planId, String laCode, Agency leadAgency,
                               LocalDate reportedOn, Rag rag, Rag previousRag, Integer percentComplete,
                               ActionStatus status, int evidenceCount, String narrative) {
}
