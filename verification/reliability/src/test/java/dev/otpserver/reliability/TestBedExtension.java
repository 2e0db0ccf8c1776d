package dev.otpserver.reliability;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands each test the one {@link TestBed} of the run, started by the first test that needs it and stopped when
 * the run ends; before each test it brings back whatever an earlier test left down.
 */
final class TestBedExtension implements BeforeEachCallback, ParameterResolver {

    @Override
    public void beforeEach(ExtensionContext context) {
        bed(context).ensureUp();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestBed.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return bed(context);
    }

    private static TestBed bed(ExtensionContext context) {
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.create(TestBedExtension.class))
                .getOrComputeIfAbsent(TestBed.class, type -> TestBed.start(), TestBed.class);
    }
}
