package com.chainleads.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.base.DescribedPredicate;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.ValueProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.data.repository.Repository;

/** The layering rules of the code base. */
@AnalyzeClasses(packages = "com.chainleads", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final DescribedPredicate<JavaClass> REPOSITORIES =
            JavaClass.Predicates.assignableTo(Repository.class);

    @ArchTest
    static final ArchRule viewsNeverUseRepositories = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat(REPOSITORIES)
            .because("views call the feature's service, which owns transactions and access rules");

    @ArchTest
    static final ArchRule domainDependsOnNeitherServicesNorViews = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..service..", "..ui..");

    @ArchTest
    static final ArchRule servicesDoNotDependOnViews = noClasses().that().resideInAPackage("..service..")
            .should().dependOnClassesThat().resideInAPackage("..ui..");

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices().matching("com.chainleads.(*)..")
            .should().beFreeOfCycles()
            // base is the shared kernel and the shell; the shell (MainLayout) composes the features
            .ignoreDependency(JavaClass.Predicates.resideInAPackage("com.chainleads.base.."),
                    DescribedPredicate.alwaysTrue());

    @ArchTest
    static final ArchRule otherFeaturesReadFiguresThroughLeadFiguresNotTheSummaryTables = noClasses()
            .that().resideOutsideOfPackages("com.chainleads.lead..", "com.chainleads")
            .should().dependOnClassesThat().resideInAPackage("com.chainleads.lead.summary..")
            .because("the summary tables are the lead register's own; the cockpit and the map ask LeadFigures");

    @ArchTest
    static final ArchRule gridCellsAreNeverComponents = noClasses()
            .should().callMethod(Grid.class, "addComponentColumn", ValueProvider.class)
            .because("a component per cell costs every open page server memory per row: grids draw their cells "
                    + "in the browser with LitRenderer (see LeadListView)");

    @ArchTest
    static final ArchRule onlyServicesAndSecurityUseRepositories = noClasses()
            .that().resideOutsideOfPackages("..domain..", "..service..", "com.chainleads.security")
            .should().dependOnClassesThat(REPOSITORIES);

    @ArchTest
    static final ArchRule onlyTheRulingsSettleDuplicates = noClasses()
            .that().resideOutsideOfPackages("com.chainleads.lead.service..", "com.chainleads.practice.service..")
            .should().dependOnClassesThat().haveFullyQualifiedName("com.chainleads.lead.service.DuplicateSettlement")
            .because("settling a 撞单 crosses unit lines: only the claims and rulings decide it, never a view");

    private static final int LARGEST_CLASS_WITHOUT_A_REASON = 400;

    /** A class over 400 lines says why in its first comment ("Size: …"); else it is split along its seams. */
    @ArchTest
    static void largeClassesSayWhyTheyAreLarge(JavaClasses classes) throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            offenders = files.filter(file -> file.toString().endsWith(".java")).filter(file -> {
                try {
                    List<String> lines = Files.readAllLines(file);
                    if (lines.size() <= LARGEST_CLASS_WITHOUT_A_REASON) {
                        return false;
                    }
                    String text = String.join("\n", lines);
                    int start = text.indexOf("/**");
                    int end = start < 0 ? -1 : text.indexOf("*/", start);
                    return end < 0 || !text.substring(start, end).contains("Size:");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).map(Path::toString).toList();
        }
        assertThat(offenders).as("classes over %d lines without a reason (\"Size: …\") in their first comment",
                LARGEST_CLASS_WITHOUT_A_REASON).isEmpty();
    }
}
