package dev.otpserver.web.gsp;

import dev.otpserver.common.gsp.ServerJoseKeys;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/**
 * Loads (or on first start creates) the server's payment-integrator keys at deployment, so that their public
 * half is there for callers before the first call: servlet filters may be initialized only on first use.
 */
@WebListener
public class PaymentIntegratorKeys implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(PaymentIntegratorKeys.class.getName());

    @Inject
    ServerJoseKeys keys;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        LOG.info(() -> "Payment-integrator keys: " + keys);
    }
}
