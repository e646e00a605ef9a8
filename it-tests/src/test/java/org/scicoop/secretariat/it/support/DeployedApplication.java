package org.scicoop.secretariat.it.support;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real EAR, as the build made it, on the managed WildFly (one server boot for the whole run, Arquillian's), and
 * deployed once for the run: the first class deploys it, the later ones find it deployed ({@link RunDeployment}).
 * Tests talk to it from outside, as browsers and API clients do, so no class needs a deployment of its own. What one
 * class leaves in the application's memory (caches, sessions, counters) the next one finds, as on a server that
 * stays up.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedApplication {

    /**
     * The EAR deployed (a {@link RestartableApplication} class before may have taken it down), then Keycloak, started
     * beside WildFly's boot and the first deployment ({@link Infrastructure}), awaited: the tests need both now.
     */
    @BeforeAll
    static void deployedAndKeycloakAnswers() {
        RunDeployment.ensureDeployed();
        Infrastructure.awaitKeycloak();
    }
}
