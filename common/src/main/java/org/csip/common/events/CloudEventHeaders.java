package org.csip.common.events;

/** Kafka header names of CloudEvents 1.0 binary mode and of CSIP's routing extensions. */
public final class CloudEventHeaders {
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    /** CloudEvents extension attributes carried so the gateway can filter without parsing every body. */
    public static final String LA_CODE = "ce_lacode";
    public static final String LEAD_AGENCY = "ce_leadagency";

    private CloudEventHeaders() {
    }
}
