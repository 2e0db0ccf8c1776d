package dev.otpserver.systemtest.support;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The EAR the build produced, deployed and undeployed by the test itself (a restart of the application, a
 * deployment the server refuses) rather than the one deployment the other tests share ({@link DeployedEar}).
 * The system-test modules run these tests apart, without the suite extension: their failsafe run own-deployments
 * takes the tag {@value #TAG}, and one-deployment leaves it out (verification/pom.xml).
 */
@ExtendWith(ArquillianExtension.class)
@Tag(SelfDeployedEar.TAG)
public abstract class SelfDeployedEar {

    /** The JUnit tag of these tests, inherited by every subclass. */
    public static final String TAG = "own-deployment";

    private static final String EAR = "self-deployed";

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = EAR, managed = false, testable = false)
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ServerUnderTest.ear());
    }

    /**
     * Deploys the EAR and returns once it reports ready, as a load balancer would wait: the first call of a test
     * comes right after the deployment, and once on Payara, on a freshly started domain, the first admin call was
     * answered 500 without a line in the log.
     */
    protected void deploy() {
        deployer.deploy(EAR);
        if (!Readiness.await(ServerUnderTest.readinessUrl(), Duration.ofSeconds(60))) {
            throw new IllegalStateException("Not ready 60 s after the deployment");
        }
    }

    protected void undeploy() {
        deployer.undeploy(EAR);
    }
}
