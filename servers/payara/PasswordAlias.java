import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import javax.crypto.spec.SecretKeySpec;

/**
 * Creates or updates a Payara password alias offline (what `asadmin create-password-alias` does on a running
 * domain): an entry of the domain's alias store config/domain-passwords, a JCEKS keystore sealed with the master
 * password, holding the value as Payara does (a secret key of its bytes). Run by configure.sh as
 * {@code java PasswordAlias.java <domain-passwords> <alias> <value-file> [master-password-file]}; the value is read
 * from a file (its first line), so that it never appears on a command line.
 */
public class PasswordAlias {

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: PasswordAlias.java <domain-passwords> <alias> <value-file> [master-password-file]");
        }
        Path store = Path.of(args[0]);
        char[] master = args.length > 3 ? firstLine(Path.of(args[3])).toCharArray() : "changeit".toCharArray();
        KeyStore aliases = KeyStore.getInstance("JCEKS");
        if (Files.exists(store)) {
            try (InputStream in = Files.newInputStream(store)) {
                aliases.load(in, master);
            }
        } else {
            aliases.load(null, master);
        }
        byte[] value = firstLine(Path.of(args[2])).getBytes(StandardCharsets.UTF_8);
        aliases.setKeyEntry(args[1], new SecretKeySpec(value, "AES"), master, null);
        Path written = Files.createTempFile(store.toAbsolutePath().getParent(), ".domain-passwords", ".tmp");
        try (OutputStream out = Files.newOutputStream(written)) {
            aliases.store(out, master);
        }
        Files.move(written, store, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String firstLine(Path file) throws Exception {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
    }
}
