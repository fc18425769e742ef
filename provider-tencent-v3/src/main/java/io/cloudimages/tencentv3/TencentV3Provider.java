package io.cloudimages.tencentv3;

import io.cloudimages.Capability;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.tencent.credentials.TencentCloudCredentials;
import io.cloudimages.spi.Action;
import io.cloudimages.spi.ImageProvider;
import io.cloudimages.tencentv3.internal.TencentV3Endpoints;
import io.cloudimages.tencentv3.internal.TencentV3ImageService;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Tencent Cloud CVM API 3.0 ({@code cvm.tencentcloudapi.com}, version 2017-03-12), provider id
 * {@code tencent-v3}: DescribeImages, DescribeImportImageOs and ImportImage, signed with
 * TC3-HMAC-SHA256.
 *
 * <p>Settings: a region is required. Properties:
 * <ul>
 *   <li>{@code site}: {@code china} (default, {@code cvm.tencentcloudapi.com}) or {@code intl}
 *       ({@code cvm.intl.tencentcloudapi.com});</li>
 *   <li>{@code regionalEndpoint}: {@code true} sends requests to {@code cvm.<region>.tencentcloudapi.com}
 *       instead of the nearest gateway; the finance regions ({@code ap-shanghai-fsi},
 *       {@code ap-shenzhen-fsi}) always use theirs;</li>
 *   <li>{@code language}: {@code zh-CN} or {@code en-US}, the language of the cloud's error messages.</li>
 * </ul>
 * An endpoint in the settings replaces all of this. Credentials follow Tencent's tools: see
 * {@link TencentCloudCredentials}.
 */
public final class TencentV3Provider implements ImageProvider {

    public static final String ID = "tencent-v3";
    /** The published limits: the DescribeImages page and seeds 000, 001 and 002, in requests per second. */
    public static final Action DESCRIBE_IMAGES = Action.read("DescribeImages", 40);
    public static final Action DESCRIBE_IMPORT_IMAGE_OS = Action.read("DescribeImportImageOs", 288);
    public static final Action IMPORT_IMAGE = Action.write("ImportImage", 10);
    private static final List<Action> ACTIONS = List.of(DESCRIBE_IMAGES, DESCRIBE_IMPORT_IMAGE_OS, IMPORT_IMAGE);
    private static final Set<Capability> CAPABILITIES = Collections.unmodifiableSet(EnumSet.allOf(Capability.class));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Tencent Cloud CVM (API 3.0)";
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    @Override
    public List<Action> actions() {
        return ACTIONS;
    }

    @Override
    public ImageService create(ProviderSettings settings) {
        TencentV3Endpoints endpoints = TencentV3Endpoints.from(settings);
        return new TencentV3ImageService(settings, endpoints, TencentCloudCredentials.provider(settings), CAPABILITIES);
    }
}
