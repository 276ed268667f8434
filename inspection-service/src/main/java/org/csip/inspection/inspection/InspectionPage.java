package org.csip.inspection.inspection;

import java.util.List;

/** One page of a filtered inspection list and the total that match (sent as {@code X-Total-Count}). */
public record InspectionPage(List<InspectionView> items, long total) {
}
