package org.scicoop.secretariat.it.support;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real EAR, deployed and undeployed by the test itself: the application taken down and brought back on the same
 * database, as a restart does (timers caught up at start, reminders never sent twice). The test deploys it first
 * ({@link #start}) and undeploys it at the end ({@link #stop}).
 */
@ExtendWith(ArquillianExtension.class)
public abstract class RestartableApplication {

    private static final String DEPLOYMENT = "restartable";

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    public static EnterpriseArchive application() {
        return DeployedApplication.application();
    }

    /** Keycloak started beside WildFly's boot ({@link Infrastructure}); the tests need it now. */
    @BeforeAll
    static void keycloakAnswers() {
        Infrastructure.awaitKeycloak();
    }

    protected void start() {
        deployer.deploy(DEPLOYMENT);
    }

    protected void stop() {
        deployer.undeploy(DEPLOYMENT);
    }
}
