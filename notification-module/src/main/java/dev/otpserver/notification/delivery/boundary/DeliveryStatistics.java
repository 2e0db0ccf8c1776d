package dev.otpserver.notification.delivery.boundary;

import dev.otpserver.common.admin.AdminRole;
import dev.otpserver.notification.delivery.control.DeliveryCounts;
import dev.otpserver.notification.delivery.control.DeliveryCounts.ChannelCounts;
import dev.otpserver.notification.delivery.control.DeliveryCounts.GatewayCounts;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Delivery per channel and gateway since a moment, and the backlogs: the console's dashboard reads them. */
@Stateless
@DeclareRoles({AdminRole.NAME, AdminRole.VIEWER})
@RolesAllowed({AdminRole.NAME, AdminRole.VIEWER})
public class DeliveryStatistics {

    @Inject
    DeliveryCounts counts;

    public List<ChannelCounts> channels(Instant since) {
        return counts.channels(since);
    }

    public List<GatewayCounts> gateways(Instant since) {
        return counts.gateways(since);
    }

    public Map<String, Long> backlogs() {
        return counts.backlogs();
    }
}
