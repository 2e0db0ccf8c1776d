package dev.otpserver.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/** Prints a run's figures, and keeps them in target/reliability-figures.txt for the README's table. */
final class Figures {

    private static final Path FILE =
            Path.of(System.getProperty("reliability.secrets")).resolveSibling("reliability-figures.txt");

    private Figures() {}

    static void print(String heading, String text) {
        String block = "\n=== " + heading + " (" + Instant.now() + ") ===\n" + text + "\n";
        System.out.println(block);
        try {
            Files.writeString(
                    FILE, block, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.out.println("(cannot keep the figures in " + FILE + ": " + e + ")");
        }
    }
}
