package org.csip.actionplan.plan;

/** A plan's life: drafted, submitted (to Ofsted/DfE), accepted, and finally closed. */
public enum PlanStatus {
    DRAFT, SUBMITTED, ACCEPTED, CLOSED
}
