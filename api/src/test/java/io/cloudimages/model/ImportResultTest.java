package io.cloudimages.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportResultTest {

    @Test
    void aPerformedImportHasTheCloudsAnswer() {
        ImportResult result = ImportResult.performed("tencent-v3", "ap-guangzhou", "img-1", "req-1");

        assertThat(result.imageId()).isEqualTo("img-1");
        assertThat(result.requestId()).isEqualTo("req-1");
        assertThat(result.dryRun()).isFalse();
        assertThat(result.reconciled()).isFalse();
    }

    @Test
    void aReconciledImportHasTheImageFoundByNameAndNoRequestId() {
        ImportResult result = ImportResult.reconciled("tencent-v3", "ap-guangzhou", "img-1");

        assertThat(result.imageId()).isEqualTo("img-1");
        assertThat(result.requestId()).isNull();
        assertThat(result.reconciled()).isTrue();
        assertThat(result.dryRun()).isFalse();
        assertThatThrownBy(() -> ImportResult.reconciled("tencent-v3", "ap-guangzhou", null)).hasMessage("imageId");
    }

    @Test
    void aDryRunImportedNothing() {
        ImportResult result = ImportResult.dryRun("tencent-v3", "ap-guangzhou", "req-1");

        assertThat(result.imageId()).isNull();
        assertThat(result.dryRun()).isTrue();
        assertThat(result.reconciled()).isFalse();
    }

    @Test
    void resultsAreEqualWhenEveryFieldIs() {
        assertThat(ImportResult.dryRun("ucloud", "cn-bj2", null)).isEqualTo(ImportResult.dryRun("ucloud", "cn-bj2", null))
                .hasSameHashCodeAs(ImportResult.dryRun("ucloud", "cn-bj2", null))
                .isNotEqualTo(ImportResult.performed("ucloud", "cn-bj2", null, null));
    }
}
