package dev.otpserver.systemtest.support;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
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
        awaitReady(Duration.ofSeconds(60));
    }

    private static void awaitReady(Duration patience) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest ready = HttpRequest.newBuilder(ServerUnderTest.readinessUrl())
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(patience);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
                Thread.sleep(250);
            } catch (IOException e) {
                // not listening yet: ask again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Not ready " + patience.toSeconds() + " s after the deployment");
    }

    protected void undeploy() {
        deployer.undeploy(EAR);
    }
}
