package org.w3id.hpkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * The commands' reference pages ({@code docs/commands/*.adoc}, AsciiDoc man pages) are what picocli-codegen
 * generates from the commands themselves, so they cannot drift from {@code --help}. After changing a command:
 * {@code mvn -B test -Dtest=CommandDocsTest -Dhpkg.updateDocs=true} and review the diff.
 */
class CommandDocsTest {

    private static final Path DOCS = Path.of("docs/commands");

    @Test
    void theReferencePagesAreThoseTheCommandsGenerate() throws IOException {
        Map<String, String> generated = generated();
        if (Boolean.getBoolean("hpkg.updateDocs")) {
            write(generated);
        }
        assertEquals(generated, committed(), "docs/commands/ is stale: regenerate it with -Dhpkg.updateDocs=true");
    }

    private static Map<String, String> generated() {
        Map<String, String> pages = new TreeMap<>();
        CommandLine root = HpkgCommand.commandLine();
        pages.put("hpkg.adoc", page(root));
        root.getSubcommands().forEach((name, sub) -> pages.put("hpkg-" + name + ".adoc", page(sub)));
        return pages;
    }

    private static String page(CommandLine command) {
        StringWriter out = new StringWriter();
        try (PrintWriter writer = new PrintWriter(out)) {
            ManPageGenerator.writeSingleManPage(writer, command.getCommandSpec());
        }
        return out.toString();
    }

    private static Map<String, String> committed() throws IOException {
        Map<String, String> pages = new TreeMap<>();
        if (!Files.isDirectory(DOCS)) {
            return pages;
        }
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".adoc")).toList()) {
                pages.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return pages;
    }

    private static void write(Map<String, String> pages) throws IOException {
        Files.createDirectories(DOCS);
        try (Stream<Path> old = Files.list(DOCS)) {
            for (Path f : old.filter(p -> p.toString().endsWith(".adoc")).toList()) {
                Files.delete(f);
            }
        }
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Files.writeString(DOCS.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
        }
    }
}
