import java.util.concurrent.Semaphore;

import org.keycloak.crypto.hash.Argon2Parameters;
import org.keycloak.crypto.hash.Argon2PasswordHashProvider;

/**
 * Prints a password credential as the secretariat realm stores a newly set password: Argon2id with Keycloak's
 * defaults, computed by Keycloak's own provider (run with the built Keycloak's libraries on the class path, see
 * benchmarks/load.sh). First line: the credential's secretData, second: its credentialData, as a partial import
 * takes them. Users imported with it cost Keycloak one Argon2 verification per sign-in and no rehash.
 *
 * usage: java -cp "server/target/keycloak/lib/lib/main/*:server/target/keycloak/lib/lib/boot/*" \
 *            benchmarks/KeycloakPassword.java PASSWORD
 */
public class KeycloakPassword {
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: KeycloakPassword PASSWORD");
            System.exit(2);
        }
        var argon2 = new Argon2PasswordHashProvider(Argon2Parameters.DEFAULT_VERSION, Argon2Parameters.DEFAULT_TYPE,
                Argon2Parameters.DEFAULT_HASH_LENGTH, Argon2Parameters.DEFAULT_MEMORY,
                Argon2Parameters.DEFAULT_ITERATIONS, Argon2Parameters.DEFAULT_PARALLELISM, new Semaphore(1));
        var credential = argon2.encodedCredential(args[0], -1);
        System.out.println(credential.getSecretData());
        System.out.println(credential.getCredentialData());
    }
}
