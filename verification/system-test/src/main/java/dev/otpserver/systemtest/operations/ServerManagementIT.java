package dev.otpserver.systemtest.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.otpserver.systemtest.support.DeployedEar;
import dev.otpserver.systemtest.support.ServerUnderTest;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The server's own management interface (Payara's admin listener, WildFly's management API), which can redeploy
 * the application, answers no one who has not logged in, not even on loopback.
 */
class ServerManagementIT extends DeployedEar {

    @Test
    void managementInterfaceRefusesAnAnonymousCaller() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(ServerUnderTest.managementUrl())
                                .header("Accept", "application/json")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertEquals(401, response.statusCode(), response.body());
    }
}
