package org.csip.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicLocationTest {

    @Test
    void theServicesAddressBecomesTheGatewaysWithThePathAndQueryKept() {
        assertThat(PublicLocation.rewrite("http://localhost:8082/api/plans/7?x=a%20b", "https", "csip.example.gov.uk"))
                .isEqualTo("https://csip.example.gov.uk/api/plans/7?x=a%20b");
        assertThat(PublicLocation.rewrite("http://10.0.0.5:8081/api/inspections/1", "http", "localhost:8080"))
                .isEqualTo("http://localhost:8080/api/inspections/1");
    }

    @Test
    void aRelativeOrBrokenLocationIsLeftAlone() {
        assertThat(PublicLocation.rewrite("/api/plans/7", "http", "localhost:8080")).isEqualTo("/api/plans/7");
        assertThat(PublicLocation.rewrite("http://bad host/x", "http", "localhost:8080")).isEqualTo("http://bad host/x");
    }
}
