package io.cloudimages.model;

import io.cloudimages.exception.InvalidRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportImageRequestTest {

    private static ImportImageRequest.Builder valid() {
        return ImportImageRequest.builder()
                .imageUrl("https://bucket-1250000000.cos.ap-guangzhou.myqcloud.com/centos.qcow2")
                .name("centos-golden").osName("CentOS").osVersion("7").architecture(Architecture.X86_64);
    }

    @Test
    void aCompleteRequestBuilds() {
        ImportImageRequest request = valid().description(" ").format("QCOW2").putTag("team", "infra").build();

        assertThat(request.description()).isNull();
        assertThat(request.format()).isEqualTo("qcow2");
        assertThat(request.tags()).containsEntry("team", "infra");
    }

    @Test
    void theUrlMustBeHttpOrHttps() {
        assertThatThrownBy(() -> valid().imageUrl("ftp://host/image.qcow2").build())
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("http:// or https://");
    }

    @Test
    void aUrlThatIsNotAUrlIsRefusedWithAHint() {
        assertThatThrownBy(() -> valid().imageUrl("https://host/my image.qcow2"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("%20");
    }

    @Test
    void eachRequiredFieldIsNamedWhenMissing() {
        assertThatThrownBy(() -> valid().name(null).build()).hasMessageContaining("name is required");
        assertThatThrownBy(() -> valid().osName("").build()).hasMessageContaining("osName is required");
        assertThatThrownBy(() -> valid().osVersion(null).build()).hasMessageContaining("osVersion is required");
        assertThatThrownBy(() -> valid().architecture(Architecture.UNKNOWN).build()).hasMessageContaining("architecture");
        assertThatThrownBy(() -> valid().imageUrl((String) null).build()).hasMessageContaining("imageUrl is required");
    }

    @Test
    void aPresignedUrlsSignatureIsNeverShown() {
        String presigned = "https://bucket-1250000000.cos.ap-guangzhou.myqcloud.com/a.qcow2?q-sign-algorithm=sha1&q-signature=abc123sig";

        assertThat(valid().imageUrl(presigned).build().toString()).doesNotContain("abc123sig").contains("a.qcow2?…");
        assertThatThrownBy(() -> valid().imageUrl("ftp://host/a.qcow2?Signature=abc123sig").build())
                .hasMessageNotContaining("abc123sig");
    }

    @Test
    void aPasswordInTheUrlIsNeverShown() {
        String withUser = "https://user:s3cretpw@bucket.example.com/a@b.qcow2";

        assertThat(valid().imageUrl(withUser).build().toString()).doesNotContain("s3cretpw").contains("https://…@bucket.example.com/a@b.qcow2");
        assertThatThrownBy(() -> valid().imageUrl("https://user:s3cretpw@bucket.example.com/a b.qcow2").build())
                .hasMessageNotContaining("s3cretpw");
    }

    @Test
    void requestsAreEqualWhenEveryFieldIs() {
        assertThat(valid().build()).isEqualTo(valid().build()).hasSameHashCodeAs(valid().build());
        assertThat(valid().dryRun(true).build()).isNotEqualTo(valid().build());
    }

    @Test
    void toBuilderKeepsEveryFieldAndChecksTheResultAgain() {
        ImportImageRequest request = valid().description("golden").format("raw").dryRun(true).force(true)
                .putTag("team", "infra").licenseType("TencentCloud").bootMode("UEFI").imageFamily("centos-7").build();

        assertThat(request.toBuilder().build()).isEqualTo(request);
        assertThatThrownBy(() -> request.toBuilder().osName(" ").build()).hasMessageContaining("osName is required");
    }

    @Test
    void tagsNeedKeys() {
        assertThatThrownBy(() -> valid().putTag(" ", "v").build()).isInstanceOf(InvalidRequestException.class);
    }
}
