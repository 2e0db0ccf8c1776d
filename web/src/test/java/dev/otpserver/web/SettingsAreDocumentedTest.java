package dev.otpserver.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every setting the code declares is listed in the Configuration table (docs/configuration.md). */
class SettingsAreDocumentedTest {

    /** A {@code @ConfigProperty}, or a setting read by its full name (as the webhook channel's, which has former names). */
    private static final Pattern DECLARED =
            Pattern.compile("(?:@ConfigProperty\\(name = |setting\\()\"(otp\\.[a-z0-9.-]+)\"");

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyDeclaredSettingIsInTheConfigurationTable() throws IOException {
        String table = Files.readString(REPOSITORY.resolve("docs/configuration.md"));
        List<String> declared = declaredSettings();

        assertTrue(declared.size() > 10, "found the declarations: " + declared);
        List<String> missing = declared.stream()
                .filter(key -> !table.contains("`" + key + "`"))
                .toList();
        assertTrue(missing.isEmpty(), "settings missing from docs/configuration.md: " + missing);
    }

    private static List<String> declaredSettings() throws IOException {
        try (Stream<Path> files = Files.walk(REPOSITORY)) {
            return files.filter(file ->
                            file.toString().endsWith(".java") && file.toString().contains("/src/main/java/"))
                    .filter(file -> !file.toString().contains("/target/"))
                    .flatMap(SettingsAreDocumentedTest::declarations)
                    .distinct()
                    .sorted()
                    .toList();
        }
    }

    private static Stream<String> declarations(Path file) {
        try {
            Matcher matcher = DECLARED.matcher(Files.readString(file));
            return matcher.results().map(match -> match.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
