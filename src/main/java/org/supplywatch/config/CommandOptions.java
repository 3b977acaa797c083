package org.supplywatch.config;

import java.util.Arrays;
import java.util.Optional;

/** The {@code --name=value} options of the jar's commands (rdf-export, rdf-import, offline-import, bench). */
public final class CommandOptions {

    private CommandOptions() {
    }

    /** The value of the first {@code --name=...} among the arguments. */
    public static Optional<String> value(String[] args, String name) {
        String prefix = "--" + name + "=";
        return Arrays.stream(args).filter(arg -> arg.startsWith(prefix)).map(arg -> arg.substring(prefix.length())).findFirst();
    }
}
