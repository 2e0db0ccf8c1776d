package dev.otpserver.web.admin;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The body of every error of the admin API and of paths outside the dialects: JSON, never HTML. */
@JsonbPropertyOrder({"status", "message"})
public record Problem(int status, String message) {

    public Response toResponse() {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(this)
                .build();
    }
}
