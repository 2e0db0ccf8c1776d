package dev.otpserver.web.admin;

import dev.otpserver.common.admin.AdminProblem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The admin API's one error mapping. */
@Provider
public class AdminProblemMapper implements ExceptionMapper<AdminProblem> {

    @Override
    public Response toResponse(AdminProblem problem) {
        return new Problem(problem.status(), problem.getMessage()).toResponse();
    }
}
