package org.scicoop.secretariat.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real EAR, as the build made it, deployed to the managed WildFly (one server boot for the whole
 * run). Tests talk to it from outside, as browsers and API clients do.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedApplication {

    @Deployment(testable = false)
    public static EnterpriseArchive application() {
        return ShrinkWrap.create(ZipImporter.class, "secretariat.ear")
                .importFrom(TestEnvironment.buildDirectory().resolve("secretariat.ear").toFile())
                .as(EnterpriseArchive.class);
    }

    /** Keycloak started beside WildFly's boot and this deployment ({@link Infrastructure}); the tests need it now. */
    @BeforeAll
    static void keycloakAnswers() {
        Infrastructure.awaitKeycloak();
    }
}
