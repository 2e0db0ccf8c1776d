package dev.otpserver.notification.webhook.control;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import javax.net.ssl.SSLException;

/**
 * Why an attempt never got the partner's answer, in the words an operator reads in the console and the admin
 * API: what went wrong on the way, not the name of an exception class (Java's HTTP client gives most of them no
 * message at all).
 */
final class Unreached {

    private Unreached() {}

    static String why(Exception failed, WebhookSettings settings) {
        if (failed instanceof IllegalArgumentException) {
            return "the notify URL is not one that can be called" + said(failed);
        } else if (failed instanceof HttpConnectTimeoutException) {
            return "no connection to the partner within " + settings.connectTimeoutSeconds + " s";
        } else if (failed instanceof HttpTimeoutException) {
            return "no answer from the partner within " + settings.readTimeoutSeconds + " s";
        } else if (failed instanceof ConnectException) {
            return "the partner's server could not be reached (connection refused or no route)";
        } else if (failed instanceof UnknownHostException) {
            return "the partner's host name is not known" + said(failed);
        } else if (failed instanceof SSLException) {
            return "the TLS handshake with the partner failed" + said(failed);
        } else if (failed instanceof IOException) {
            return "the connection to the partner failed" + said(failed);
        }
        return "the partner could not be called" + said(failed);
    }

    private static String said(Exception failed) {
        return failed.getMessage() == null || failed.getMessage().isBlank() ? "" : ": " + failed.getMessage();
    }
}
