package org.w3id.hpkg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by every subcommand that reads or writes the store. */
public final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
            description = "Store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    public Path store() {
        return store;
    }
}
