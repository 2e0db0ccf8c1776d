package dev.otpserver.web.schema;

import dev.otpserver.common.persistence.PersistenceUnitDataSource;
import dev.otpserver.common.persistence.SchemaMigrations;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

/**
 * Applies the Flyway migrations at deployment, before any other startup bean touches the database
 * (those name it in {@code @DependsOn}). Flyway commits its own work, hence no container transaction.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    @PersistenceUnit(unitName = "otp")
    EntityManagerFactory entityManagerFactory;

    @PostConstruct
    void migrate() {
        SchemaMigrations.apply(PersistenceUnitDataSource.of(entityManagerFactory));
    }
}
