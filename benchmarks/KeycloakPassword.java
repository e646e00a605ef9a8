import java.lang.management.ManagementFactory;
import java.util.concurrent.Semaphore;

import org.keycloak.crypto.hash.Argon2Parameters;
import org.keycloak.crypto.hash.Argon2PasswordHashProvider;

/**
 * Prints a password credential as the secretariat realm stores a newly set password: Argon2id with Keycloak's
 * defaults, computed by Keycloak's own provider (run with the built Keycloak's libraries on the class path, see
 * benchmarks/load.sh). First line: the credential's secretData, second: its credentialData, as a partial import
 * takes them. Users imported with it cost Keycloak one Argon2 verification per sign-in and no rehash.
 *
 * With {@code --cost N}: what one sign-in's verification costs instead, in CPU milliseconds (N verifications of one
 * credential on one thread, after N unmeasured ones to compile the code), the figure that bounds sign-ins per core.
 *
 * usage: java -cp "server/target/keycloak/lib/lib/main/*:server/target/keycloak/lib/lib/boot/*" \
 *            benchmarks/KeycloakPassword.java PASSWORD | --cost N
 */
public class KeycloakPassword {
    public static void main(String[] args) {
        if (args.length == 2 && args[0].equals("--cost")) {
            cost(Integer.parseInt(args[1]));
            return;
        }
        if (args.length != 1) {
            System.err.println("usage: KeycloakPassword PASSWORD | --cost N");
            System.exit(2);
        }
        var credential = provider().encodedCredential(args[0], -1);
        System.out.println(credential.getSecretData());
        System.out.println(credential.getCredentialData());
    }

    private static Argon2PasswordHashProvider provider() {
        return new Argon2PasswordHashProvider(Argon2Parameters.DEFAULT_VERSION, Argon2Parameters.DEFAULT_TYPE,
                Argon2Parameters.DEFAULT_HASH_LENGTH, Argon2Parameters.DEFAULT_MEMORY,
                Argon2Parameters.DEFAULT_ITERATIONS, Argon2Parameters.DEFAULT_PARALLELISM, new Semaphore(1));
    }

    private static void cost(int n) {
        var argon2 = provider();
        var credential = argon2.encodedCredential("demo-password", -1);
        var thread = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < n; i++) {
            check(argon2.verify("demo-password", credential));
        }
        long cpu = thread.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < n; i++) {
            check(argon2.verify("demo-password", credential));
        }
        System.out.printf("Argon2id with Keycloak's defaults: %.1f ms of CPU (%.1f ms wall clock) per verification,"
                        + " %d verifications%n", (thread.getCurrentThreadCpuTime() - cpu) / 1e6 / n,
                (System.nanoTime() - wall) / 1e6 / n, n);
    }

    private static void check(boolean verified) {
        if (!verified) {
            throw new IllegalStateException("the password did not verify");
        }
    }
}
