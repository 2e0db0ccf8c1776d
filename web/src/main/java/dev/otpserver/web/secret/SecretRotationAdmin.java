package dev.otpserver.web.secret;

import static dev.otpserver.common.admin.AdminProblem.conflict;
import static dev.otpserver.common.admin.AdminProblem.notFound;

import dev.otpserver.common.admin.AdminAudit;
import dev.otpserver.common.admin.AdminRole;
import dev.otpserver.common.gateway.SigningKeyRotation;
import dev.otpserver.common.gateway.SigningKeys;
import dev.otpserver.common.secret.SecretRotation;
import dev.otpserver.common.secret.SecretSetting;
import dev.otpserver.common.secret.SecretVersion;
import dev.otpserver.common.secret.SecretVersions;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * What admins do with the server secrets: list their versions, rotate the pepper and the sealing key, announce
 * and activate a signing key. Audited; the answers and the audit name versions and fingerprints, never a secret.
 */
@Stateless
@DeclareRoles(AdminRole.NAME)
@RolesAllowed(AdminRole.NAME)
public class SecretRotationAdmin {

    @Inject
    SecretRotation rotation;

    @Inject
    SigningKeyRotation signingKeyRotation;

    @Inject
    SecretVersions versions;

    @Inject
    SigningKeys signingKeys;

    @Inject
    AdminAudit audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public JsonObject secrets() {
        return SecretViews.of(versions.rings(), signingKeys.ring(), rotation.stored(), clock.instant());
    }

    public JsonObject rotate(SecretSetting setting) {
        SecretVersion version = stored(() -> rotation.rotateSymmetric(setting, caller()));
        audit.record("rotated the " + setting.what() + " to version " + version.version() + " (fingerprint "
                + version.fingerprint() + ")");
        return SecretViews.version(version, clock.instant());
    }

    public JsonObject announceSigningKey() {
        SecretVersion version = stored(() -> signingKeyRotation.announce(caller()))
                .orElseThrow(() -> conflict("A signing key is announced and not yet active: activate it first."));
        audit.record("announced server signing key version " + version.version() + " (SHA-256 of its public key "
                + version.fingerprint() + ")");
        return SecretViews.version(version, clock.instant());
    }

    public JsonObject activateSigningKey(int keyVersion) {
        SecretVersion version = signingKeyRotation
                .activate(keyVersion)
                .orElseThrow(() -> notFound("No announced signing key of keyVersion " + keyVersion + "."));
        audit.record("activated server signing key version " + keyVersion);
        return SecretViews.version(version, clock.instant());
    }

    /** Two rotations of one secret at once collide on its next version: the later one is told to retry. */
    private static <T> T stored(Supplier<T> change) {
        try {
            return change.get();
        } catch (PersistenceException concurrentRotation) {
            throw conflict("Another rotation of this secret was made at the same time; list the versions and retry.");
        }
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
