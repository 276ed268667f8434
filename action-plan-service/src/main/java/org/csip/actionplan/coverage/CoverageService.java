package org.csip.actionplan.coverage;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.csip.actionplan.action.Action;
import org.csip.actionplan.action.ActionStatus;
import org.csip.actionplan.finding.KnownFinding;
import org.csip.actionplan.plan.Plan;

/**
 * Works out which findings a plan answers: a finding is covered by at least one action that is open or
 * completed (a cancelled action answers nothing).
 */
@ApplicationScoped
public class CoverageService {

    public Coverage of(Plan plan) {
        List<KnownFinding> findings = KnownFinding.ofInspections(plan.inspectionIds).stream()
                .filter(f -> KnownFinding.TO_ANSWER.contains(f.kind)).toList();
        Map<UUID, List<FindingCoverage.Answer>> answers = new HashMap<>();
        for (Action action : Action.<Action>list("planId = ?1 and status <> ?2 order by dueDate, title", plan.id,
                ActionStatus.CANCELLED)) {
            for (UUID findingId : action.findingIds) {
                answers.computeIfAbsent(findingId, id -> new ArrayList<>()).add(new FindingCoverage.Answer(
                        action.id, action.title, action.leadAgency, action.status, action.rag));
            }
        }
        List<FindingCoverage> items = new ArrayList<>();
        for (KnownFinding finding : findings) {
            List<FindingCoverage.Answer> addressedBy = answers.getOrDefault(finding.findingId, List.of());
            items.add(new FindingCoverage(finding.findingId, finding.inspectionId, finding.inspectionType,
                    finding.sequence, finding.kind, finding.area, finding.text, !addressedBy.isEmpty(), addressedBy));
        }
        items.sort(Comparator.comparingInt(CoverageService::urgency)
                .thenComparing(FindingCoverage::inspectionId).thenComparingInt(FindingCoverage::sequence));
        int covered = (int) items.stream().filter(FindingCoverage::covered).count();
        int uncoveredPriority = (int) items.stream()
                .filter(i -> !i.covered() && "PRIORITY_ACTION".equals(i.kind())).count();
        return new Coverage(plan.id, items.size(), covered, uncoveredPriority,
                items.size() - covered - uncoveredPriority, items);
    }

    private static int urgency(FindingCoverage item) {
        if (item.covered()) {
            return 2;
        }
        return "PRIORITY_ACTION".equals(item.kind()) ? 0 : 1;
    }
}
