package org.w3id.hpkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/**
 * For {@code hpkg eval}'s tests: a one-document corpus, the document's gold as is, and a gold it disagrees
 * with (every target expected at a different value), written into a folder.
 */
record EvalFixture(Path corpus, Path gold, Path wrongGold) {

    static final String DOC = "004_202b33ede5430d66.txt";

    static EvalFixture write(Path dir) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(Path.of("data/corpus", DOC), corpus.resolve(DOC));
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Path wrongGold = Files.createDirectories(dir.resolve("wrong-gold"));
        for (String name : List.of("tasks.tsv", "targets.tsv")) {
            List<String> lines = Files.readAllLines(Path.of("data/gold", name), StandardCharsets.UTF_8);
            List<String> mine = lines.stream().filter(l -> l.startsWith("doc\t") || l.startsWith(DOC)).toList();
            Files.write(gold.resolve(name), mine, StandardCharsets.UTF_8);
            // the wrong gold expects every target at a different value
            List<String> wrong = mine.stream().map(l -> name.equals("targets.tsv") && !l.startsWith("doc\t")
                    ? l.replaceFirst("\t(Exactly|AtLeast|Between)\t(\\d+)\t", "\t$1\t9$2\t") : l).toList();
            Files.write(wrongGold.resolve(name), wrong, StandardCharsets.UTF_8);
        }
        return new EvalFixture(corpus, gold, wrongGold);
    }

    record Run(int exit, String out, String err) {}

    static Run eval(String... args) {
        CommandLine cli = HpkgCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 1];
        all[0] = "eval";
        System.arraycopy(args, 0, all, 1, args.length);
        int exit = cli.execute(all);
        return new Run(exit, out.toString(), err.toString());
    }
}
