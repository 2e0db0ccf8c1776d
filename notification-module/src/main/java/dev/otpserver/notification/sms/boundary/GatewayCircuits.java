package dev.otpserver.notification.sms.boundary;

import dev.otpserver.common.admin.AdminRole;
import dev.otpserver.notification.sms.control.SmsChannel;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;

/** The circuit state of each selected SMS gateway on this node, for the console's dashboard. */
@Stateless
@DeclareRoles({AdminRole.NAME, AdminRole.VIEWER})
@RolesAllowed({AdminRole.NAME, AdminRole.VIEWER})
public class GatewayCircuits {

    @Inject
    SmsChannel sms;

    public Map<String, String> states() {
        return sms.circuits();
    }
}
