package dev.otpserver.web.metrics;

import dev.otpserver.common.metrics.MeterBackend;

/** A server's metrics support, if this server has it. */
interface ServerMeterBackend extends MeterBackend {

    boolean available();
}
