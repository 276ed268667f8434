package org.csip.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The services' answers, recorded by path and query, for the dashboard's tests: each answer with an
 * {@code X-Total-Count} where the service sends one; a path not recorded is answered {@code missingStatus} (404, or
 * 503 for a service that is down); every call is counted, as "service path". The dashboard only reads: a write fails
 * the test.
 */
final class RecordedServices implements ServiceCalls {
    final Map<String, String> answers = new HashMap<>();
    final Map<String, String> totals = new HashMap<>();
    final List<String> calls = new ArrayList<>();
    private final int missingStatus;

    RecordedServices(int missingStatus) {
        this.missingStatus = missingStatus;
    }

    RecordedServices answer(String pathAndQuery, String body) {
        answers.put(pathAndQuery, body);
        return this;
    }

    @Override
    public Answer get(String service, String pathAndQuery, String authorization) {
        calls.add(service + " " + pathAndQuery);
        String body = answers.get(pathAndQuery);
        return body == null ? new Answer(missingStatus, "{}", Optional.empty(), Optional.empty())
                : new Answer(200, body, Optional.ofNullable(totals.get(pathAndQuery)), Optional.of("application/json"));
    }

    @Override
    public Answer post(String service, String path, String body, String authorization) {
        throw new AssertionError("The dashboard's pages only read");
    }

    @Override
    public Download download(String service, String pathAndQuery, String accept, String authorization) {
        throw new AssertionError("The dashboard's pages only read");
    }
}
