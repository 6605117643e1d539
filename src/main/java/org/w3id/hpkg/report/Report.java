package org.w3id.hpkg.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.w3id.hpkg.library.QueryLibrary;

/**
 * {@code hpkg report}: one self-contained HTML page with charts (server-rendered SVG) and tables. Every
 * chart and table is the result of a library query, named beside it with the command that reproduces
 * it, so that an analyst can rerun, change or export what they see.
 */
public final class Report {

    private final String region;
    private final List<ReportSection> sections;

    private Report(String region, List<ReportSection> sections) {
        this.region = region;
        this.sections = List.copyOf(sections);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Options of a report: the library, the dataset, and an optional region. */
    public static final class Builder {
        private QueryLibrary library;
        private Dataset dataset;
        private String region;

        public Builder library(QueryLibrary library) {
            this.library = library;
            return this;
        }

        public Builder dataset(Dataset dataset) {
            this.dataset = dataset;
            return this;
        }

        /** Only plans of this region or of regions inside it (null: all). */
        public Builder region(String region) {
            this.region = region == null || region.isBlank() ? null : region.strip();
            return this;
        }

        /** Runs the report's queries. */
        public Report build() {
            if (library == null || dataset == null) {
                throw new IllegalStateException("a report needs a query library and a dataset");
            }
            return new Report(region, new ReportSections(library, dataset, region).all());
        }
    }

    public int charts() {
        return (int) sections.stream().filter(s -> s.chart() && s.rows() > 0).count();
    }

    public int tables() {
        return (int) sections.stream().filter(s -> !s.chart()).count();
    }

    public void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, html(), StandardCharsets.UTF_8);
    }

    /** The whole page. */
    public String html() {
        return new ReportPage(region, sections).html();
    }
}
