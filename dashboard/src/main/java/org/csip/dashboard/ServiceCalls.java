package org.csip.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/**
 * How the dashboard reaches the services, as the signed-in person (their token relayed, so each service applies its
 * own rights again). The gateway provides it — one client for the dashboard and the partner endpoints alike — and a
 * test gives recorded answers.
 */
public interface ServiceCalls {
    /** The service's answer: status, body and the headers passed on. */
    record Answer(int status, String body, Optional<String> totalCount, Optional<String> contentType) {
        public JsonNode json(ObjectMapper mapper) {
            try {
                return mapper.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("The service answered with something that is not JSON", e);
            }
        }
    }

    /** A file the service renders (a report PDF): status, bytes and content type. */
    record Download(int status, byte[] body, Optional<String> contentType) {
    }

    Answer get(String service, String pathAndQuery, String authorization);

    Answer post(String service, String path, String body, String authorization);

    Download download(String service, String pathAndQuery, String accept, String authorization);
}
