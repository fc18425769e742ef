package io.cloudimages.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.cloudimages.ApplicationApi;
import io.cloudimages.ProviderApi;
import io.cloudimages.exception.CloudImagesException;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

/** The module rules of docs/DESIGN.md, checked over the compiled classes of every module. */
@AnalyzeClasses(packages = "io.cloudimages", importOptions = {ImportOption.DoNotIncludeTests.class, DoNotIncludeTestJars.class})
class ArchitectureTest {

    @ArchTest
    static final ArchRule apiDependsOnNothingButTheJdk = classes()
            .that(inModule("api"))
            .should(onlyDependOn("the JDK and api", (source, target) ->
                    target.getPackageName().startsWith("java.") || Modules.of(target).equals(Optional.of("api"))));

    /** jclouds puts the classes a provider extends (BaseApiMetadata, TemplateBuilderImpl...) in its internal packages. */
    @ArchTest
    static final ArchRule noModuleUsesAnotherModulesInternals = classes()
            .should(onlyDependOn("internal packages of their own module, and no library's but jclouds' in its bridge",
                    (source, target) -> !target.getPackageName().contains(".internal")
                            || (Modules.of(target).isPresent() && Modules.of(target).equals(Modules.of(source)))
                            || (Modules.of(source).equals(Optional.of("jclouds-bridge"))
                                    && target.getPackageName().startsWith("org.jclouds."))));

    @ArchTest
    static final ArchRule providersDependOnlyOnApiAndCore = classes()
            .that(provider())
            .should(onlyDependOn("the JDK, api, core, a cloud's shared credentials, Jackson and SLF4J (no HTTP client,"
                    + " rate limiter, meter or other provider)", (source, target) -> {
                String pkg = target.getPackageName();
                Optional<String> module = Modules.of(target);
                if (module.isPresent()) {
                    return module.get().equals("api") || module.get().equals("core")
                            || module.get().endsWith("-credentials") || module.equals(Modules.of(source))
                            && (!Modules.of(source).equals(Optional.of("testkit"))
                            || pkg.startsWith("io.cloudimages.testkit.example.provider"));
                }
                return (pkg.startsWith("java.") && !pkg.startsWith("java.net.http"))
                        || pkg.startsWith("javax.crypto") || pkg.startsWith("com.fasterxml.jackson")
                        || pkg.startsWith("org.slf4j");
            }));

    @ArchTest
    static final ArchRule coreKnowsNoProviderTestkitOrCli = classes()
            .that(inModule("core"))
            .should(onlyDependOn("api, core and third-party libraries", (source, target) ->
                    Modules.of(target).map(m -> m.equals("api") || m.equals("core")).orElse(true)));

    /** A platform that keeps its limits locally never loads Redis: it is in its own module, or nowhere. */
    @ArchTest
    static final ArchRule redisStaysInItsModule = classes()
            .that(inModule("ratelimit-redis").negate())
            .should(onlyDependOn("no Redis client nor Bucket4j", (source, target) ->
                    !target.getPackageName().startsWith("io.lettuce") && !target.getPackageName().startsWith("io.github.bucket4j")));

    @ArchTest
    static final ArchRule theRedisBackendBuildsOnCoreAlone = classes()
            .that(inModule("ratelimit-redis"))
            .should(onlyDependOn("api, core and third-party libraries", (source, target) ->
                    Modules.of(target).map(m -> m.equals("api") || m.equals("core") || m.equals("ratelimit-redis")).orElse(true)));

    /** A platform that does not use jclouds never loads it, nor Guice 7 and the rest it brings. */
    @ArchTest
    static final ArchRule jcloudsStaysInItsBridge = classes()
            .that(inModule("jclouds-bridge").negate())
            .should(onlyDependOn("no jclouds", (source, target) -> !target.getPackageName().startsWith("org.jclouds")));

