package org.csip.actionplan.measure;

import java.math.BigDecimal;

/** Which way a measure improves. */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER;

    /** Whether {@code value} meets {@code target}. */
    public boolean meets(BigDecimal value, BigDecimal target) {
        int compared = value.compareTo(target);
        return this == HIGHER_IS_BETTER ? compared >= 0 : compared <= 0;
    }
}
