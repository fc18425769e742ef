package io.cloudimages.tencentv3;

import io.cloudimages.CloudImages;
import io.cloudimages.Credentials;
import io.cloudimages.ImageService;
import io.cloudimages.ProviderSettings;
import io.cloudimages.core.CoreSettings;
import io.cloudimages.core.ratelimit.RateLimiterBackend;
import io.cloudimages.testkit.tencent.FakeTencentCloud;

import java.util.function.UnaryOperator;

/** Opens tencent-v3 services against a fake Tencent cloud, for the wire tests. */
final class TencentV3Fixture {

    private TencentV3Fixture() {
    }

    static ImageService open(FakeTencentCloud fake, UnaryOperator<ProviderSettings.Builder> tuning) {
        ProviderSettings.Builder settings = ProviderSettings.builder()
                .region("ap-guangzhou")
                .endpoint(fake.endpoint())
                .credentials(Credentials.of(FakeTencentCloud.TEST_SECRET_ID, FakeTencentCloud.TEST_SECRET_KEY))
                .extension(CoreSettings.RATE_LIMITER_BACKEND, RateLimiterBackend.newLocal());
        return CloudImages.builder().discover(false).register(new TencentV3Provider()).build()
                .open(TencentV3Provider.ID, tuning.apply(settings).build());
    }
}
