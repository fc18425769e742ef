package io.cloudimages.jclouds.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The regions each built-in provider lists unless a context sets {@code jclouds.regions}, with
 * their ISO 3166 codes: the province or city where the clouds say where a region is, the country
 * where they only name the city loosely.
 */
final class DocumentedRegions {

    /**
     * Tencent Cloud's CVM regions: the SDKs' region constants and the CVM endpoint table
     * (https://www.tencentcloud.com/document/product/213/6091). The finance regions are the
     * last two, served by hosts of their own.
     */
    static final Map<String, List<String>> TENCENT = regions(
            "ap-guangzhou", "CN-GD", "ap-shanghai", "CN-SH", "ap-nanjing", "CN-JS", "ap-beijing", "CN-BJ",
            "ap-chengdu", "CN-SC", "ap-chongqing", "CN-CQ", "ap-hongkong", "HK", "ap-singapore", "SG",
            "ap-bangkok", "TH-10", "ap-jakarta", "ID-JK", "ap-mumbai", "IN-MH", "ap-seoul", "KR-11", "ap-tokyo", "JP-13",
            "na-siliconvalley", "US-CA", "na-ashburn", "US-VA", "na-toronto", "CA-ON", "sa-saopaulo", "BR-SP",
            "eu-frankfurt", "DE-HE", "eu-moscow", "RU-MOW",
            "ap-shanghai-fsi", "CN-SH", "ap-shenzhen-fsi", "CN-GD");

    /** The legacy API has one host, which the finance regions' isolation leaves out. */
    static final Map<String, List<String>> TENCENT_LEGACY = withoutFinanceRegions();

    /** UCloud's regions (https://docs.ucloud.cn/api/summary/regionlist). */
    static final Map<String, List<String>> UCLOUD = regions(
            "cn-bj1", "CN-BJ", "cn-bj2", "CN-BJ", "cn-wlcb", "CN-NM", "cn-wlcb2", "CN-NM", "cn-sh2", "CN-SH",
            "cn-jx", "CN", "cn-sh", "CN-SH", "cn-gd2", "CN-GD", "cn-gd", "CN-GD", "cn-guiyang1", "CN-GZ", "hk", "HK",
            "tw-tp", "TW-TPE", "sg", "SG", "jpn-tky", "JP-13", "kr-seoul", "KR-11", "th-bkk", "TH-10",
            "idn-jakarta", "ID-JK", "vn-sng", "VN-SG", "ph-mnl", "PH", "ind-mumbai", "IN-MH", "pk-khi", "PK-SD",
            "us-den", "US", "us-ca", "US-CA", "us-ws", "US", "bra-saopaulo", "BR-SP", "rus-mosc", "RU-MOW",
            "ge-fra", "DE-HE", "uk-london", "GB-LND", "uae-dubai", "AE-DU", "afr-nigeria", "NG", "uz-tas", "UZ-TK",
            "kz-ala", "KZ", "mx-mex", "MX-CMX");

    private DocumentedRegions() {
    }

    private static Map<String, List<String>> regions(String... regionThenCode) {
        Map<String, List<String>> regions = new LinkedHashMap<>();
        for (int i = 0; i < regionThenCode.length; i += 2) {
            regions.put(regionThenCode[i], List.of(regionThenCode[i + 1]));
        }
        return Collections.unmodifiableMap(regions);
    }

    private static Map<String, List<String>> withoutFinanceRegions() {
        Map<String, List<String>> regions = new LinkedHashMap<>(TENCENT);
        regions.keySet().removeIf(region -> region.endsWith("-fsi"));
        return Collections.unmodifiableMap(regions);
    }
}
