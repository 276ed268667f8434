package org.csip.actionplan.notification;

/** How often a person wants CSIP's email: every working day, once a week, or never. */
public enum Frequency { DAILY, WEEKLY, OFF }
