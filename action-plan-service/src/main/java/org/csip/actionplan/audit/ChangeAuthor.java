package org.csip.actionplan.audit;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import org.csip.common.security.Caller;
import org.hibernate.envers.RevisionListener;

/** Stamps each audited change with the caller (or "system" for scheduled jobs, which have no caller). */
public class ChangeAuthor implements RevisionListener {
    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revision) {
        ChangeRevision change = (ChangeRevision) revision;
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            change.changedBy = SYSTEM;
            return;
        }
        Caller caller = container.instance(Caller.class).get();
        change.changedBy = caller.reference();
        change.changedByAgency = caller.agency().map(Enum::name).orElse(null);
    }
}
