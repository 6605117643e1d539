package org.w3id.hpkg.cli;

/** Entry point of the {@code hpkg} command. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(HpkgCommand.commandLine().execute(args));
    }
}
