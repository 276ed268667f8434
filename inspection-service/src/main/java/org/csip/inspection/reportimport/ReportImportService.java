package org.csip.inspection.reportimport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.csip.common.problem.ProblemException;
import org.csip.common.security.Caller;
import org.csip.inspection.finding.NewFinding;
import org.csip.inspection.inspection.Inspection;
import org.csip.inspection.inspection.InspectionService;
import org.csip.inspection.inspection.InspectionType;
import org.csip.inspection.inspection.InspectionView;
import org.csip.inspection.inspection.Judgement;
import org.csip.inspection.inspection.NewInspection;
import org.csip.inspection.inspection.PublishInspection;

/**
 * Importing an Ofsted report: the upload becomes a draft a person checks (nothing recorded yet); confirming it —
 * with their corrections — records the inspection, its judgements and findings in one transaction, with the same
 * events as recording them by hand.
 */
@ApplicationScoped
public class ReportImportService {
    private final OfstedReportParser parser;
    private final InspectionService inspections;
    private final Caller caller;
    private final ObjectMapper json;

    public ReportImportService(OfstedReportParser parser, InspectionService inspections, Caller caller,
                               ObjectMapper json) {
        this.parser = parser;
        this.inspections = inspections;
        this.caller = caller;
        this.json = json;
    }

    /** Reads the report into a stored draft; a file that cannot be read is refused (422) and nothing is kept. */
    @Transactional
    @WithSpan("ReportImportService.importReport")
    public ReportDraft importReport(String fileName, byte[] pdf) {
        requireImporter();
        String digest = sha256(pdf);
        ReportDraft draft = parser.read(pdf).withIdentity(UUID.randomUUID(), fileName, digest);
        draft = alreadyRecorded(draft);
        ReportImport row = new ReportImport();
        row.id = draft.draftId();
        row.fileName = fileName;
        row.sha256 = digest;
        row.laCode = draft.laCode();
        row.draft = write(draft);
        row.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        row.createdBy = caller.reference();
        row.persist();
        return draft;
    }

    public ReportDraft draft(UUID draftId) {
        requireImporter();
        return read(ReportImport.require(draftId));
    }

    /**
     * Records the inspection the draft describes, corrected by {@code edits}: notified (on its first on-site day
     * unless {@code notifiedDate} is given) and published with its judgements and findings, all or nothing.
     */
    @Transactional
    @WithSpan("ReportImportService.confirm")
    public InspectionView confirm(UUID draftId, ConfirmImport edits) {
        requireImporter();
        ReportImport row = ReportImport.lockedForConfirm(draftId);
        if (row.inspectionId != null) {
            throw ProblemException.conflict("Draft " + draftId + " was confirmed on " + row.confirmedAt.toLocalDate()
                    + " as inspection " + row.inspectionId + "; a report is recorded once");
        }
        ReportDraft draft = read(row);
        ConfirmImport e = edits == null ? ConfirmImport.asRead() : edits;
        String laCode = required(e.laCode(), draft.laCode(), "laCode");
        InspectionType type = required(e.type(), draft.type(), "type");
        LocalDate onSiteStart = required(e.onSiteStart(), draft.onSiteStart(), "onSiteStart");
        LocalDate onSiteEnd = required(e.onSiteEnd(), draft.onSiteEnd(), "onSiteEnd");
        LocalDate publishedDate = required(e.publishedDate(), draft.publishedDate(), "publishedDate");
        LocalDate notifiedDate = e.notifiedDate() != null ? e.notifiedDate() : onSiteStart;
        Inspection twin = Inspection.recordedAs(laCode, type, onSiteStart);
        if (twin != null) {
            throw ProblemException.conflict("The " + type + " inspection of " + laCode + " on site from " + onSiteStart
                    + " is already recorded as inspection " + twin.id);
        }
        InspectionView notified = inspections.recordNotification(new NewInspection(laCode, type, notifiedDate,
                onSiteStart, onSiteEnd, or(e.leadInspector(), draft.leadInspector()), or(e.theme(), draft.theme()),
                e.reportUrl(), e.inspectorates() != null ? e.inspectorates() : draft.inspectorates()));
        InspectionView published = inspections.publish(notified.id(), null, new PublishInspection(publishedDate, null,
                null, null, null, e.judgements() != null ? e.judgements() : judgements(draft),
                e.findings() != null ? e.findings() : findings(draft),
                e.responseDue() != null ? e.responseDue() : draft.responseDue()));
        row.inspectionId = published.id();
        row.confirmedAt = OffsetDateTime.now(ZoneOffset.UTC);
        row.confirmedBy = caller.reference();
        return published;
    }

    private void requireImporter() {
        caller.require(caller.rights().recordsInspections(), "Only the council may import inspection reports");
    }

    /** Flags a report whose inspection CSIP already holds, so a bulk re-run does not record it twice. */
    private static ReportDraft alreadyRecorded(ReportDraft draft) {
        ReportImport same = ReportImport.confirmedWithDigest(draft.sha256());
        if (same != null) {
            return draft.withFlag(new DraftFlag("file", DraftFlag.Severity.CHECK, "this file was imported and"
                    + " confirmed on " + same.confirmedAt.toLocalDate() + " as inspection " + same.inspectionId));
        }
        if (draft.laCode() != null && draft.type() != null && draft.onSiteStart() != null) {
            Inspection twin = Inspection.recordedAs(draft.laCode(), draft.type(), draft.onSiteStart());
            if (twin != null) {
                return draft.withFlag(new DraftFlag("onSiteStart", DraftFlag.Severity.CHECK, "CSIP already records"
                        + " this inspection (" + twin.status + ", inspection " + twin.id + "); confirming would be"
                        + " refused"));
            }
        }
        return draft;
    }

    private static List<Judgement> judgements(ReportDraft draft) {
        for (DraftJudgement judgement : draft.judgements()) {
            if (judgement.grade() == null) {
                throw ProblemException.invalidField("judgements", judgement.area() + " has no grade: the report's"
                        + " statements of it disagree (" + judgement.asPrinted() + "); give the judgements");
            }
        }
        return draft.judgements().stream().map(j -> new Judgement(j.area(), j.grade())).toList();
    }

    private static List<NewFinding> findings(ReportDraft draft) {
        return draft.findings().stream().map(f -> new NewFinding(f.kind(), f.area(), f.text(), f.addressedTo()))
                .toList();
    }

    private static <T> T required(T edited, T read, String field) {
        T value = edited != null ? edited : read;
        if (value == null) {
            throw ProblemException.invalidField(field, "was not read from the report; give it to confirm");
        }
        return value;
    }

    private static String or(String edited, String read) {
        return edited != null ? edited : read;
    }

    private ReportDraft read(ReportImport row) {
        try {
            return json.readValue(row.draft, ReportDraft.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Draft " + row.id + " is not readable", e);
        }
    }

    private String write(ReportDraft draft) {
        try {
            return json.writeValueAsString(draft);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store draft " + draft.draftId(), e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
