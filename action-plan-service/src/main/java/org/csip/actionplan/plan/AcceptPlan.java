package org.csip.actionplan.plan;

import java.time.LocalDate;

/** Optional body of an acceptance: the date Ofsted or the DfE accepted the plan (default today). */
public record AcceptPlan(LocalDate acceptedOn) {
}
