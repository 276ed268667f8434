package org.csip.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What {@code ./csip-local} accepts on its command line. */
class LocalStackMainTest {
    @Test
    void theRunCommandReadsReplicasInEitherSpellingAndRefusesAnythingElse() {
        assertEquals(1, LocalStackMain.replicas(new String[0]));
        assertEquals(2, LocalStackMain.replicas(new String[] {"--replicas", "2"}));
        assertEquals(3, LocalStackMain.replicas(new String[] {"--replicas=3"}));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> LocalStackMain.replicas(new String[] {"--replicas", "two"})).getMessage().contains("'two'"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> LocalStackMain.replicas(new String[] {"--replica", "2"})).getMessage()
                .contains("Unknown argument: --replica"));
    }
}
