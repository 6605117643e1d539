package org.w3id.hpkg.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest; "development" when run from classes. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = HpkgCommand.class.getPackage().getImplementationVersion();
        return new String[] {"hpkg " + (version == null ? "development" : version),
                "Java " + System.getProperty("java.version")};
    }
}
