package dev.otpserver.web.housekeeping;

import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * How busy this machine's processors have been of late, from 0 to 1, as the JVM's platform MBean reports it
 * ({@code java.lang:type=OperatingSystem}, attribute {@code CpuLoad}; within a container, of the container's
 * share). Read by name, so that no server has to let its deployments see {@code com.sun.management}. A load the
 * JVM cannot tell reads as 0.
 */
final class ProcessorLoad {

    private static final ObjectName OPERATING_SYSTEM = operatingSystem();

    private ProcessorLoad() {}

    static double recent() {
        try {
            Object load = ManagementFactory.getPlatformMBeanServer().getAttribute(OPERATING_SYSTEM, "CpuLoad");
            return load instanceof Double share && share > 0 ? share : 0;
        } catch (JMException | RuntimeException unknown) {
            return 0;
        }
    }

    private static ObjectName operatingSystem() {
        try {
            return new ObjectName(ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME);
        } catch (JMException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
