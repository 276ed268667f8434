package org.csip.common.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CloudEventHeadersTest {

    @Test
    void writesASequenceNumberZeroPaddedToTwelveDigitsSoHeadersSortAsNumbers() {
        assertEquals("000000000001", CloudEventHeaders.sequence(1));
        assertEquals("000000000150", CloudEventHeaders.sequence(150));
        assertEquals("999999999999", CloudEventHeaders.sequence(999_999_999_999L));
        assertEquals("1000000000000", CloudEventHeaders.sequence(1_000_000_000_000L));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 9, 10, 4_242, 999_999_999_999L, 1_000_000_000_000L, 123_456_789_012_345_678L})
    void readsBackEveryNumberItWrites(long number) {
        assertEquals(number, CloudEventHeaders.sequenceNumber(CloudEventHeaders.sequence(number)));
    }

    @Test
    void refusesANegativeNumberAndReadsNoSequenceFromAnUnreadableHeader() {
        assertThrows(IllegalArgumentException.class, () -> CloudEventHeaders.sequence(-1));
        assertNull(CloudEventHeaders.sequenceNumber("-00000000001"));
        assertNull(CloudEventHeaders.sequenceNumber("12a"));
        assertNull(CloudEventHeaders.sequenceNumber(" "));
    }
}
