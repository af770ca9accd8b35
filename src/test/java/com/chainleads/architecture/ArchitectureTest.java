package com.chainleads.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.ValueProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;

/** The layering rules of the code base. */
@AnalyzeClasses(packages = "com.chainleads", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final DescribedPredicate<JavaClass> REPOSITORIES =
            JavaClass.Predicates.assignableTo(Repository.class);

    @ArchTest
    static final ArchRule viewsNeverUseRepositories = noClasses()
            .that()
            .resideInAPackage("..ui..")
            .should()
            .dependOnClassesThat(REPOSITORIES)
            .because("views call the feature's service, which owns transactions and access rules");

    @ArchTest
    static final ArchRule domainDependsOnNeitherServicesNorViews = noClasses()
            .that()
            .resideInAPackage("..domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..service..", "..ui..");

    @ArchTest
    static final ArchRule servicesDoNotDependOnViews = noClasses()
            .that()
            .resideInAPackage("..service..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..ui..");

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles =
            slices().matching("com.chainleads.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule baseDependsOnNoFeature = noClasses()
            .that()
            .resideInAPackage("com.chainleads.base..")
            .should()
            .dependOnClassesThat(JavaClass.Predicates.resideInAPackage("com.chainleads.(*)..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("com.chainleads.base.."))))
            .because("base is the shared kernel and the shell: the features plug into it (ShellHeaderItem, "
                    + "LocalePreference), it imports none of them");

    @ArchTest
    static final ArchRule otherFeaturesReadFiguresThroughLeadFiguresNotTheSummaryTables = noClasses()
            .that()
            .resideOutsideOfPackages("com.chainleads.lead..", "com.chainleads")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.chainleads.lead.summary..")
            .because("the summary tables are the lead register's own; the cockpit and the map ask LeadFigures");

    @ArchTest
    static final ArchRule gridCellsAreNeverComponents = noClasses()
            .should()
            .callMethod(Grid.class, "addComponentColumn", ValueProvider.class)
            .because("a component per cell costs every open page server memory per row: grids draw their cells "
                    + "in the browser with LitRenderer (see LeadListView)");

    @ArchTest
    static final ArchRule onlyServicesAndSecurityUseRepositories = noClasses()
            .that()
            .resideOutsideOfPackages("..domain..", "..service..", "com.chainleads.security")
            .should()
            .dependOnClassesThat(REPOSITORIES);

    @ArchTest
    static final ArchRule onlyTheRulingsSettleDuplicates = noClasses()
            .that()
            .resideOutsideOfPackages("com.chainleads.lead.service..", "com.chainleads.claim.service..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("com.chainleads.lead.service.DuplicateSettlement")
            .because("settling a 撞单 crosses unit lines: only the claims and rulings decide it, never a view");

    @ArchTest
    static final ArchRule onlyTheLeadFeatureWritesTheLeadTableWithJdbc = noClasses()
            .that()
            .resideOutsideOfPackages("com.chainleads.lead..", "..db..", "..summary..")
            .should()
            .callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.<JavaClass>owner(
                            JavaClass.Predicates.assignableTo(JdbcOperations.class)
                                    .or(JavaClass.Predicates.assignableTo(NamedParameterJdbcOperations.class))))
                    .and(JavaCall.Predicates.target(HasName.Predicates.nameMatching("update|batchUpdate|execute"))))
            .because("another feature changes leads only through a port the lead feature offers "
                    + "(e.g. InvestorKeyColumns); its own tables it writes through JPA, except a read model (a "
                    + "summary package) keeping its counts with JDBC");

    @ArchTest
    static final ArchRule repositoriesDeclareNoNativeQueries = methods()
            .that()
            .areDeclaredInClassesThat(REPOSITORIES)
            .should(new ArchCondition<JavaMethod>("not be native SQL queries") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    boolean nativeSql = method.tryGetAnnotationOfType(Query.class)
                            .map(Query::nativeQuery)
                            .orElse(false);
                    events.add(new SimpleConditionEvent(
                            method,
                            !nativeSql,
                            method.getFullName() + (nativeSql ? " is" : " is not") + " a native query"));
                }
            })
            .because(
                    "native SQL on another feature's columns is a coupling this test cannot see: "
                            + "a feature's own SQL lives in its JDBC classes, columns of the leads behind the lead feature's ports");

    @ArchTest
    static final ArchRule everyPackageIsNullMarked = classes()
            .should(new ArchCondition<JavaClass>("reside in a package whose package-info says @NullMarked") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    boolean marked = type.getPackage().isAnnotatedWith(NullMarked.class);
                    events.add(new SimpleConditionEvent(
                            type, marked, type.getPackageName() + (marked ? " is" : " is not") + " @NullMarked"));
                }
            })
            .because("nullness is stated once per package: unannotated types are non-null, @Nullable marks the rest");

    private static final Pattern PACKAGE_NAME_IN_A_STRING = Pattern.compile("\"com\\.chainleads[.\"]");

    @ArchTest
    static void noPackageNamesInStrings(JavaClasses classes) throws IOException {
        assertThat(sourcesWhere(text -> PACKAGE_NAME_IN_A_STRING.matcher(text).find()))
                .as("package names written as strings (refer to a class instead, e.g. "
                        + "Application.class.getPackageName())")
                .isEmpty();
    }

    private static final int LARGEST_CLASS_WITHOUT_A_REASON = 400;

    /** A class over 400 lines says why in its first comment ("Size: …"); else it is split along its seams. */
    @ArchTest
    static void largeClassesSayWhyTheyAreLarge(JavaClasses classes) throws IOException {
        assertThat(sourcesWhere(text -> {
                    if (text.lines().count() <= LARGEST_CLASS_WITHOUT_A_REASON) {
                        return false;
                    }
                    int start = text.indexOf("/**");
                    int end = start < 0 ? -1 : text.indexOf("*/", start);
                    return end < 0 || !text.substring(start, end).contains("Size:");
                }))
                .as(
                        "classes over %d lines without a reason (\"Size: …\") in their first comment",
                        LARGEST_CLASS_WITHOUT_A_REASON)
                .isEmpty();
    }

    /** The main sources whose text matches. */
    private static List<String> sourcesWhere(Predicate<String> matches) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> {
                        try {
                            return matches.test(Files.readString(file));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .map(Path::toString)
                    .sorted()
                    .toList();
        }
    }
}
