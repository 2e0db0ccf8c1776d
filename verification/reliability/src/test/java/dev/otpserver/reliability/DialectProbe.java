package dev.otpserver.reliability;

import dev.otpserver.systemtest.support.GatewayAnswer;
import dev.otpserver.systemtest.support.IntegratorAnswer;
import dev.otpserver.systemtest.support.Partner;
import dev.otpserver.systemtest.support.PaymentPlatform;
import dev.otpserver.systemtest.support.ServerUnderTest;
import dev.otpserver.systemtest.support.Wallet;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Queue;
import java.util.function.Supplier;

/**
 * One call of each kind the database test watches, read as its client reads it: wallet initAuthentication
 * and amsin queryOtpConfig (the signed Result envelope), payment-integrator sendOtp (ErrorResponse), and
 * readiness. The database's failure has one right answer per dialect: UNKNOWN_EXCEPTION with resultStatus U
 * in a signed HTTP 200 envelope, an ErrorResponse with a 5xx status, and readiness 503 DOWN.
 */
final class DialectProbe {

    static final String WALLET = "wallet initAuthentication";
    static final String AMSIN = "amsin queryOtpConfig";
    static final String GSP = "gsp sendOtp";
    static final String READY = "health ready";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Partner partner;
    private final PaymentPlatform platform;
    private final Queue<Recipient> recipients;

    DialectProbe(Partner partner, PaymentPlatform platform, Queue<Recipient> recipients) {
        this.partner = partner;
        this.platform = platform;
        this.recipients = recipients;
    }

    Answer call(String api) {
        return switch (api) {
            case WALLET -> initAuthentication(recipients.poll());
            case AMSIN ->
                envelope(
                        AMSIN,
                        () -> partner.post("/amsin/api/v1/business/worldcard/queryOtpConfig", "{}")
                                .send());
            case GSP -> errorResponse();
            default -> readiness();
        };
    }

    /** With every recipient used up, readiness takes the wallet's turn. */
    private Answer initAuthentication(Recipient recipient) {
        return recipient == null
                ? readiness()
                : envelope(
                        WALLET,
                        () -> Wallet.init(partner, Fresh.id("rel"), recipient.channel(), recipient.walletToken())
                                .send());
    }

    private static Answer envelope(String api, Supplier<GatewayAnswer> call) {
        Instant sent = Instant.now();
        try {
            GatewayAnswer answer = call.get();
            String contentType = String.valueOf(answer.header("Content-Type"));
            if (answer.status() != 200 || !contentType.startsWith("application/json") || !answer.signedByServer()) {
                return Answer.malformed(
                        api,
                        sent,
                        "HTTP " + answer.status() + " " + contentType + " signed " + answer.signedByServer() + ": "
                                + excerpt(answer.toString()));
            }
            String code = answer.resultCode() + "/" + answer.resultStatus();
            return new Answer(
                    api,
                    sent,
                    Instant.now(),
                    "200 " + code,
                    "SUCCESS/S".equals(code),
                    "UNKNOWN_EXCEPTION/U".equals(code),
                    true);
        } catch (RuntimeException unreadable) {
            return Answer.malformed(api, sent, unreadable.toString());
        }
    }

    private Answer errorResponse() {
        Instant sent = Instant.now();
        try {
            IntegratorAnswer answer = platform.post(
                    PaymentPlatform.SEND_OTP,
                    PaymentPlatform.sendOtp(Fresh.id("rel"), Fresh.phone())
                            .build()
                            .toString());
            boolean error = answer.status() == 503
                    && answer.body().containsKey("responseHeader")
                    && !answer.body().containsKey("result");
            String form = answer.status() + " "
                    + (answer.result() != null ? answer.result() : "ErrorResponse " + errorNamed(answer));
            boolean wellFormed = answer.status() == 200
                    ? answer.result() != null
                    : answer.body().containsKey("responseHeader");
            wellFormed = wellFormed && !answer.description().contains("Exception");
            return new Answer(
                    GSP,
                    sent,
                    Instant.now(),
                    wellFormed ? form : "MALFORMED " + excerpt(answer.toString()),
                    answer.status() == 200 && "SUCCESS".equals(answer.result()),
                    error,
                    wellFormed);
        } catch (RuntimeException | AssertionError unreadable) {
            return Answer.malformed(GSP, sent, excerpt(unreadable.toString()));
        }
    }

    /** Its errorResponseCode; a 500 or 503 has none, only the identifier under which the server logged the failure. */
    private static String errorNamed(IntegratorAnswer answer) {
        return answer.errorCode() != null
                ? answer.errorCode()
                : answer.body().containsKey("paymentIntegratorErrorIdentifier")
                        ? "with paymentIntegratorErrorIdentifier"
                        : "without a code";
    }

    private static Answer readiness() {
        Instant sent = Instant.now();
        try {
            HttpResponse<String> answer = HTTP.send(
                    HttpRequest.newBuilder(ServerUnderTest.readinessUrl())
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String body = answer.body().replace(" ", "");
            boolean up = answer.statusCode() == 200 && body.contains("\"name\":\"database\",\"status\":\"UP\"");
            boolean down = answer.statusCode() == 503 && body.contains("\"status\":\"DOWN\"");
            return new Answer(
                    READY,
                    sent,
                    Instant.now(),
                    answer.statusCode() + (up ? " UP" : down ? " DOWN" : " " + excerpt(body)),
                    up,
                    down,
                    up || down);
        } catch (IOException e) {
            return Answer.malformed(READY, sent, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.malformed(READY, sent, e.toString());
        }
    }

    private static String excerpt(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
