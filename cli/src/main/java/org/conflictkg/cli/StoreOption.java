package org.conflictkg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by the commands that use a store. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR",
            description = "TDB2 store folder (default: $KG_STORE, else ./kg-store)")
    Path store;

    Path path() {
        if (store != null) {
            return store;
        }
        String env = System.getenv("KG_STORE");
        return Path.of(env != null && !env.isBlank() ? env : "kg-store");
    }
}
