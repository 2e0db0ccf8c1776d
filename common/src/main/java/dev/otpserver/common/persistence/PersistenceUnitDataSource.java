package dev.otpserver.common.persistence;

import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * The data source behind the persistence unit, whatever JNDI name the server gave it.
 * Payara and WildFly name server resources differently; asking Hibernate avoids a second name.
 */
public final class PersistenceUnitDataSource {

    private PersistenceUnitDataSource() {}

    public static DataSource of(EntityManagerFactory entityManagerFactory) {
        return entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry()
                .requireService(ConnectionProvider.class)
                .unwrap(DataSource.class);
    }
}
