package dev.hankojakarta.it;

import org.jboss.arquillian.container.test.api.Deployer;

/** Deploying applications that must fail to deploy. */
final class Deployments {

    private Deployments() {
    }

    /** Deploys and undeploys {@code name}, whether or not its deployment fails; the server's log tells what happened. */
    static void attempt(Deployer deployer, String name) {
        attempt(deployer, name, () -> { });
    }

    /**
     * Deploys {@code name}, runs {@code whileDeployed} (whether or not the deployment failed: Payara Micro may report
     * an application deployed whose web context then fails to start), and undeploys it.
     */
    static void attempt(Deployer deployer, String name, Runnable whileDeployed) {
        try {
            // Payara Micro's connector reports a failed deployment only in the log; other connectors throw, some a
            // checked DeploymentException that Deployer does not declare.
            deployer.deploy(name);
        } catch (Exception expected) {
            // a failed deployment, or the marker assertion of the caller tells
        }
        try {
            whileDeployed.run();
        } finally {
            try {
                deployer.undeploy(name);
            } catch (Exception ignored) {
                // nothing was deployed
            }
        }
    }
}