    @ArchTest
    static final ArchRule theJcloudsBridgeBuildsOnApiAndCore = classes()
            .that(inModule("jclouds-bridge"))
            .should(onlyDependOn("api, core and third-party libraries: the providers it offers jclouds are found, not named",
                    (source, target) -> Modules.of(target)
                            .map(m -> m.equals("api") || m.equals("core") || m.equals("jclouds-bridge")).orElse(true)));

    @ArchTest
    static final ArchRule onlyTheCliIsAnApplication = classes()
            .that(inModule("api").or(inModule("core")).or(provider()))
            .should(onlyDependOn("no cli or testkit code: the library never pulls in the application or its fakes",
                    (source, target) -> Modules.of(target).map(m -> !m.equals("cli")
                            && (!m.startsWith("testkit") || Modules.isProvider(target))).orElse(true)));

    /** The command line's simulator runs the fakes: JUnit and AssertJ belong to testkit-contract alone. */
    @ArchTest
    static final ArchRule theFakesNeedNoTestFramework = classes()
            .that(inModule("testkit"))
            .should(onlyDependOn("no test framework", (source, target) ->
                    !target.getPackageName().startsWith("org.junit") && !target.getPackageName().startsWith("org.assertj")
                            && !target.getPackageName().startsWith("org.opentest4j")));

    @ArchTest
    static final ArchRule everyErrorACallerCanCatchIsAPublicType = classes()
            .that().areAssignableTo(CloudImagesException.class)
            .should().bePublic()
            .andShould().resideOutsideOfPackage("..internal..")
            .because("a caller must be able to name every error it receives; an internal kind would leak out of the API");

    @ArchTest
    static final ArchRule everyPublicTypeOfApiAndCoreSaysWhomItIsFor = classes()
            .that(inModule("api").or(inModule("core"))).and().arePublic().and().areTopLevelClasses()
            .and().resideOutsideOfPackage("..internal..")
            .should(new ArchCondition<>("have exactly one audience, @ApplicationApi or @ProviderApi, its own or its package's") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    int own = audiences(type::isAnnotatedWith);
                    int inherited = audiences(type.getPackage()::isAnnotatedWith);
                    if (own > 1 || own == 0 && inherited != 1) {
                        events.add(SimpleConditionEvent.violated(type, type.getName() + " has " + own
                                + " audience annotations of its own, and its package " + inherited));
                    }
                }
            })
            .because("everything public is either for applications or for provider authors, and a reader must see which;"
                    + " what neither needs belongs in an .internal package");

    private static int audiences(Predicate<Class<? extends Annotation>> annotatedWith) {
        return (annotatedWith.test(ApplicationApi.class) ? 1 : 0) + (annotatedWith.test(ProviderApi.class) ? 1 : 0);
    }

    /** Guards against a rule passing because the classes were not found where it looks. */
    @ArchTest
    static void everyModuleOfThisBuildIsAnalysed(JavaClasses classes) {
        List<String> modules = classes.stream().map(Modules::of).flatMap(Optional::stream).distinct().toList();

        assertThat(modules).contains("api", "core", "testkit", "testkit-contract", "tencent-credentials", "provider-tencent-v3",
                "provider-tencent-legacy", "provider-ucloud", "ratelimit-redis", "jclouds-bridge", "cli", "benchmarks");
        assertThat(classes.stream().filter(Modules::isProvider)).isNotEmpty();
    }

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> inModule(String module) {
        return com.tngtech.archunit.base.DescribedPredicate.describe("are in module " + module,
                type -> Modules.of(type).equals(Optional.of(module)));
    }

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> provider() {
        return com.tngtech.archunit.base.DescribedPredicate.describe("are provider code", Modules::isProvider);
    }

    private static ArchCondition<JavaClass> onlyDependOn(String allowed, BiPredicate<JavaClass, JavaClass> permitted) {
        return new ArchCondition<>("only depend on " + allowed) {
            @Override
            public void check(JavaClass source, ConditionEvents events) {
                for (Dependency dependency : source.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    if (target.isPrimitive() || target.equals(source)) {
                        continue;
                    }
                    if (!permitted.test(source, target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
