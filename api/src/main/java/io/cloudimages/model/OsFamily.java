package io.cloudimages.model;

import io.cloudimages.internal.Text;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Operating-system families, including the distributions of the China market.
 *
 * <p>Each family lists the word sequences that name it. A cloud's free-text OS name is matched
 * against these sequences word by word, never by substring, so "TencentOS" is never taken for
 * "CentOS" and "openSUSE" is never taken for "SUSE". Where two sequences match at the same word,
 * the longer one wins ("CentOS Stream" over "CentOS").
 *
 * <p>A distribution that is not in this table yet is still representable: it becomes
 * {@link #LINUX} with the cloud's name kept in {@link OperatingSystem#name()}.
 */
public enum OsFamily {
    CENTOS("centos", "CentOS", OsType.LINUX, "centos"),
    CENTOS_STREAM("centos-stream", "CentOS Stream", OsType.LINUX, "centos stream"),
    UBUNTU("ubuntu", "Ubuntu", OsType.LINUX, "ubuntu"),
    DEBIAN("debian", "Debian", OsType.LINUX, "debian"),
    RHEL("rhel", "Red Hat Enterprise Linux", OsType.LINUX, "rhel", "redhat", "red hat"),
    FEDORA("fedora", "Fedora", OsType.LINUX, "fedora"),
    OPENSUSE("opensuse", "openSUSE", OsType.LINUX, "opensuse", "open suse"),
    SUSE("suse", "SUSE Linux Enterprise", OsType.LINUX, "suse", "sles", "sled"),
    COREOS("coreos", "CoreOS", OsType.LINUX, "coreos", "fedora coreos", "container linux"),
    FREEBSD("freebsd", "FreeBSD", OsType.LINUX, "freebsd"),
    TENCENTOS("tencentos", "TencentOS Server", OsType.LINUX, "tencentos", "tencent os", "tencent linux", "tlinux"),
    OPENCLOUDOS("opencloudos", "OpenCloudOS", OsType.LINUX, "opencloudos", "open cloud os"),
    ALIBABA_CLOUD_LINUX("alibaba-cloud-linux", "Alibaba Cloud Linux", OsType.LINUX,
            "alibaba cloud linux", "aliyun linux", "alinux"),
    ROCKY("rocky", "Rocky Linux", OsType.LINUX, "rocky", "rockylinux"),
    ALMALINUX("almalinux", "AlmaLinux", OsType.LINUX, "almalinux", "alma linux", "alma"),
    KYLIN("kylin", "Kylin", OsType.LINUX, "kylin", "neokylin", "麒麟", "银河麒麟"),
    UOS("uos", "UnionTech OS", OsType.LINUX, "uos", "uniontech", "统信"),
    OPENEULER("openeuler", "openEuler", OsType.LINUX, "openeuler", "open euler"),
    ANOLIS("anolis", "Anolis OS", OsType.LINUX, "anolis", "龙蜥"),
    ORACLE_LINUX("oracle-linux", "Oracle Linux", OsType.LINUX, "oracle linux", "oraclelinux", "oel"),
    AMAZON_LINUX("amazon-linux", "Amazon Linux", OsType.LINUX, "amazon linux", "amzn"),
    ALPINE("alpine", "Alpine Linux", OsType.LINUX, "alpine"),
    ARCH("arch", "Arch Linux", OsType.LINUX, "arch linux", "archlinux"),
    GENTOO("gentoo", "Gentoo", OsType.LINUX, "gentoo"),
    WINDOWS("windows", "Windows", OsType.WINDOWS, "windows", "win"),
    /** A Linux distribution this table does not know yet; the cloud's name is kept. */
    LINUX("linux", "Linux", OsType.LINUX),
    /** Nothing in the cloud's answer says what the system is. */
    UNKNOWN("unknown", "Unknown", OsType.UNKNOWN);

    private final String id;
    private final String displayName;
    private final OsType osType;
    private final List<List<String>> aliases;

    OsFamily(String id, String displayName, OsType osType, String... aliases) {
        this.id = id;
        this.displayName = displayName;
        this.osType = osType;
        this.aliases = Arrays.stream(aliases)
                .map(alias -> List.of(alias.split(" ")))
                .toList();
    }

    /** The lower-case name used in output and on the command line, for example {@code tencentos}. */
    public String id() {
        return id;
    }

    /** The distribution's own name, for people. */
    public String displayName() {
        return displayName;
    }

    public OsType osType() {
        return osType;
    }

    /**
     * The word sequences that name this family, each word in lower case. Generic families
     * ({@link #LINUX}, {@link #UNKNOWN}) have none: they are what is left when nothing matches.
     */
    public List<List<String>> aliases() {
        return aliases;
    }

    /** Reads a family by its {@link #id()} in any case; empty for anything else. */
    public static Optional<OsFamily> fromId(String text) {
        return Text.byId(values(), OsFamily::id, text);
    }
}
