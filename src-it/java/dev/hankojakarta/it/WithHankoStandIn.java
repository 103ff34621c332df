package dev.hankojakarta.it;

import java.net.URL;

import dev.hankojakarta.testkit.HankoStandIn;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test against the sample application deployed with its own Hanko stand-in. The subclass's static
 * {@code @Deployment} method calls {@link #startHanko()} (it runs before the deployment, so the stand-in's URL can go
 * into the WAR's configuration); the stand-in stops after the class.
 */
@ExtendWith(ArquillianExtension.class)
abstract class WithHankoStandIn {

    /** The stand-in of the running test class; classes run one after the other. */
    static HankoStandIn hanko;

    @ArquillianResource
    URL deployment;

    /** Starts capturing the server log and a stand-in on an ephemeral port of 127.0.0.1. */
    static HankoStandIn startHanko() {
        return use(HankoStandIn.start());
    }

    /** Captures the server log and makes {@code standIn} this class's Hanko. */
    static HankoStandIn use(HankoStandIn standIn) {
        ServerLog.capture();
        hanko = standIn;
        return standIn;
    }

    /** A client of the deployed application. */
    Http http() {
        return new Http(deployment);
    }

    @AfterAll
    static void stopHanko() {
        if (hanko != null) {
            IssuedTokens.record(hanko);
            hanko.close();
        }
    }
}
