package dev.otpserver.web.gsp;

import dev.otpserver.common.gsp.GspSettings;
import dev.otpserver.common.secret.SecretSetting;
import dev.otpserver.common.secret.ServerSecrets;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;

/**
 * The server's keys of the dialect ({@link ServerJoseKeys}, from the file {@code otp.gsp.server-keys.path}), loaded
 * (or on first start created) at deployment, so that their public half is there for callers before the first call:
 * the JAX-RS providers that use them may be created only on first use. A bean too, for its producer.
 */
@Dependent
@WebListener
public class PaymentIntegratorKeys implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(PaymentIntegratorKeys.class.getName());

    @Inject
    ServerJoseKeys keys;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        LOG.info(() -> "Payment-integrator API with keys " + keys);
    }

    @Produces
    @Singleton
    static ServerJoseKeys serverJoseKeys(GspSettings settings, ServerSecrets secrets) {
        return ServerJoseKeys.loadOrCreate(secrets.file(SecretSetting.JOSE_KEYS, settings.serverKeysPath()));
    }
}
