package io.cloudimages.architecture;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What a platform or a provider author builds on: the BOM, and the one test dependency of a provider. */
class PublishedArtifactsTest {

    private static final Path ROOT = Pom.root();
    private static final Pom PARENT = Pom.read(ROOT);
    private static final Pom BOM = Pom.read(ROOT.resolve("bom"));

    /** The artifact ids of the modules that are deployed and hold code. */
    private static List<String> publishedArtifacts() {
        return PARENT.modules().stream().map(module -> Pom.read(ROOT.resolve(module)))
                .filter(module -> module.published() && module.packaging().equals("jar"))
                .map(Pom::artifactId).toList();
    }

    @Test
    void theBomManagesEveryPublishedArtifactAndNothingElse() {
        List<String> managed = BOM.managedDependencies().stream().map(Pom.Dependency::artifactId).toList();

        assertThat(publishedArtifacts()).contains("cloudimages-api", "cloudimages-testkit-contract")
                .doesNotContain("cloudimages-fuzz", "cloudimages-testkit-contract-consumer");
        assertThat(managed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(publishedArtifacts());
        assertThat(BOM.managedDependencies()).allSatisfy(dependency -> {
            assertThat(dependency.groupId()).isEqualTo("io.cloudimages");
            assertThat(dependency.version()).isEqualTo("${project.version}");
        });
    }

    /** A parent's dependencyManagement would be imported too, pinning Jackson or JUnit in every platform. */
    @Test
    void theBomHasNoParentWhoseThirdPartyVersionsItWouldImport() {
        assertThat(BOM.parent()).isEmpty();
        assertThat(BOM.packaging()).isEqualTo("pom");
    }

    @Test
    void theBomHasTheProjectsVersion() {
        assertThat(BOM.version()).isNotEmpty().isEqualTo(PARENT.version());
    }

    /** Anything more on its classpath could run the suite where a provider's own project would run nothing. */
    @Test
    void theProviderProjectInMiniatureHasTheContractArtifactAsItsOnlyDependency() {
        Pom consumer = Pom.read(ROOT.resolve("testkit-contract-consumer"));

        assertThat(consumer.dependencies()).extracting(Pom.Dependency::artifactId, Pom.Dependency::scope)
                .containsExactly(tuple("cloudimages-testkit-contract", "test"));
    }
}
