package org.csip.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * One read, at one arrival rate, against one base URL (the gateway, or a service straight): what the gateway-overhead
 * scenario runs once per target and rate, so both are measured by the same client in the same way. Told what to do
 * by system properties ({@link GatlingRun} sets them): {@code csip.bench.base}, {@code .path}, {@code .token},
 * {@code .seconds}, and either {@code .rate} (requests a second, an open model: arrivals do not wait for answers) or
 * {@code .users} (a closed model: that many clients, each sending its next request when the last is answered, as
 * fast as the target allows — what gives the highest throughput).
 */
public class ReadsSimulation extends Simulation {
    private final HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("csip.bench.base"))
            .authorizationHeader("Bearer " + System.getProperty("csip.bench.token"))
            .acceptHeader("application/json")
            // One pool of kept-alive connections, as a partner's system or a browser keeps, not a handshake a request.
            .shareConnections();

    private final String path = System.getProperty("csip.bench.path");
    private final int seconds = Integer.parseInt(System.getProperty("csip.bench.seconds"));

    {
        String users = System.getProperty("csip.bench.users");
        if (users != null) {
            ScenarioBuilder clients = scenario("clients").during(seconds).on(exec(http("GET " + path).get(path)
                    .check(status().is(200))));
            setUp(clients.injectOpen(atOnceUsers(Integer.parseInt(users)))).protocols(protocol);
        } else {
            ScenarioBuilder arrivals = scenario("arrivals").exec(http("GET " + path).get(path).check(status().is(200)));
            setUp(arrivals.injectOpen(constantUsersPerSec(Double.parseDouble(System.getProperty("csip.bench.rate")))
                    .during(seconds))).protocols(protocol);
        }
    }
}
