package org.w3id.hpkg.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.commons.io.output.WriterOutputStream;
import picocli.CommandLine.Model.CommandSpec;

/** The command's standard output as a byte stream, for writers (Jena's) that need one. */
final class CommandOutput {

    private CommandOutput() {}

    static OutputStream stream(CommandSpec spec) {
        try {
            return new BufferedOutputStream(WriterOutputStream.builder().setWriter(spec.commandLine().getOut())
                    .setCharset(StandardCharsets.UTF_8).setWriteImmediately(false).get());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
