package io.cloudimages.jclouds.internal;

import io.cloudimages.jclouds.CloudImagesProviderMetadata;

/** The provider {@code tencent-v3} in jclouds: Tencent Cloud CVM API 3.0. */
public final class TencentV3ProviderMetadata extends CloudImagesProviderMetadata {

    public TencentV3ProviderMetadata() {
        super(BuiltInProviders.builder("tencent-v3", "Tencent Cloud CVM (API 3.0)", "https://cvm.tencentcloudapi.com",
                "https://www.tencentcloud.com/products/cvm", "https://console.cloud.tencent.com/cvm",
                DocumentedRegions.TENCENT));
    }
}
