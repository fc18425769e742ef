package io.cloudimages.jclouds;

import org.jclouds.ContextBuilder;
import org.jclouds.compute.ComputeServiceContext;
import org.jclouds.compute.domain.Image;
import org.jclouds.compute.domain.OsFamily;
import org.jclouds.compute.domain.Template;

import java.util.Properties;
import java.util.Set;

/**
 * The README's jclouds example, compiled with the build; it talks to Tencent Cloud itself, so no
 * test runs it (the per-provider tests do the same against the fakes).
 */
final class FromJclouds {

    private FromJclouds() {
    }

    static Template ubuntu(String secretId, String secretKey, Properties props) {
        // tag::from-jclouds[]
        ComputeServiceContext ctx = ContextBuilder.newBuilder("tencent-v3")
                .credentials(secretId, secretKey)                 // or none: our credential chain
                .endpoint("https://cvm.tencentcloudapi.com")      // optional override
                .overrides(props)                                 // jclouds.regions=ap-guangzhou,ap-shanghai
                .buildView(ComputeServiceContext.class);
        Set<? extends Image> images = ctx.getComputeService().listImages();
        Template t = ctx.getComputeService().templateBuilder()
                .osFamily(OsFamily.UBUNTU).osVersionMatches("22.04").osArchMatches("x86_64").build();
        // end::from-jclouds[]
        System.out.println(images.size() + " images; picked " + t.getImage().getId());
        ctx.close();
        return t;
    }
}
