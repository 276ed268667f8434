package org.csip.actionplan.audit;

import java.time.Instant;
import java.util.List;

/** One change to an action: when, by whom (token subject and agency), and each field's old and new value. */
public record ActionRevision(long revision, Instant changedAt, String changedBy, String changedByAgency, String kind,
                             List<FieldChange> changes) {

    /** A field that changed. */
    public record FieldChange(String field, Object from, Object to) {
    }
}
