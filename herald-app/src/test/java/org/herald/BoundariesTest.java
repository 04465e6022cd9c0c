package org.herald;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.herald.annotate.Annotator;
import org.junit.jupiter.api.Test;

/**
 * The package rules of docs/design.md, checked on the compiled classes of both modules: a stage
 * reads the model and its own {@code internal} package, never another stage's; an {@code
 * internal} package is used by its own stage alone; the library (herald-core) knows nothing of
 * the application (store, command line, server); and only the pipeline builds the chain, so only
 * it (and the annotate stage itself) asks for an annotator, in the tests too.
 */
class BoundariesTest {

    /** The stages, in pipeline order: one package each. */
    static final List<String> STAGES = List.of("ingest", "extract", "annotate", "actors", "events", "quotes", "places", "times");
    /** What herald-app holds. */
    static final String[] APP = {"org.herald.store..", "org.herald.cli..", "org.herald.serve.."};

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.herald");

    /** Every rule about imports, one per stage and package kind. */
    static List<ArchRule> importRules() {
        List<ArchRule> rules = new ArrayList<>();
        for (String stage : STAGES) {
            List<String> others = new ArrayList<>();
            for (String o : STAGES) {
                if (!o.equals(stage)) {
                    others.add("org.herald." + o + "..");
                }
            }
            others.addAll(List.of("org.herald.pipeline..", "org.herald.eval.."));
            others.addAll(List.of(APP));
            rules.add(noClasses().that().resideInAPackage("org.herald." + stage + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others.toArray(String[]::new))
                    .as("the " + stage + " stage imports no other stage, nor the pipeline, eval or app")
                    .because("a stage reads the model and its own internal package only (docs/design.md)"));
            rules.add(noClasses().that().resideOutsideOfPackage("org.herald." + stage + "..")
                    .should().dependOnClassesThat().resideInAPackage("org.herald." + stage + ".internal..")
                    .as("nothing outside the " + stage + " stage uses " + stage + ".internal")
                    .because("an internal package is not API"));
        }
        List<String> notModel = new ArrayList<>();
        for (String o : STAGES) {
            notModel.add("org.herald." + o + "..");
        }
        notModel.addAll(List.of("org.herald.pipeline..", "org.herald.eval.."));
        notModel.addAll(List.of(APP));
        rules.add(noClasses().that().resideInAPackage("org.herald.model..")
                .should().dependOnClassesThat().resideInAnyPackage(notModel.toArray(String[]::new))
                .as("the model imports no stage, nor the pipeline, eval or app"));
        List<String> core = new ArrayList<>(List.of("org.herald.model..", "org.herald.pipeline..", "org.herald.eval.."));
        for (String o : STAGES) {
            core.add("org.herald." + o + "..");
        }
        rules.add(noClasses().that().resideInAnyPackage(core.toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage(APP)
                .as("herald-core imports nothing of herald-app"));
        rules.add(noClasses().that().resideInAPackage("org.herald.pipeline..")
                .should().dependOnClassesThat().resideInAnyPackage("org.herald.eval..")
                .as("the pipeline imports no evaluation code"));
        return rules;
    }

    /** Only the pipeline builds the chain: nothing else asks for an annotator (the stage's own tests aside). */
    static ArchRule oneComposer() {
        return callers("org.herald.pipeline..", "org.herald.annotate..");
    }

    private static ArchRule callers(String... allowed) {
        // a call or a method reference (Annotator::shared) alike
        DescribedPredicate<JavaAccess<?>> annotator = DescribedPredicate.describe("the annotator's shared() or create()",
                access -> access.getTargetOwner().isEquivalentTo(Annotator.class)
                        && (access.getName().equals("shared") || access.getName().equals("create")));
        return noClasses().that().resideOutsideOfPackages(allowed)
                .should().accessTargetWhere(annotator)
                .as("only " + String.join(" and ", allowed) + " ask for an annotator")
                .because("the chain is composed in org.herald.pipeline.Pipeline alone");
    }

    @Test
    void each_stage_imports_only_the_model_and_its_own_internals_and_core_imports_no_app() {
        assertThat(MAIN.containPackage("org.herald.pipeline")).isTrue();
        assertThat(MAIN.containPackage("org.herald.cli")).isTrue();
        for (ArchRule r : importRules()) {
            r.check(MAIN);
        }
    }

    @Test
    void only_the_pipeline_asks_for_an_annotator_in_the_code_and_in_every_test() {
        oneComposer().check(MAIN);
        // the tests of both modules: this one's on the class path, herald-core's beside it
        Path coreTests = Path.of("..", "herald-core", "target", "test-classes");
        assumeThat(Files.isDirectory(coreTests)).as("herald-core's tests are compiled (mvn verify builds them first)").isTrue();
        JavaClasses tests = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/target/classes/")
                        && !location.contains("LeakForBoundariesTest"))
                .importPaths(coreTests, Path.of("target", "test-classes"));
        assertThat(tests.contain("org.herald.pipeline.PipelineTest")).isTrue();
        oneComposer().check(tests);
    }

    @Test
    void the_rules_catch_a_stage_that_imports_another_or_an_internal_package() throws ClassNotFoundException {
        // the rules are checked on a class written to break them: they must not be vacuous
        JavaClasses leak = new ClassFileImporter().importClasses(Class.forName("org.herald.events.LeakForBoundariesTest"));
        List<String> broken = new ArrayList<>();
        for (ArchRule r : importRules()) {
            EvaluationResult e = r.allowEmptyShould(true).evaluate(leak);
            if (e.hasViolation()) {
                broken.add(r.getDescription());
            }
        }
        assertThat(broken).anyMatch(d -> d.startsWith("the events stage imports no other stage"))
                .anyMatch(d -> d.startsWith("nothing outside the actors stage uses actors.internal"));
        // and the composer rule sees the pipeline's own call, were the pipeline not allowed it
        assertThat(callers("org.herald.annotate..").evaluate(MAIN).getFailureReport().getDetails())
                .anyMatch(d -> d.contains("<org.herald.pipeline.Pipeline") && d.contains("<org.herald.annotate.Annotator"));
    }
}
