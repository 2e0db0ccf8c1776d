package dev.otpserver.common.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealingKeyTest {

    @TempDir
    Path directory;

    @Test
    void sealedValueOpensWithTheSameKeyOnly() {
        SealingKey key = SealingKey.loadOrCreate(directory.resolve("a"));
        String sealed = key.seal("{\"code\":\"123456\"}");

        assertFalse(sealed.contains("123456"));
        assertEquals(
                "{\"code\":\"123456\"}",
                SealingKey.loadOrCreate(directory.resolve("a")).open(sealed));
        assertThrows(
                IllegalStateException.class,
                () -> SealingKey.loadOrCreate(directory.resolve("b")).open(sealed));
    }

    @Test
    void sealingTwiceNeverGivesTheSameText() {
        SealingKey key = SealingKey.loadOrCreate(directory.resolve("k"));

        assertNotEquals(key.seal("same"), key.seal("same"));
    }

    @Test
    void pepperHashesAreStableAndKeyed() {
        Pepper pepper = Pepper.loadOrCreate(directory.resolve("p"));

        assertEquals(
                pepper.hash("a", "b"),
                Pepper.loadOrCreate(directory.resolve("p")).hash("a", "b"));
        assertNotEquals(pepper.hash("ab"), pepper.hash("a", "b"));
        assertNotEquals(
                pepper.hash("a"), Pepper.loadOrCreate(directory.resolve("q")).hash("a"));
    }
}
