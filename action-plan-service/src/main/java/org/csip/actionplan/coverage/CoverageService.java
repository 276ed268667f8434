package org.csip.actionplan.coverage;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
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
 * Works out which findings are answered: a finding is covered by at least one action that is open or completed (a
 * cancelled action answers nothing) — within one plan for the plan's coverage, by any plan for a partner's list.
 */
@ApplicationScoped
public class CoverageService {

    public Coverage of(Plan plan) {
        List<KnownFinding> findings = KnownFinding.ofInspections(plan.inspectionIds).stream()
                .filter(f -> KnownFinding.TO_ANSWER.contains(f.kind)).toList();
        List<Action> actions = Action.list("planId = ?1 and status <> ?2 order by dueDate, title", plan.id,
                ActionStatus.CANCELLED);
        List<FindingCoverage> items = answered(findings, actions);
        items.sort(Comparator.comparingInt(CoverageService::urgency)
                .thenComparing(FindingCoverage::inspectionId).thenComparingInt(FindingCoverage::sequence));
        int covered = (int) items.stream().filter(FindingCoverage::covered).count();
        int uncoveredPriority = (int) items.stream()
                .filter(i -> !i.covered() && "PRIORITY_ACTION".equals(i.kind())).count();
        return new Coverage(plan.id, items.size(), covered, uncoveredPriority,
                items.size() - covered - uncoveredPriority, AddresseeCoverage.of(items), items);
    }

    /** These findings, each with the open or completed actions of any plan that answer it, in the order given. */
    public List<FindingCoverage> answered(Collection<KnownFinding> findings) {
        if (findings.isEmpty()) {
            return List.of();
        }
        List<Action> actions = Action.getEntityManager().createQuery("select distinct a from Action a"
                        + " join a.findingIds f where f in ?1 and a.status <> ?2 order by a.dueDate, a.title",
                        Action.class)
                .setParameter(1, findings.stream().map(f -> f.findingId).toList())
                .setParameter(2, ActionStatus.CANCELLED).getResultList();
        return answered(findings, actions);
    }

    private static List<FindingCoverage> answered(Collection<KnownFinding> findings, List<Action> actions) {
        Map<UUID, List<FindingCoverage.Answer>> answers = new HashMap<>();
        for (Action action : actions) {
            for (UUID findingId : action.findingIds) {
                answers.computeIfAbsent(findingId, id -> new ArrayList<>()).add(new FindingCoverage.Answer(
                        action.id, action.planId, action.title, action.leadAgency, action.status, action.rag));
            }
        }
        List<FindingCoverage> items = new ArrayList<>();
        for (KnownFinding finding : findings) {
            items.add(FindingCoverage.of(finding, answers.getOrDefault(finding.findingId, List.of())));
        }
        return items;
    }

    private static int urgency(FindingCoverage item) {
        if (item.covered()) {
            return 2;
        }
        return "PRIORITY_ACTION".equals(item.kind()) ? 0 : 1;
    }
}
