package dev.otpserver.systemtest.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The EAR the build produced, unchanged, on the server under test; the tests talk to it over HTTP. It is
 * deployed once for all the test classes of a run (arquillian-suite-extension, named in arquillian.xml), so each
 * test makes its own partners, users and codes rather than counting on a fresh application.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedEar {

    @Deployment(testable = false)
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ServerUnderTest.ear());
    }
}
