package dev.otpserver.systemtest.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.systemtest.support.DeployedEar;
import dev.otpserver.systemtest.support.ServerUnderTest;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ReadinessIT extends DeployedEar {

    @Test
    void deployedServerIsReadyWithItsDatabase() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(ServerUnderTest.readinessUrl())
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(
                response.body().replace(" ", "").contains("\"name\":\"database\",\"status\":\"UP\""), response.body());
    }
}
