package io.cloudimages.jclouds.internal;

import io.cloudimages.jclouds.CloudImagesProviderMetadata;

/** The provider {@code tencent-legacy} in jclouds: Tencent Cloud's legacy qcloud v2 API. */
public final class TencentLegacyProviderMetadata extends CloudImagesProviderMetadata {

    public TencentLegacyProviderMetadata() {
        // the provider takes a base URL and adds the API's path, /v2/index.php
        super(BuiltInProviders.builder("tencent-legacy", "Tencent Cloud (legacy qcloud v2 API)",
                "https://image.api.qcloud.com", "https://www.tencentcloud.com/products/cvm",
                "https://console.cloud.tencent.com/cvm", DocumentedRegions.TENCENT_LEGACY));
    }
}
