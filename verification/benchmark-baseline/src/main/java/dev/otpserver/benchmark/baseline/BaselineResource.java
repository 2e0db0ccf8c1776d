package dev.otpserver.benchmark.baseline;

import dev.otpserver.common.gateway.GatewayRequest;
import dev.otpserver.common.result.Envelope;
import dev.otpserver.common.result.Result;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The yardstick of the benchmark (docs/performance.md): a signed call through the same gateway as the
 * wallet API (signature checked, answer signed) that does one insert and nothing else, so that the
 * benchmark can say what the OTP logic costs on top of the gateway and one transaction. Only the
 * benchmark's build carries it.
 */
@RequestScoped
@Path("ams/api/v1/benchmark/baseline")
public class BaselineResource {

    @Inject
    GatewayRequest gateway;

    @Inject
    BaselineStore store;

    @POST
    @Transactional
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Envelope call() {
        store.recordCall(gateway.call().clientId());
        return new Envelope(Result.success());
    }
}
