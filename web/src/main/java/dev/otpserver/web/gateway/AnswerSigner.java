package dev.otpserver.web.gateway;

import dev.otpserver.common.gateway.GatewayHeaders;
import dev.otpserver.common.gateway.ResponseSigner;
import dev.otpserver.common.gateway.ResponseSigner.SignedHeaders;
import dev.otpserver.common.metrics.OtpMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;

/**
 * Signs the exact bytes of every signed-gateway answer: the body is written to memory first, then signed, and only
 * then are headers and body sent (nothing reaches the client before its signature).
 */
@Provider
@ApplicationScoped
public class AnswerSigner implements WriterInterceptor {

    @Inject
    ResponseSigner signer;

    @Inject
    OtpMetrics metrics;

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(context.getProperty(SignedExchange.PROPERTY) instanceof SignedExchange exchange)) {
            context.proceed();
            return;
        }
        OutputStream wire = context.getOutputStream();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        context.setOutputStream(body);
        context.proceed();
        byte[] bytes = body.toByteArray();
        SignedHeaders signed = signer.sign(exchange.method(), exchange.uri(), exchange.clientId(), exchange.timeStyle(), bytes);
        MultivaluedMap<String, Object> headers = context.getHeaders();
        headers.putSingle(GatewayHeaders.ANSWER_CLIENT_ID, signed.clientId());
        headers.putSingle(GatewayHeaders.ANSWER_RESPONSE_TIME, signed.responseTime());
        headers.putSingle(GatewayHeaders.ANSWER_SIGNATURE, signed.signature());
        headers.putSingle(HttpHeaders.CONTENT_LENGTH, bytes.length);
        context.setOutputStream(wire);
        wire.write(bytes);
        metrics.requestTook(Operations.of(exchange.uri()), Duration.ofNanos(System.nanoTime() - exchange.startedNanos()));
    }
}
