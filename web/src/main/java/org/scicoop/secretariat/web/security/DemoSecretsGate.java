package org.scicoop.secretariat.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.scicoop.secretariat.platform.control.DemoSecrets;

/**
 * The web module's half of {@link DemoSecrets}: when WildFly deploys the EAR at its boot (the deployments directory,
 * or a deployment kept in its configuration), the singleton's refusal fails that one component and the rest stays
 * deployed, the web context included: pages and the API would answer. Failing here keeps the context from being
 * registered, so nothing is served. The singleton writes the one log line; this only refuses.
 */
@WebListener
public class DemoSecretsGate implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        DemoSecrets.refusal().ifPresent(why -> {
            throw new IllegalStateException(why);
        });
    }
}
