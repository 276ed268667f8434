package org.csip.actionplan.action;

/** Delivery confidence of an action, set with each progress update. */
public enum Rag {
    RED, AMBER, GREEN
}
