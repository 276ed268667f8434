package org.csip.inspection.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.csip.common.problem.ProblemException;
import org.csip.common.security.Caller;
import org.csip.inspection.finding.FindingKind;
import org.csip.inspection.finding.FindingService;
import org.csip.inspection.inspection.Framework;
import org.csip.inspection.inspection.Inspection;
import org.csip.inspection.inspection.InspectionStatus;
import org.csip.inspection.intervention.Intervention;
import org.csip.inspection.intervention.InterventionView;
import org.csip.inspection.localauthority.LocalAuthority;

/** Assembles a council's timeline from its inspections, judgements, findings and interventions. */
@ApplicationScoped
public class TimelineService {
    private final FindingService findings;
    private final Caller caller;

    public TimelineService(FindingService findings, Caller caller) {
        this.findings = findings;
        this.caller = caller;
    }

    public Timeline of(String laCode) {
        LocalAuthority authority = LocalAuthority.findById(laCode);
        if (authority == null) {
            throw ProblemException.notFound("No local authority " + laCode + " in the register");
        }
        caller.requireCovers(laCode, "The timeline");
        // The council's own inspections and those of organisations covering it (its police force's).
        List<Inspection> inspections = Inspection.list("array_contains(councils, ?1)", laCode);
        Map<UUID, Map<FindingKind, Long>> counts = findings.countsByKind(inspections.stream().map(i -> i.id).toList());
        List<TimelineEntry> entries = new ArrayList<>();
        for (Inspection inspection : inspections) {
            entries.add(entry(inspection, counts.getOrDefault(inspection.id, Map.of())));
        }
        List<InterventionView> inForce = new ArrayList<>();
        for (Intervention intervention : Intervention.<Intervention>list("laCode", laCode)) {
            InterventionView view = InterventionView.of(intervention);
            entries.add(new TimelineEntry.InterventionStarted(view.startDate(), view.type().label() + " issued",
                    view.id(), view.type(), view.triggeredByInspectionId(), view.adviser(), view.reviewCadenceWeeks(),
                    view.reviewsHeld(), view.nextReviewDue()));
            if (view.endDate() != null) {
                entries.add(new TimelineEntry.InterventionEnded(view.endDate(), view.type().label() + " ended",
                        view.id(), view.type(), view.endReason(), view.reviewsHeld()));
            } else {
                inForce.add(view);
            }
        }
        entries.sort(Comparator.comparing(TimelineEntry::date).thenComparingInt(TimelineEntry::rank));
        Inspection latestGraded = inspections.stream()
                .filter(i -> i.status == InspectionStatus.PUBLISHED && i.type.graded() && i.organisation == null)
                .max(Comparator.comparing((Inspection i) -> i.publishedDate)).orElse(null);
        return new Timeline(authority.laCode, authority.name, authority.regionName,
                latestGraded == null ? null : latestGraded.overallGrade(),
                latestGraded == null ? null : latestGraded.publishedDate,
                latestGraded == null ? null : grading(latestGraded),
                latestGraded == null ? List.of() : judgements(latestGraded), inForce, entries);
    }

    private static TimelineEntry entry(Inspection inspection, Map<FindingKind, Long> findingCounts) {
        Map<FindingKind, Long> findings = new EnumMap<>(FindingKind.class);
        findings.putAll(findingCounts);
        return new TimelineEntry.InspectionEntry(inspection.visitDate(), title(inspection), inspection.id,
                inspection.type, inspection.status, inspection.framework,
                inspection.frameworkRules().map(Framework::hasOverallGrade).orElse(null), grading(inspection),
                inspection.notifiedDate, inspection.onSiteStart, inspection.onSiteEnd, inspection.publishedDate,
                inspection.overallGrade(), judgements(inspection), findings, inspection.theme,
                inspection.leadInspector, inspection.reportUrl, inspection.organisation);
    }

    private static List<TimelineJudgement> judgements(Inspection inspection) {
        return inspection.frameworkRules().map(framework -> inspection.judgementList().stream()
                .map(j -> TimelineJudgement.of(j, framework)).toList()).orElse(List.of());
    }

    /** How a published graded inspection was graded, in words; null otherwise. */
    private static String grading(Inspection inspection) {
        if (inspection.status != InspectionStatus.PUBLISHED || !inspection.type.graded()) {
            return null;
        }
        return inspection.frameworkRules().map(f -> "Graded under " + f.name() + ": " + f.overallInWords())
                .orElse(null);
    }

    private static String title(Inspection inspection) {
        String title = inspection.type.label() + (inspection.organisation == null ? "" : " (" + inspection.organisation
                + ")");
        return switch (inspection.status) {
            case PUBLISHED -> publishedTitle(inspection, title);
            case WITHDRAWN -> title + " (withdrawn)";
            case ON_SITE -> title + " (inspectors on site)";
            case NOTIFIED -> title + " (notified)";
        };
    }

    /** "…: overall inadequate", or each judgement in words where the framework forms no overall grade. */
    private static String publishedTitle(Inspection inspection, String title) {
        if (inspection.overallGrade() != null) {
            return title + ": overall " + inspection.frameworkRules().map(f -> f.wordsFor(inspection.overallGrade()))
                    .orElse(inspection.overallGrade().label()).toLowerCase(Locale.UK);
        }
        List<TimelineJudgement> judgements = judgements(inspection);
        if (judgements.isEmpty()) {
            return title;
        }
        return title + ": no overall grade; " + judgements.stream()
                .map(j -> j.shortLabel() + " " + j.gradeLabel().toLowerCase(Locale.UK))
                .collect(Collectors.joining(", "));
    }
}
