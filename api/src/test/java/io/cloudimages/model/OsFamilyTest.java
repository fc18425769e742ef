package io.cloudimages.model;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OsFamilyTest {

    @Test
    void idsAreUniqueLowerCaseNames() {
        Set<String> ids = new HashSet<>();
        for (OsFamily family : OsFamily.values()) {
            assertThat(family.id()).matches("[a-z0-9-]+");
            assertThat(ids.add(family.id())).as("duplicate id %s", family.id()).isTrue();
        }
    }

    @Test
    void noTwoFamiliesShareAnAlias() {
        Set<List<String>> aliases = new HashSet<>();
        for (OsFamily family : OsFamily.values()) {
            for (List<String> alias : family.aliases()) {
                assertThat(aliases.add(alias)).as("alias %s of %s is used twice", alias, family).isTrue();
            }
        }
    }

    @Test
    void theTableHasTheChinaMarketDistributions() {
        assertThat(OsFamily.values()).contains(OsFamily.TENCENTOS, OsFamily.OPENCLOUDOS, OsFamily.KYLIN, OsFamily.UOS,
                OsFamily.ALIBABA_CLOUD_LINUX, OsFamily.ROCKY, OsFamily.ALMALINUX, OsFamily.OPENEULER, OsFamily.ANOLIS);
    }

    @Test
    void genericFamiliesHaveNoAliases() {
        assertThat(OsFamily.LINUX.aliases()).isEmpty();
        assertThat(OsFamily.UNKNOWN.aliases()).isEmpty();
        assertThat(OsFamily.LINUX.osType()).isEqualTo(OsType.LINUX);
    }

    @Test
    void readsIdsInAnyCase() {
        assertThat(OsFamily.fromId("TencentOS")).contains(OsFamily.TENCENTOS);
        assertThat(OsFamily.fromId("nope")).isEmpty();
    }
}
