package org.csip.gateway.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubjectSequencesTest {

    @Test
    void aCopyOrAnOlderEventOfASubjectIsNotNewButOtherSubjectsAreUntouched() {
        SubjectSequences sequences = new SubjectSequences(10);
        assertThat(sequences.advance("action-plan-events/action/a", 1L)).isTrue();
        assertThat(sequences.advance("action-plan-events/action/a", 2L)).isTrue();
        assertThat(sequences.advance("action-plan-events/action/a", 2L)).as("the same event again").isFalse();
        assertThat(sequences.advance("action-plan-events/action/a", 1L)).as("an older one late").isFalse();
        assertThat(sequences.advance("action-plan-events/action/b", 1L)).isTrue();
        assertThat(sequences.advance("action-plan-events/action/a", 3L)).isTrue();
    }

    @Test
    void eventsWithoutANumberOrSubjectAreAlwaysNew() {
        SubjectSequences sequences = new SubjectSequences(10);
        assertThat(sequences.advance("inspection-events/inspection/x", null)).isTrue();
        assertThat(sequences.advance("inspection-events/inspection/x", null)).isTrue();
        assertThat(sequences.advance(null, 4L)).isTrue();
        assertThat(sequences.advance(null, 4L)).isTrue();
    }

    @Test
    void theLeastRecentlySeenSubjectIsForgottenFirst() {
        SubjectSequences sequences = new SubjectSequences(2);
        sequences.advance("a", 5L);
        sequences.advance("b", 5L);
        sequences.advance("a", 6L);
        sequences.advance("c", 1L); // forgets b, the least recently seen
        assertThat(sequences.advance("a", 6L)).isFalse();
        assertThat(sequences.advance("b", 5L)).as("forgotten, so taken as new").isTrue();
    }
}
