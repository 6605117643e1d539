package org.w3id.hpkg;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.hpkg.cli.Main;

/**
 * Pins the package layout that the README's pipeline picture shows: each package may use only the
 * packages below it in {@link #LAYERS}, so data flows one way (load → normalize → parse → extract → rdf →
 * store) and the tools on top (rebuild, queries, evaluation, report, publishing, bench, CLI) never reach
 * back down into each other's rooms. A new package must be given its place here.
 */
class ArchitectureTest {

    /** Lowest first: a package may depend on the packages listed before it, never on those after it. */
    static final List<String> LAYERS = List.of(
            "data", "load", "normalize", "parse", "extract", "rdf", "validate", "text", "store", "export",
            "rebuild", "library", "eval", "report", "publish", "bench", "cli");

    private static JavaClasses classes;

    /**
     * hpkg's classes, read from where they were loaded (target/classes, or the jar). Not importPackages: it
     * looks for the package in every jar of the classpath, which took ten times longer than the checks.
     */
    @BeforeAll
    static void importClasses() throws Exception {
        URL location = Main.class.getProtectionDomain().getCodeSource().getLocation();
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(l -> l.contains("/org/w3id/hpkg/"))
                .importUrl(location);
        // the checks mean something only if every package was read
        for (String layer : LAYERS) {
            assertTrue(classes.containPackage("org.w3id.hpkg." + layer), "no classes of " + layer + " from " + location);
        }
    }

    @Test
    void packagesUseOnlyThePackagesBelowThem() {
        Architectures.LayeredArchitecture layers = Architectures.layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .ensureAllClassesAreContainedInArchitecture();
        for (String layer : LAYERS) {
            layers = layers.layer(layer).definedBy("org.w3id.hpkg." + layer + "..");
        }
        for (int i = 0; i < LAYERS.size(); i++) {
            List<String> above = LAYERS.subList(i + 1, LAYERS.size());
            layers = above.isEmpty()
                    ? layers.whereLayer(LAYERS.get(i)).mayNotBeAccessedByAnyLayer()
                    : layers.whereLayer(LAYERS.get(i)).mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
        }
        layers.check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.w3id.hpkg.(**)").should().beFreeOfCycles().check(classes);
    }
}
