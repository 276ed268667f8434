package org.csip.common.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LocalAuthorityRegisterTest {
    private final LocalAuthorityRegister register = new LocalAuthorityRegister();

    @Test
    void readsStHelensWithItsRegionAndTenNeighboursDespiteTheByteOrderMark() {
        RegisteredAuthority stHelens = register.find("342").orElseThrow();
        assertEquals("St. Helens", stHelens.name());
        assertEquals("E08000013", stHelens.onsCode());
        assertEquals("North West", stHelens.regionName());
        assertEquals(List.of("876", "343", "340", "840", "807", "370", "394", "344", "808", "894"),
                stHelens.statisticalNeighbours());
    }

    @Test
    void holdsEveryCouncilAndNamesUnknownCodesByTheirCode() {
        assertTrue(register.all().size() >= 150, "the register lists England's councils");
        assertEquals("999", register.nameOf("999"));
        assertTrue(register.find(null).isEmpty());
    }
}
