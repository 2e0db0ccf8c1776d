package dev.otpserver.notification.delivery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateValuesTest {

    @Test
    void valuesSurviveTheTripThroughJson() {
        Map<String, String> values = Map.of("code", "012345", "clientName", "Shop \"Quoted\" é");

        assertEquals(values, TemplateValues.fromJson(TemplateValues.toJson(values)));
    }
}
