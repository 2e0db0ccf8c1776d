package dev.otpserver.auth.user.boundary;

import dev.otpserver.common.admin.AdminRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The admin API for end users and their wallet tokens (role otp-admin, HTTP BASIC against the server realm). */
@RequestScoped
@Path("admin/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: users", description = "End users and wallet tokens; role otp-admin")
@SecurityRequirement(name = AdminRole.SECURITY_SCHEME)
public class UserAdminResource {

    @Inject
    UserAdmin admin;

    @Context
    UriInfo uri;

    @POST
    @Operation(operationId = "createUser", summary = "Create an end user")
    public Response create(UserForm form) {
        UserView user = admin.create(form == null ? new UserForm(null, null, null, null, null) : form);
        return Response.created(uri.getAbsolutePathBuilder().path(user.userId()).build())
                .entity(user)
                .build();
    }

    @GET
    @Path("{userId}")
    @Operation(operationId = "getUser", summary = "Show an end user")
    public UserView find(@PathParam("userId") String userId) {
        return admin.find(userId);
    }

    @PUT
    @Path("{userId}")
    @Operation(operationId = "replaceUser", summary = "Replace an end user's status, email, phone and locale")
    public UserView replace(@PathParam("userId") String userId, UserForm form) {
        return admin.replace(userId, form == null ? new UserForm(null, null, null, null, null) : form);
    }

    @DELETE
    @Path("{userId}")
    @Operation(
            operationId = "deleteUser",
            summary = "Delete an end user: its contact data is erased, its codes and tokens stop working")
    public Response delete(@PathParam("userId") String userId) {
        admin.delete(userId);
        return Response.noContent().build();
    }

    @POST
    @Path("{userId}/wallet-tokens")
    @Operation(
            operationId = "issueWalletToken",
            summary = "Issue a wallet token; its value is shown in this answer only")
    public Response issueToken(@PathParam("userId") String userId, TokenForm form) {
        TokenView token = admin.issueToken(userId, form);
        return Response.status(Response.Status.CREATED).entity(token).build();
    }

    @GET
    @Path("{userId}/wallet-tokens")
    @Operation(operationId = "listWalletTokens", summary = "List a user's wallet tokens, without their values")
    public List<TokenView> tokens(@PathParam("userId") String userId) {
        return admin.tokensOf(userId);
    }

    @DELETE
    @Path("{userId}/wallet-tokens/{tokenId}")
    @Operation(operationId = "revokeWalletToken", summary = "Revoke a wallet token")
    public Response revoke(@PathParam("userId") String userId, @PathParam("tokenId") String tokenId) {
        admin.revokeToken(userId, tokenId);
        return Response.noContent().build();
    }
}
