package dev.otpserver.web.intake;

import dev.otpserver.common.gateway.GatewayHeaders;
import dev.otpserver.common.gsp.GspSettings;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * Takes every request body before anything else sees it (web.xml puts it first), without holding a request
 * thread while the body arrives: a client that drips its body, or never finishes it, costs a connection and
 * no thread. A body the container holds whole already is taken at once; any other is read asynchronously, and
 * the request is then dispatched again and goes on with the body in memory. A body larger than
 * {@code otp.intake.max-body-bytes}, or not complete within {@code otp.intake.body-timeout-seconds}, is refused:
 * in their own way by the dialects that have one (the signed gateway, the payment-integrator API), elsewhere
 * with a JSON problem (413, 408). Either way the connection is closed, since the rest of the body is never read.
 * The console's forms ({@code application/x-www-form-urlencoded} POSTs to {@code /console/}) are the exception:
 * they go to the container as they came, within the same size limit, since only the container parses a form's
 * parameters from the request's own stream (a page's forms are small and sent by a browser, not a dripping
 * client of the APIs).
 */
public class BodyIntakeFilter extends HttpFilter {

    /** The payment-integrator dialect's media type (web.gsp), which the intake must not depend on. */
    private static final String JOSE = "application/jose";

    @Inject
    IntakeSettings settings;

    @Inject
    GspSettings gspSettings;

    @Inject
    Instance<RequestContextController> requestContexts;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threadFactory;

    /**
     * The bodies' clocks and hand-ons, on a thread of the intake's own: the server's default scheduled executor
     * has one thread on Payara (core pool size 0), which a task of another part can hold for seconds (an SMPP
     * bind waits for its SMSC's answer), and every body that came a moment late would wait behind it.
     */
    private ScheduledThreadPoolExecutor timer;

    private String gspPrefix;

    @Override
    public void init() {
        gspPrefix = gspSettings.basePath() + "/";
        timer = new ScheduledThreadPoolExecutor(1, threadFactory);
        timer.setRemoveOnCancelPolicy(true);
    }

    @Override
    public void destroy() {
        timer.shutdownNow();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() != DispatcherType.ASYNC) {
            take(request, response, chain);
            return;
        }
        TakenBody taken = TakenBody.takeFrom(request);
        if (taken == null) {
            chain.doFilter(request, response);
        } else {
            goOnInRequestContext(request, response, chain, taken);
        }
    }

    /** The first pass: no body, too large a body or one already here go on at once; any other is read async. */
    private void take(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long declared = request.getContentLengthLong();
        if (consoleForm(request)) {
            if (declared > settings.maxBodyBytes()) {
                response.setHeader("Connection", "close");
                IntakeRefusal.tooLarge(settings.maxBodyBytes()).answer(response);
            } else {
                chain.doFilter(request, response);
            }
        } else if (!hasBody(request)) {
            chain.doFilter(buffered(request, new byte[0]), response);
        } else if (declared > settings.maxBodyBytes()) {
            goOn(request, response, chain, TakenBody.refused(IntakeRefusal.tooLarge(settings.maxBodyBytes())));
        } else if (arrivedWhole(request)) {
            goOn(request, response, chain, TakenBody.of(request.getInputStream().readNBytes((int) declared)));
        } else {
            new BodyReader(request.startAsync(), settings, timer).start();
        }
    }

    private static boolean consoleForm(HttpServletRequest request) {
        String path = RequestTarget.path(request);
        String type = request.getContentType();
        return path.startsWith("/console/")
                && "POST".equals(request.getMethod())
                && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /**
     * Payara runs an async dispatch on a thread of its own without CDI's request context (WELD-001303 for every
     * request-scoped bean behind); WildFly has it active already, and then this changes nothing.
     */
    private void goOnInRequestContext(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain, TakenBody taken)
            throws IOException, ServletException {
        RequestContextController context = requestContexts.get();
        boolean activatedHere = context.activate();
        try {
            goOn(request, response, chain, taken);
        } finally {
            if (activatedHere) {
                context.deactivate();
            }
            requestContexts.destroy(context);
        }
    }

    /**
     * Most bodies come in the same packets as their headers: when the container holds all of it already, it is
     * read at once, without a blocking wait and without the cost of an async cycle. {@code available()} counts
     * only what has arrived; it never waits.
     */
    private static boolean arrivedWhole(HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        return declared > 0 && request.getInputStream().available() >= declared;
    }

    /**
     * HTTP/1.1 has a body when it declares a length above zero or comes chunked; any other has none, whatever a
     * reader of the socket would wait for. (Grizzly takes what follows a request with {@code Upgrade: h2c}, as
     * Java's HttpClient sends, for the upgraded stream when it does not upgrade: a read there waits for ever.)
     */
    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private void goOn(HttpServletRequest request, HttpServletResponse response, FilterChain chain, TakenBody taken)
            throws IOException, ServletException {
        if (!taken.refused()) {
            chain.doFilter(buffered(request, taken.bytes()), response);
            return;
        }
        response.setHeader("Connection", "close");
        if (answersItsOwnRefusals(request)) {
            taken.refusal().attachTo(request);
            chain.doFilter(buffered(request, taken.bytes()), response);
        } else {
            taken.refusal().answer(response);
        }
    }

    /** The request with its body in memory; a dialect's shows the runtime the dialect's own media type. */
    private HttpServletRequest buffered(HttpServletRequest request, byte[] body) {
        String path = RequestTarget.path(request);
        if (path.startsWith("/ams/") || path.startsWith("/amsin/")) {
            return new DialectMediaTypeRequest(request, body, GatewayHeaders.JSON_UTF8);
        }
        return path.startsWith(gspPrefix)
                ? new DialectMediaTypeRequest(request, body, JOSE)
                : new BufferedBodyRequest(request, body);
    }

    private boolean answersItsOwnRefusals(HttpServletRequest request) {
        String path = RequestTarget.path(request);
        return path.startsWith("/ams/") || path.startsWith("/amsin/") || path.startsWith(gspPrefix);
    }
}
