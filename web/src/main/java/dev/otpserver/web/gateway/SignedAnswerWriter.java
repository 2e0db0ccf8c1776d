package dev.otpserver.web.gateway;

import dev.otpserver.common.gateway.GatewayHeaders;
import dev.otpserver.common.gateway.ResponseSigner;
import dev.otpserver.common.gateway.ResponseSigner.SignedHeaders;
import dev.otpserver.common.metrics.OtpMetrics;
import dev.otpserver.web.intake.RequestTarget;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Signs the exact bytes of every answer of the signed gateway: the body is written to memory first (the outermost
 * interceptor, so that whatever writes inside it is signed as written), signed, and only then sent, with the
 * signature's headers and its length.
 */
@Provider
@Priority(Priorities.HEADER_DECORATOR)
@ApplicationScoped
public class SignedAnswerWriter implements WriterInterceptor {

    @Context
    HttpServletRequest servlet;

    @Inject
    ResponseSigner signer;

    @Inject
    OtpMetrics metrics;

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!SignedPaths.covers(servlet)) {
            context.proceed();
            return;
        }
        OutputStream wire = context.getOutputStream();
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        context.setOutputStream(answer);
        context.proceed();
        byte[] body = answer.toByteArray();
        signedHeaders(context.getHeaders(), SignedExchange.of(servlet).sign(signer, body), body.length);
        context.setOutputStream(wire);
        wire.write(body);
        AnswerTiming.took(servlet)
                .ifPresent(took -> metrics.requestTook(Operations.of(RequestTarget.uri(servlet)), took));
    }

    private static void signedHeaders(MultivaluedMap<String, Object> headers, SignedHeaders signed, int length) {
        headers.putSingle(GatewayHeaders.ANSWER_CLIENT_ID, signed.clientId());
        headers.putSingle(GatewayHeaders.ANSWER_RESPONSE_TIME, signed.responseTime());
        headers.putSingle(GatewayHeaders.ANSWER_SIGNATURE, signed.signature());
        headers.putSingle(HttpHeaders.CONTENT_LENGTH, Integer.toString(length));
    }
}
