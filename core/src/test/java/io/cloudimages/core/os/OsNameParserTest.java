package io.cloudimages.core.os;

import io.cloudimages.model.Architecture;
import io.cloudimages.model.OperatingSystem;
import io.cloudimages.model.OsFamily;
import io.cloudimages.model.OsType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real OS names: the 39 public images of the legacy DescribeImages page (seed 003), the names
 * of the DescribeImportImageOs answer (seed 000), UCloud's examples and the names that
 * jclouds' substring matching gets wrong (reference/jclouds-and-anchors.md section 2).
 */
class OsNameParserTest {

    @ParameterizedTest(name = "{0} -> {1} {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            CentOS 5.8 32位                                    | CENTOS              | 5.8     | I386
            CentOS 5.8 64位                                    | CENTOS              | 5.8     | X86_64
            CentOS 5.11 32位                                   | CENTOS              | 5.11    | I386
            CentOS 5.11 64位                                   | CENTOS              | 5.11    | X86_64
            CentOS 6.2 64位                                    | CENTOS              | 6.2     | X86_64
            CentOS 6.3 32位                                    | CENTOS              | 6.3     | I386
            CentOS 6.3 64位                                    | CENTOS              | 6.3     | X86_64
            CentOS 6.4 32位                                    | CENTOS              | 6.4     | I386
            CentOS 6.4 64位                                    | CENTOS              | 6.4     | X86_64
            CentOS 6.5 32位                                    | CENTOS              | 6.5     | I386
            CentOS 6.5 64位                                    | CENTOS              | 6.5     | X86_64
            CentOS 6.6 32位                                    | CENTOS              | 6.6     | I386
            CentOS 6.6 64位                                    | CENTOS              | 6.6     | X86_64
            CentOS 6.7 32位                                    | CENTOS              | 6.7     | I386
            CentOS 6.7 64位                                    | CENTOS              | 6.7     | X86_64
            CentOS 7.0 64位                                    | CENTOS              | 7.0     | X86_64
            CentOS 7.1 64位                                    | CENTOS              | 7.1     | X86_64
            CentOS 7.2 64位                                    | CENTOS              | 7.2     | X86_64
            Debian 7.4 64位                                    | DEBIAN              | 7.4     | X86_64
            Debian 7.8 32位                                    | DEBIAN              | 7.8     | I386
            Debian 7.8 64位                                    | DEBIAN              | 7.8     | X86_64
            Debian 8.2 32位                                    | DEBIAN              | 8.2     | I386
            Debian 8.2 64位                                    | DEBIAN              | 8.2     | X86_64
            Ubuntu Server 12.04 LTS 64位 (Docker)              | UBUNTU              | 12.04   | X86_64
            Ubuntu Server 14.04.1 LTS 32位                     | UBUNTU              | 14.04.1 | I386
            Ubuntu Server 14.04.1 LTS 64位                     | UBUNTU              | 14.04.1 | X86_64
            openSUSE 12.3 32位                                 | OPENSUSE            | 12.3    | I386
            openSUSE 12.3 64位                                 | OPENSUSE            | 12.3    | X86_64
            openSUSE 13.2 64位                                 | OPENSUSE            | 13.2    | X86_64
            SUSE Linux Enterprise Server 11 SP3 64位           | SUSE                | 11 SP3  | X86_64
            SUSE Linux Enterprise Server 12 64位               | SUSE                | 12      | X86_64
            FreeBSD 10.1 64位                                  | FREEBSD             | 10.1    | X86_64
            CoreOS 717.3.0 64位                                | COREOS              | 717.3.0 | X86_64
            Windows Server 2012 R2 标准版 64位英文版            | WINDOWS             | 2012 R2 | X86_64
            Windows Server 2012 R2 标准版 64位中文版            | WINDOWS             | 2012 R2 | X86_64
            Windows Server 2012 R2 数据中心版 64位英文版        | WINDOWS             | 2012 R2 | X86_64
            Ubuntu 16.04.1 LTS 64位中文版                       | UBUNTU              | 16.04.1 | X86_64
            Windows Server 2016 R2 数据中心版 64位中文版        | WINDOWS             | 2016 R2 | X86_64
            Ubuntu 12.04 64bit                                 | UBUNTU              | 12.04   | X86_64
            Windows Server 2008                                | WINDOWS             | 2008    | UNKNOWN
            Redhat                                             | RHEL                | null    | UNKNOWN
            Other Linux                                        | LINUX               | null    | UNKNOWN
            TencentOS Server 3.1 (TK4)                         | TENCENTOS           | 3.1     | UNKNOWN
            TencentOS Server 2.4                               | TENCENTOS           | 2.4     | UNKNOWN
            OpenCloudOS 8.6                                    | OPENCLOUDOS         | 8.6     | UNKNOWN
            Rocky Linux 8.6 64位                               | ROCKY               | 8.6     | X86_64
            AlmaLinux 9.0 64位                                 | ALMALINUX           | 9.0     | X86_64
            Alibaba Cloud Linux 3                              | ALIBABA_CLOUD_LINUX | 3       | UNKNOWN
            Amazon Linux 2                                     | AMAZON_LINUX        | 2       | UNKNOWN
            Oracle Linux 8                                     | ORACLE_LINUX        | 8       | UNKNOWN
            Red Hat Enterprise Linux 8.4                       | RHEL                | 8.4     | UNKNOWN
            Kylin V10                                          | KYLIN               | V10     | UNKNOWN
            UOS 20                                             | UOS                 | 20      | UNKNOWN
            Ubuntu Server 22.04 LTS 64位                       | UBUNTU              | 22.04   | X86_64
            CentOS 7.9 64位                                    | CENTOS              | 7.9     | X86_64
            Debian 11.1 64位                                   | DEBIAN              | 11.1    | X86_64
            Windows Server 2019 数据中心版 64位中文版           | WINDOWS             | 2019    | X86_64
            openSUSE Leap 15.3                                 | OPENSUSE            | 15.3    | UNKNOWN
            FreeBSD 13.0                                       | FREEBSD             | 13.0    | UNKNOWN
            Fedora 36                                          | FEDORA              | 36      | UNKNOWN
            Ubuntu 22.04 64位                                  | UBUNTU              | 22.04   | X86_64
            CentOS Stream 9                                    | CENTOS_STREAM       | 9       | UNKNOWN
            Ubuntu 20.04 64位 ARM                              | UBUNTU              | 20.04   | ARM64
            CentOS 7.9 aarch64                                 | CENTOS              | 7.9     | ARM64
            openEuler 22.03 LTS                                | OPENEULER           | 22.03   | UNKNOWN
            Anolis OS 8.4 ANCK 64位                            | ANOLIS              | 8.4     | X86_64
            银河麒麟高级服务器操作系统 V10                        | KYLIN               | V10     | UNKNOWN
            """)
    void readsFamilyVersionAndArchitecture(String name, OsFamily family, String version, Architecture architecture) {
        OperatingSystem os = OsNameParser.parse(name);

        assertThat(os.family()).as("family").isEqualTo(family);
        assertThat(os.version() == null ? null : os.version().toString()).as("version").isEqualTo(version);
        assertThat(os.architecture()).as("architecture").isEqualTo(architecture);
        assertThat(os.name()).isEqualTo(name);
    }

    @Test
    void tencentOsIsNeverTakenForCentOs() {
        assertThat(OsNameParser.parse("TencentOS Server 3.1 (TK4)").family()).isNotEqualTo(OsFamily.CENTOS);
    }

    @Test
    void searchOsIsNeverTakenForArchLinux() {
        assertThat(OsNameParser.parse("SearchOS").family()).isEqualTo(OsFamily.UNKNOWN);
    }

    @Test
    void theWordSizeIsNeverTakenForTheVersion() {
        assertThat(OsNameParser.parse("Windows 64位").version()).isNull();
    }

    @Test
    void anUnknownDistributionTheCloudCallsLinuxIsGenericLinuxWithItsNameKept() {
        OperatingSystem os = OsNameParser.parse("NewDistro 1.0", null, OsType.LINUX);

        assertThat(os.family()).isEqualTo(OsFamily.LINUX);
        assertThat(os.name()).isEqualTo("NewDistro 1.0");
        assertThat(os.version()).hasToString("1.0");
    }

    @Test
    void thePlatformNamesTheFamilyWhenTheNameDoesNot() {
        OperatingSystem os = OsNameParser.parse("golden-image-2024", "TencentOS", null);

        assertThat(os.family()).isEqualTo(OsFamily.TENCENTOS);
        assertThat(os.platform()).isEqualTo("TencentOS");
    }

    @Test
    void theNameWinsOverAContradictingHint() {
        assertThat(OsNameParser.parse("CentOS 7.9 64位", null, OsType.WINDOWS).family()).isEqualTo(OsFamily.CENTOS);
    }

    @Test
    void nothingAtAllIsUnknown() {
        OperatingSystem os = OsNameParser.parse(null);

        assertThat(os.family()).isEqualTo(OsFamily.UNKNOWN);
        assertThat(os.architecture()).isEqualTo(Architecture.UNKNOWN);
        assertThat(os.name()).isNull();
    }

    @Test
    void familyOfReadsImportListNames() {
        assertThat(OsNameParser.familyOf("Redhat")).isEqualTo(OsFamily.RHEL);
        assertThat(OsNameParser.familyOf("Windows Server 2016")).isEqualTo(OsFamily.WINDOWS);
        assertThat(OsNameParser.familyOf("Other Linux")).isEqualTo(OsFamily.LINUX);
        assertThat(OsNameParser.familyOf("OpenSUSE")).isEqualTo(OsFamily.OPENSUSE);
    }

    @Test
    void aNameOfTwentyThousandVersionGroupsIsReadWithoutOverflowingTheStack() {
        String name = "CentOS " + "1.".repeat(20_000);

        OperatingSystem os = OsNameParser.parse(name);

        assertThat(os.family()).isEqualTo(OsFamily.CENTOS);
        assertThat(os.name()).isEqualTo(name);
    }

}
