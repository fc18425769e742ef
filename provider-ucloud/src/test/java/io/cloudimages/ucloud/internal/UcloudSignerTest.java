package io.cloudimages.ucloud.internal;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Pinned by the official vectors of reference/ucloud.md section 1.2 and the derived ones of 1.3. */
class UcloudSignerTest {

    private static final String PUBLIC_KEY = "ucloudsomeone@example.com1296235120854146120";
    private static final String PRIVATE_KEY = "46f09bb9fab4f12dfc160dae12273d5332b5debe";

    private static Map<String, Object> parameters(Object... pairs) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("PublicKey", PUBLIC_KEY);
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put((String) pairs[i], pairs[i + 1]);
        }
        return parameters;
    }

    private static Map<String, Object> v2() {
        return parameters("Action", "CreateUHostInstance", "CPU", 2, "ChargeType", "Month", "DiskSpace", 10,
                "ImageId", "f43736e1-65a5-4bea-ad2e-8a46e18883c2", "LoginMode", "Password", "Memory", 2048, "Name", "Host01",
                "Password", "VUNsb3VkLmNu", "Quantity", 1, "Region", "cn-bj2", "Zone", "cn-bj2-04");
    }

    @Test
    void v1_theCurrentOfficialDoc() {
        Map<String, Object> parameters = parameters("Action", "DescribeUHostInstance", "Region", "cn-bj2", "Limit", 10);

        assertThat(UcloudSigner.stringToSign(parameters, PRIVATE_KEY)).isEqualTo("ActionDescribeUHostInstanceLimit10PublicKey"
                + "ucloudsomeone@example.com1296235120854146120Regioncn-bj246f09bb9fab4f12dfc160dae12273d5332b5debe");
        assertThat(UcloudSigner.sign(parameters, PRIVATE_KEY)).isEqualTo("cba5cf5ec4d4233d206b1b54951e3787350a642f");
    }

    @Test
    void v2_the2019DocSortingCpuBeforeChargeType() {
        assertThat(UcloudSigner.stringToSign(v2(), PRIVATE_KEY)).startsWith("ActionCreateUHostInstanceCPU2ChargeTypeMonth");
        assertThat(UcloudSigner.sign(v2(), PRIVATE_KEY)).isEqualTo("4f9ef5df2abab2c6fccd1e9515cb7e2df8c6bb65");
    }

    @Test
    void v3_aSecurityTokenIsOneMoreSignedParameter() {
        Map<String, Object> parameters = v2();
        parameters.put("SecurityToken", "some_stoken");

        assertThat(UcloudSigner.sign(parameters, PRIVATE_KEY)).isEqualTo("170c480ad176a247b324eb92a2cfe536aacfbd04");
    }

    @Test
    void v4_listIndexesOfTenAndMoreSortAsText() {
        Map<String, Object> parameters = parameters("Action", "AllocateBackendBatch");
        String[] values = {"foo", "bar", "42"};
        for (int i = 0; i < 12; i++) {
            parameters.put("Backends." + i, values[i % 3]);
        }

        assertThat(UcloudSigner.stringToSign(parameters, PRIVATE_KEY)).contains("Backends.0fooBackends.1barBackends.10barBackends.1142Backends.242");
        assertThat(UcloudSigner.sign(parameters, PRIVATE_KEY)).isEqualTo("6bc32642779f8cb0bb3d3f128b1c0688abf9a1a3");
    }

    @Test
    void v5_aFloatLosesItsTrailingZeroAndKeepsItsFraction() {
        assertThat(UcloudSigner.sign(parameters("Action", "DescribeUHostInstance", "Region", "cn-bj2", "Proportion", 35.0),
                PRIVATE_KEY)).isEqualTo("da620b97de476947302291fc93a2d8b0710be328");
        assertThat(UcloudSigner.sign(parameters("Action", "DescribeUHostInstance", "Region", "cn-bj2", "Proportion", 65.722),
                PRIVATE_KEY)).isEqualTo("5e39dd48144d6a075328e56a6c5e9df6c39ae939");
    }

    @Test
    void v6_keysWithPlusAndSlashAreUsedAsTheyAre() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("PublicKey", "CJf+LfjjXPk70z/fsBlK9sHC+kBTTj7gr2g/C/R7YSi3EFTKCmh7Bp5W1UH64D/O");
        parameters.put("Action", "GetUIoTCoreDeviceShadow");
        parameters.put("DeviceSN", "ark1d4ug1evfb1jy");
        parameters.put("ProductSN", "8pi2i730vxsala2a");
        parameters.put("ProjectId", "org-z44lmf12e");
        parameters.put("Region", "cn-sh2");

        assertThat(UcloudSigner.sign(parameters, "ztqlj0vtg6Por5d/etqpadpTZwscLRh5cIsFAHbwuvnMY4mAWI+GT5C2yzj/KiZf"))
                .isEqualTo("f1e6b4e35df41b42232e059f6020c7fd51b2889e");
    }

    @Test
    void d1_describeImage() {
        Map<String, Object> parameters = parameters("Action", "DescribeImage", "Region", "cn-bj2", "Zone", "cn-bj2-02",
                "ProjectId", "org-abc123", "ImageType", "Base", "OsType", "Linux", "Offset", 0, "Limit", 20);

        assertThat(UcloudSigner.stringToSign(parameters, PRIVATE_KEY)).isEqualTo("ActionDescribeImageImageTypeBaseLimit20"
                + "Offset0OsTypeLinuxProjectIdorg-abc123PublicKeyucloudsomeone@example.com1296235120854146120Regioncn-bj2"
                + "Zonecn-bj2-0246f09bb9fab4f12dfc160dae12273d5332b5debe");
        assertThat(UcloudSigner.sign(parameters, PRIVATE_KEY)).isEqualTo("bfbdee19e5400b8c15c32f7ed2ceea5b0019cc24");
    }

    @Test
    void d2_aListAndABoolean() {
        assertThat(UcloudSigner.sign(parameters("Action", "DescribeImage", "Region", "cn-bj2", "ProjectId", "org-abc",
                "Limit", 20, "ImageIds.0", "uimage-aaa", "ImageIds.1", "uimage-bbb", "Auth", true), PRIVATE_KEY))
                .isEqualTo("0b919feb73e03d34cac5791cdb1b8b07e15874f7");
    }

    @Test
    void d3_utf8Text() {
        assertThat(UcloudSigner.sign(parameters("Action", "DescribeImage", "Region", "cn-bj2", "ImageName", "中文镜像"),
                PRIVATE_KEY)).isEqualTo("9f8cbcda02a01962cff2232a30541b43dd16fce4");
    }

    @Test
    void d4_importCustomImage() {
        assertThat(UcloudSigner.sign(parameters("Action", "ImportCustomImage", "Region", "cn-bj2", "ImageName", "my-image",
                "UFileUrl", "https://bucket.cn-bj.ufileos.com/disk.qcow2", "OsType", "Ubuntu", "OsName", "Ubuntu 22.04 64位",
                "Format", "qcow2", "Auth", true), PRIVATE_KEY)).isEqualTo("83a633ada367b0c52d1fdf3676f6c8ad96195601");
    }

    @Test
    void theSignatureItselfIsNeverSigned() {
        Map<String, Object> parameters = parameters("Action", "DescribeUHostInstance", "Region", "cn-bj2", "Limit", 10);
        parameters.put("Signature", "cba5cf5ec4d4233d206b1b54951e3787350a642f");

        assertThat(UcloudSigner.sign(parameters, PRIVATE_KEY)).isEqualTo("cba5cf5ec4d4233d206b1b54951e3787350a642f");
    }
}
