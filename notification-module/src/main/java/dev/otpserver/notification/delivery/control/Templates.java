package dev.otpserver.notification.delivery.control;

import dev.otpserver.common.notification.DeliveryChannel;
import dev.otpserver.common.notification.MessageKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Fills in the templates of a message kind for the user's language: {@code <kind>_<language>.properties}
 * beside this class, with English as the fallback for any language that has none.
 */
@ApplicationScoped
public class Templates {

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public RenderedMessage render(
            MessageKind kind, DeliveryChannel channel, String languageTag, Map<String, String> values) {
        Locale locale = Locale.forLanguageTag(languageTag == null ? "" : languageTag);
        ResourceBundle bundle = ResourceBundle.getBundle(
                Templates.class.getPackageName() + "." + kind.name().toLowerCase(Locale.ROOT),
                locale,
                Templates.class.getClassLoader(),
                NO_DEFAULT_LOCALE);
        Object[] plain = arguments(values, false);
        if (channel == DeliveryChannel.SMS) {
            return new RenderedMessage(null, format(bundle, "sms", locale, plain), null);
        }
        return new RenderedMessage(
                format(bundle, "email.subject", locale, plain),
                format(bundle, "email.text", locale, plain),
                format(bundle, "email.html", locale, arguments(values, true)));
    }

    private static Object[] arguments(Map<String, String> values, boolean html) {
        return new Object[] {
            escape(values.getOrDefault("code", ""), html),
            escape(values.getOrDefault("lifetimeMinutes", ""), html),
            escape(values.getOrDefault("clientName", ""), html),
            escape(values.getOrDefault("smsMatchingToken", ""), html)
        };
    }

    private static String format(ResourceBundle bundle, String key, Locale locale, Object[] arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    private static String escape(String value, boolean html) {
        return html
                ? value.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;")
                        .replace("'", "&#39;")
                : value;
    }
}
