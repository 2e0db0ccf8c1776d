package dev.otpserver.web.gsp;

import dev.otpserver.auth.integrator.boundary.PaymentIntegratorOtp;
import dev.otpserver.common.gsp.CallerKeyDirectory.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import java.time.Clock;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Google Standard Payments' OTP methods of an integrator, {@code POST <otp.gsp.base-path>/v1/sendOtp} and
 * {@code /v1/verifyOtp}: written at the default base path, moved there by {@link IntegratorDoor} from another one.
 * The body comes opened by {@link JoseBodyReader}, the answer goes sealed by {@link JoseBodyWriter}.
 */
@RequestScoped
@Path(IntegratorPaths.RESOURCE_ROOT)
@Consumes(IntegratorMediaType.JOSE)
@Produces(IntegratorMediaType.JOSE)
@Tag(name = "Payment-integrator OTP", description = "Google Standard Payments' sendOtp and verifyOtp (seed 004), JOSE")
@SecurityRequirement(name = IntegratorMediaType.SECURITY_SCHEME)
public class PaymentIntegratorResource {

    private static final String ERRORS = " Errors: an ErrorResponse (errorResponseCode, errorDescription) with the "
            + "code's HTTP status; plain JSON while the caller is not known yet, sealed after.";

    private static final String COMPACT =
            "A compact JWE around a compact JWS of the JSON, or that JWE base64url-encoded once more";

    @Context
    HttpServletRequest servlet;

    @Inject
    JoseBodyReader reader;

    @Inject
    PaymentIntegratorOtp otp;

    @Inject
    Clock clock;

    @POST
    @Path("sendOtp")
    @Operation(
            operationId = "sendOtp",
            summary = "Send a one-time code by SMS to a phone number or to the user of an association",
            description =
                    "Body (signed, then encrypted): requestHeader (requestId, requestTimestamp, protocolVersion), "
                            + "smsMatchingToken (11 characters), otpContext, and one of accountPhoneNumber (E.164) or "
                            + "associationId. result: SUCCESS (with paymentIntegratorSendOtpId), INVALID_PHONE_NUMBER, "
                            + "OTP_LIMIT_REACHED, ACCOUNT_ON_HOLD, ACCOUNT_CLOSED." + ERRORS)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = IntegratorMediaType.JOSE,
                            schema = @Schema(type = SchemaType.STRING, description = COMPACT)))
    @APIResponse(
            responseCode = "200",
            description = "The answer, signed with the server's key and encrypted to the caller",
            content =
                    @Content(
                            mediaType = IntegratorMediaType.JOSE,
                            schema = @Schema(type = SchemaType.STRING, description = COMPACT)))
    public IntegratorAnswer sendOtp(IntegratorCall call) {
        return answer(call, otp::sendOtp);
    }

    @POST
    @Path("verifyOtp")
    @Operation(
            operationId = "verifyOtp",
            summary = "Check a one-time code that sendOtp sent",
            description =
                    "Body (signed, then encrypted): requestHeader, sendOtpRequestId (the sendOtp's requestId), otp. "
                            + "result: SUCCESS (with paymentIntegratorVerifyOtpId), OTP_NOT_MATCHED, OTP_ALREADY_USED."
                            + ERRORS)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = IntegratorMediaType.JOSE,
                            schema = @Schema(type = SchemaType.STRING, description = COMPACT)))
    @APIResponse(
            responseCode = "200",
            description = "The answer, signed with the server's key and encrypted to the caller",
            content =
                    @Content(
                            mediaType = IntegratorMediaType.JOSE,
                            schema = @Schema(type = SchemaType.STRING, description = COMPACT)))
    public IntegratorAnswer verifyOtp(IntegratorCall call) {
        return answer(call, otp::verifyOtp);
    }

    /** A runtime may hand an empty body to no reader: it is opened here then, and refused like any unreadable one. */
    private IntegratorAnswer answer(IntegratorCall call, BiFunction<Caller, JsonObject, JsonObject> useCase) {
        IntegratorCall opened = call != null ? call : reader.open(servlet, new byte[0]);
        return IntegratorAnswer.of(useCase.apply(opened.caller(), opened.body()), clock);
    }
}
