package org.csip.actionplan.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.csip.actionplan.action.Action;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;

/** Reads an action's audit trail (Hibernate Envers) as a list of field-level changes, oldest first. */
@ApplicationScoped
public class ActionHistory {
    private final EntityManager entityManager;

    public ActionHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public List<ActionRevision> of(UUID actionId) {
        Action.require(actionId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(Action.class, false, true)
                .add(AuditEntity.id().eq(actionId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<ActionRevision> history = new ArrayList<>();
        Map<String, Object> before = Map.of();
        for (Object[] row : rows) {
            Action state = (Action) row[0];
            ChangeRevision revision = (ChangeRevision) row[1];
            RevisionType type = (RevisionType) row[2];
            Map<String, Object> after = fields(state);
            List<ActionRevision.FieldChange> changes = new ArrayList<>();
            for (Map.Entry<String, Object> field : after.entrySet()) {
                Object previous = before.get(field.getKey());
                if (!Objects.equals(previous, field.getValue())) {
                    changes.add(new ActionRevision.FieldChange(field.getKey(), previous, field.getValue()));
                }
            }
            history.add(new ActionRevision(revision.rev, Instant.ofEpochMilli(revision.changedAt), revision.changedBy,
                    revision.changedByAgency, kind(type), changes));
            before = after;
        }
        return history;
    }

    /**
     * Every change of a due date among a plan's actions, in the order they happened: its slippage as it was recorded.
     * Read in the database, which returns only the moves: a plan's trail holds a revision for every change to every
     * action (each progress report is one), and loading them all as entities to compare neighbours cost the progress
     * report — and the partner summary that carries it — a row and an entity per revision. Each move's revision is
     * looked up by its number ({@code OFFSET 0} keeps the planner from joining the country's whole revinfo table
     * instead: it cannot tell how few revisions move a due date).
     */
    @Transactional
    public List<DueDateMove> dueDateMoves(UUID planId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT moved.id, moved.previous_due, moved.due_date, r.changed_at, r.changed_by,
                               r.changed_by_agency
                        FROM (SELECT h.id, h.rev, h.due_date,
                                     lag(h.due_date) OVER (PARTITION BY h.id ORDER BY h.rev) AS previous_due
                              FROM action_aud h
                              WHERE h.plan_id = :plan AND h.due_date IS NOT NULL) moved
                        CROSS JOIN LATERAL (SELECT changed_at, changed_by, changed_by_agency FROM revinfo
                                            WHERE rev = moved.rev OFFSET 0) r
                        WHERE moved.previous_due <> moved.due_date
                        ORDER BY moved.rev""")
                .setParameter("plan", planId)
                .getResultList();
        List<DueDateMove> moves = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            moves.add(new DueDateMove((UUID) row[0], localDate(row[1]), localDate(row[2]),
                    Instant.ofEpochMilli(((Number) row[3]).longValue()), (String) row[4], (String) row[5]));
        }
        return moves;
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static String kind(RevisionType type) {
        return switch (type) {
            case ADD -> "CREATED";
            case MOD -> "CHANGED";
            case DEL -> "DELETED";
        };
    }

    /** The fields whose changes a reader cares about, as plain values. */
    private static Map<String, Object> fields(Action action) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("themeId", action.themeId);
        fields.put("title", action.title);
        fields.put("description", action.description);
        fields.put("leadAgency", action.leadAgency);
        fields.put("owner", action.owner);
        fields.put("startDate", action.startDate);
        fields.put("dueDate", action.dueDate);
        fields.put("status", action.status);
        fields.put("cancelReason", action.cancelReason);
        fields.put("rag", action.rag);
        fields.put("percentComplete", action.percentComplete);
        fields.put("completedOn", action.completedOn);
        fields.put("findingIds", action.findingIds == null ? null : List.copyOf(action.findingIds));
        return fields;
    }
}
