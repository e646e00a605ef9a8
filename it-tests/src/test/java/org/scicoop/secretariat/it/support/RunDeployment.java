package org.scicoop.secretariat.it.support;

import org.jboss.as.controller.client.ModelControllerClient;
import org.wildfly.plugin.tools.Deployment;
import org.wildfly.plugin.tools.DeploymentManager;
import org.wildfly.plugin.tools.UndeployDescription;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The real EAR on the run's WildFly, deployed through its management interface ({@code wildfly-plugin-tools}, which
 * the managed Arquillian container brings): once for the whole run rather than once per class. Every class is a
 * client of the application ({@link DeployedApplication}), so none needs a deployment of its own; Arquillian only
 * boots and stops the server. A class that restarts the application ({@link RestartableApplication}) takes this
 * deployment down, and the next deployed class finds it gone and deploys it again. The server is asked each time,
 * so nothing here can believe the EAR is deployed when it is not.
 */
public final class RunDeployment {

    /** The name Arquillian deployed it under, and the one the server log and bin/run use. */
    public static final String NAME = "secretariat.ear";

    private RunDeployment() {
    }

    /** Deploys the EAR unless the server already runs it (a deployment that failed is replaced). */
    public static synchronized void ensureDeployed() {
        on(manager -> {
            if (manager.hasDeployment(NAME)) {
                if (manager.isEnabled(NAME)) {
                    return;
                }
                manager.undeploy(UndeployDescription.of(NAME)).assertSuccess();
            }
            long start = System.nanoTime();
            manager.deploy(Deployment.of(ear()).setName(NAME)).assertSuccess();
            System.out.printf("Deployed %s for the run in %d ms%n", NAME, (System.nanoTime() - start) / 1_000_000);
        });
    }

    /** Deploys the EAR, which must not be deployed: the application's start. */
    public static synchronized void deploy() {
        on(manager -> manager.deploy(Deployment.of(ear()).setName(NAME)).assertSuccess());
    }

    /** Undeploys the EAR if it is deployed: the application's stop. */
    public static synchronized void undeploy() {
        on(manager -> manager.undeploy(UndeployDescription.of(NAME).setFailOnMissing(false)).assertSuccess());
    }

    private static Path ear() {
        return TestEnvironment.buildDirectory().resolve(NAME);
    }

    private interface Work {
        void on(DeploymentManager manager) throws IOException;
    }

    private static void on(Work work) {
        try (ModelControllerClient client = ModelControllerClient.Factory.create("remote+http", "localhost",
                TestEnvironment.wildflyManagementPort())) {
            work.on(DeploymentManager.create(client));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
