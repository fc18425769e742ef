package io.cloudimages.jclouds.internal;

import io.cloudimages.jclouds.CloudImagesProviderMetadata;

/** The provider {@code ucloud} in jclouds: UCloud UHost. */
public final class UcloudProviderMetadata extends CloudImagesProviderMetadata {

    public UcloudProviderMetadata() {
        super(BuiltInProviders.builder("ucloud", "UCloud UHost", "https://api.ucloud.cn",
                "https://www.ucloud.cn/site/product/uhost.html", "https://console.ucloud.cn/uhost",
                DocumentedRegions.UCLOUD));
    }
}
