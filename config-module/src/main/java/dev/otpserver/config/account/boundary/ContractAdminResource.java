package dev.otpserver.config.account.boundary;

import dev.otpserver.common.admin.AdminRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The admin API for partners' customer contracts (role otp-admin); a path of its own beside admin/clients/{clientId}. */
@RequestScoped
@Path("admin/clients/{clientId}/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: partner accounts", description = "Customer contracts and access tokens; role otp-admin")
@SecurityRequirement(name = AdminRole.SECURITY_SCHEME)
public class ContractAdminResource {

    @Inject
    AccountAdmin admin;

    @GET
    @Operation(operationId = "listContracts", summary = "List the partner's customer contracts")
    public JsonArray contracts(@PathParam("clientId") String clientId) {
        return admin.contracts(clientId);
    }

    @POST
    @Operation(
            operationId = "addContract",
            summary = "Put a customer under the partner's contract (authorization CONTRACT or OAUTH)")
    public Response addContract(@PathParam("clientId") String clientId, ContractForm form) {
        JsonObject contract = admin.addContract(clientId, form);
        return Response.status(Response.Status.CREATED).entity(contract).build();
    }

    @PUT
    @Path("{customerId}")
    @Operation(
            operationId = "changeContract",
            summary = "Suspend or reactivate a contract (status ACTIVE or SUSPENDED)")
    public JsonObject changeContract(
            @PathParam("clientId") String clientId, @PathParam("customerId") String customerId, ContractForm form) {
        return admin.changeContract(clientId, customerId, form);
    }
}
