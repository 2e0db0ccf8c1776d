package dev.otpserver.common.persistence;

import org.hibernate.engine.transaction.jta.platform.internal.SunOneJtaPlatform;
import org.hibernate.engine.transaction.jta.platform.spi.JtaPlatform;
import org.hibernate.engine.transaction.jta.platform.spi.JtaPlatformProvider;

/**
 * Tells Hibernate where Payara keeps its transaction manager; without it Hibernate finds none there.
 * WildFly names its own JTA platform explicitly, which takes precedence over this provider.
 */
public class PayaraJtaPlatformProvider implements JtaPlatformProvider {

    @Override
    public JtaPlatform getProvidedJtaPlatform() {
        return new SunOneJtaPlatform();
    }
}
