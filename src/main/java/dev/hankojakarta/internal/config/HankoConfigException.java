package dev.hankojakarta.internal.config;

import java.util.List;

/**
 * The configuration cannot work. The message lists every problem, each naming the key, its environment-variable form,
 * the value found and an example of a good value, so that one failed deployment shows everything to fix.
 */
public class HankoConfigException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public HankoConfigException(List<String> problems) {
        super("Hanko Jakarta is not configured correctly:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
