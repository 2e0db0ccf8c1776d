package dev.otpserver.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * One API under one load, as {@link GatlingRun} sets it in system properties: {@code closed} keeps N requests
 * in flight (how much the server can do), {@code open} starts R requests a second whatever the answers take
 * (its latency at a given rate). Every request is drawn fresh from {@link Calls}. A wallet answer counts as
 * OK only with resultStatus S; a payment-integrator answer (encrypted to the caller) only with HTTP 200.
 */
public class ApiLoadSimulation extends Simulation {

    static final String API = "bench.api";
    static final String MODEL = "bench.model";
    static final String LEVEL = "bench.level";
    static final String SECONDS = "bench.seconds";
    static final String BASE_URL = "bench.base-url";

    {
        String api = System.getProperty(API);
        ScenarioBuilder calls = scenario(api)
                .exec(session -> session.set("call", Calls.next(api)))
                .exec(request(api));
        setUp(load(calls))
                .protocols(http.baseUrl(System.getProperty(BASE_URL))
                        .shareConnections()
                        .disableCaching()
                        .acceptHeader("application/json"));
    }

    private static HttpRequestActionBuilder request(String api) {
        HttpRequestActionBuilder post = http(api)
                .post(session -> call(session).path())
                .header("Content-Type", session -> call(session).header("Content-Type"))
                .body(StringBody(session -> call(session).body()));
        if (api.startsWith("sendOtp") || api.startsWith("verifyOtp")) {
            return post.check(status().is(200));
        }
        return post.header("Client-Id", session -> call(session).header("Client-Id"))
                .header("Request-Time", session -> call(session).header("Request-Time"))
                .header("Signature", session -> call(session).header("Signature"))
                .check(status().is(200), jsonPath("$.result.resultStatus").is("S"));
    }

    private static PopulationBuilder load(ScenarioBuilder calls) {
        double level = Double.parseDouble(System.getProperty(LEVEL));
        int seconds = Integer.getInteger(SECONDS);
        return "closed".equals(System.getProperty(MODEL))
                ? calls.injectClosed(constantConcurrentUsers((int) level).during(seconds))
                : calls.injectOpen(constantUsersPerSec(level).during(seconds));
    }

    private static SignedRequest call(Session session) {
        return session.get("call");
    }
}
