package dev.otpserver.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Every JAX-RS endpoint of the feature modules, served from the root of the one web module. */
@ApplicationPath("/")
public class OtpServerApplication extends Application {
}
