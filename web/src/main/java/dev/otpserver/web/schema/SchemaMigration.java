package dev.otpserver.web.schema;

import dev.otpserver.common.persistence.PersistenceUnitDataSource;
import dev.otpserver.common.persistence.SchemaMigrated;
import dev.otpserver.common.persistence.SchemaMigrations;
import dev.otpserver.common.secret.SecretCheck;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import javax.sql.DataSource;

/**
 * Applies the Flyway migrations at deployment, checks that this node's secrets are the ones the database was
 * written with (a node with others fails its deployment), then announces {@link SchemaMigrated} so that startup
 * work that needs the database (seeding, timers) runs after it. Flyway commits its own work, hence no
 * container transaction here.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    @PersistenceUnit(unitName = "otp")
    EntityManagerFactory entityManagerFactory;

    @Inject
    SecretCheck secrets;

    @Inject
    Event<SchemaMigrated> migrated;

    @PostConstruct
    void migrate() {
        DataSource dataSource = PersistenceUnitDataSource.of(entityManagerFactory);
        String version = SchemaMigrations.apply(dataSource);
        secrets.verify(dataSource);
        migrated.fire(new SchemaMigrated(version));
    }
}
