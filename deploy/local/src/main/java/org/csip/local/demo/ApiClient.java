package org.csip.local.demo;

import com.fasterxml.jackson.databind.JsonNode;

/** CSIP's JSON API as one signed-in user calls it — through the gateway in the local stack, straight in a service test. */
public interface ApiClient {
    JsonNode get(String path);

    /** POSTs JSON and returns the answer; any status other than {@code expectedStatus} is an error naming it. */
    JsonNode post(String path, Object body, int expectedStatus);
}
