package dev.otpserver.systemtest.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.otpserver.systemtest.support.DeployedEar;
import dev.otpserver.systemtest.support.ServerUnderTest;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OpenApiIT extends DeployedEar {

    @Test
    void openApiDocumentListsThePublicEndpoints() throws Exception {
        HttpResponse<String> response = openApiDocument();

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("/amsin/api/v1/business/worldcard/queryOtpConfig"), response.body());
    }

    @Test
    void openApiDocumentListsThePaymentIntegratorMethods() throws Exception {
        HttpResponse<String> response = openApiDocument();

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("/gsp/v1/sendOtp"), response.body());
        assertTrue(response.body().contains("/gsp/v1/verifyOtp"), response.body());
        assertTrue(response.body().contains("application/jose"), response.body());
    }

    @Test
    void openApiDocumentPassesRedoclysRecommendedRules() throws Exception {
        HttpResponse<String> response = openApiDocument();
        assertEquals(200, response.statusCode(), response.body());
        // Kept in the module's target directory: the document the server under test served, to read after a failure.
        Path document = Files.writeString(Path.of("target", "openapi.yaml"), response.body());

        RedoclyLint.Outcome outcome = RedoclyLint.lint(document);

        assertEquals(
                0,
                outcome.exitCode(),
                RedoclyLint.CLI + " found errors in " + document.toAbsolutePath() + ":\n" + outcome.output());
        System.out.println(outcome.output()); // its warnings, for the record
    }

    private static HttpResponse<String> openApiDocument() throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(ServerUnderTest.baseUrl().resolve("/openapi"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
