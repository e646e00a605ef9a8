package org.scicoop.secretariat.it.support;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real EAR, deployed and undeployed by the test itself: the application taken down and brought back on the same
 * database, as a restart does (timers caught up at start, reminders never sent twice). The run's deployment
 * ({@link RunDeployment}, same name) is taken down before the class; the test deploys it ({@link #start}) and
 * undeploys it at the end ({@link #stop}); the next {@link DeployedApplication} class deploys it again.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class RestartableApplication {

    /** The run's deployment taken down; Keycloak started beside WildFly's boot ({@link Infrastructure}) awaited. */
    @BeforeAll
    static void undeployedAndKeycloakAnswers() {
        RunDeployment.undeploy();
        Infrastructure.awaitKeycloak();
    }

    protected void start() {
        RunDeployment.deploy();
    }

    protected void stop() {
        RunDeployment.undeploy();
    }
}
