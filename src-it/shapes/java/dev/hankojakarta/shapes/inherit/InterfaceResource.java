package dev.hankojakarta.shapes.inherit;

import jakarta.ws.rs.Path;

/** Implements {@link SecretApi} without annotating its methods: the interface's rules apply. */
@Path("secret")
public class InterfaceResource implements SecretApi {

    @Override
    public String secret() {
        return "secret";
    }

    @Override
    public String open() {
        return "open";
    }

    @Override
    public String plain() {
        return "plain";
    }
}
