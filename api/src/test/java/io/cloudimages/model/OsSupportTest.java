package io.cloudimages.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Entries shaped like Tencent's DescribeImportImageOs answer (seed 000). */
class OsSupportTest {

    private static final List<String> BOTH = List.of("x86_64", "i386");
    private static final OsSupport SUPPORT = new OsSupport("tencent-v3", "ap-guangzhou", List.of(
            new OsSupport.Entry("CentOS", OsType.LINUX, OsFamily.CENTOS, List.of("5", "6", "7"), BOTH),
            new OsSupport.Entry("Redhat", OsType.LINUX, OsFamily.RHEL, List.of("5", "6", "7"), BOTH),
            new OsSupport.Entry("Windows Server 2012", OsType.WINDOWS, OsFamily.WINDOWS, List.of("-"), BOTH)));

    @Test
    void aListedFamilyVersionAndArchitectureIsImportable() {
        assertThat(SUPPORT.isImportable(OsFamily.CENTOS, "7", Architecture.X86_64)).isTrue();
    }

    @Test
    void aMinorVersionOfAListedMajorVersionIsImportable() {
        assertThat(SUPPORT.isImportable(OsFamily.CENTOS, "7.9", Architecture.I386)).isTrue();
    }

    @Test
    void anUnlistedVersionIsNotImportable() {
        assertThat(SUPPORT.isImportable(OsFamily.CENTOS, "8", Architecture.X86_64)).isFalse();
    }

    @Test
    void anUnlistedArchitectureIsNotImportable() {
        assertThat(SUPPORT.isImportable(OsFamily.CENTOS, "7", Architecture.ARM64)).isFalse();
    }

    @Test
    void aDashAcceptsAnyVersion() {
        assertThat(SUPPORT.isImportable("Windows Server 2012", "whatever", Architecture.X86_64)).isTrue();
    }

    @Test
    void namesAreFoundAsTheCloudWroteThemInAnyCase() {
        assertThat(SUPPORT.find("redhat")).get().extracting(OsSupport.Entry::name).isEqualTo("Redhat");
        assertThat(SUPPORT.isImportable("Redhat", "6", Architecture.I386)).isTrue();
        assertThat(SUPPORT.isImportable("Fedora", "6", Architecture.I386)).isFalse();
    }

    @Test
    void aBlankVersionTheCloudListsIsIgnoredRatherThanFailing() {
        OsSupport.Entry entry = new OsSupport.Entry("CentOS", OsType.LINUX, OsFamily.CENTOS, List.of("", "7"), BOTH);

        assertThat(entry.acceptsVersion("7")).isTrue();
        assertThat(entry.acceptsVersion("8")).isFalse();
    }

    @Test
    void architecturesAreKeptAsWrittenAndOfferedInTheNeutralVocabulary() {
        OsSupport.Entry entry = SUPPORT.find("CentOS").orElseThrow();

        assertThat(entry.architectures()).containsExactly("x86_64", "i386");
        assertThat(entry.neutralArchitectures()).containsExactly(Architecture.X86_64, Architecture.I386);
    }
}
