package org.csip.actionplan.action;

import java.util.List;

/** One page of a filtered action list and the total that match (sent as {@code X-Total-Count}). */
public record ActionPage(List<ActionView> items, long total) {
}
