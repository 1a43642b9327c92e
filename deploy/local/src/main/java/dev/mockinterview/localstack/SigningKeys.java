package dev.mockinterview.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair that signs local tokens. It is made on first start in the data folder and never committed;
 * the services verify tokens with the public half.
 */
public final class SigningKeys {
    private static final String PRIVATE_FILE = "private-key.pem";
    private static final String PUBLIC_FILE = "public-key.pem";

    private final Path folder;

    private SigningKeys(Path folder) {
        this.folder = folder;
    }

    /** The key pair in the folder, made there first if it does not exist. */
    public static SigningKeys inFolder(Path folder) {
        SigningKeys keys = new SigningKeys(folder.toAbsolutePath());
        if (!Files.exists(keys.publicKeyFile())) {
            keys.generate();
        }
        return keys;
    }

    /** The key pair in the folder, which must exist already. */
    public static SigningKeys existing(Path folder) {
        SigningKeys keys = new SigningKeys(folder.toAbsolutePath());
        if (!Files.exists(keys.folder.resolve(PRIVATE_FILE))) {
            throw new IllegalStateException(
                    "no signing key in " + folder + ": start the stack once (deploy/local/run)");
        }
        return keys;
    }

    public Path publicKeyFile() {
        return folder.resolve(PUBLIC_FILE);
    }

    public PrivateKey privateKey() {
        try {
            String pem = Files.readString(folder.resolve(PRIVATE_FILE));
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            byte[] der = Base64.getDecoder().decode(base64);
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable signing key in " + folder, e);
        }
    }

    private void generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(folder);
            Path privateFile = folder.resolve(PRIVATE_FILE);
            Files.writeString(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
            Files.writeString(publicKeyFile(), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }
}
