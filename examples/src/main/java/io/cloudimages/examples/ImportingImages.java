package io.cloudimages.examples;

import io.cloudimages.ImageService;
import io.cloudimages.ImageWaiter;
import io.cloudimages.exception.ImageFailedException;
import io.cloudimages.exception.WaitTimeoutException;
import io.cloudimages.model.Architecture;
import io.cloudimages.model.Image;
import io.cloudimages.model.ImportImageRequest;

import java.time.Duration;

/** The README's "Importing an image" example: import, and wait until the image can be used. */
public final class ImportingImages {

    private ImportingImages() {
    }

    /** Imports a CentOS 7 image file and waits up to twenty minutes for it, printing each change of state. */
    public static void importAndWait(ImageService images) {
        // tag::import-and-wait[]
        ImportImageRequest request = ImportImageRequest.builder()
                .imageUrl("https://images-1250000000.cos.ap-guangzhou.myqcloud.com/centos7.qcow2")
                .name("golden-centos-7")
                .osName("CentOS").osVersion("7").architecture(Architecture.X86_64)
                .build();
        ImageWaiter waiter = ImageWaiter.builder(images)
                .timeout(Duration.ofMinutes(20))                    // 30 minutes unless told
                .listener(change -> System.err.println(change.elapsed().toSeconds() + " s: "
                        + (change.found() ? change.image().rawState() : "not listed yet")))
                .build();
        try {
            Image image = waiter.importAndWait(request);            // imported once, then polled with back-off
            System.out.println(image.id() + " is " + image.state().id());
        } catch (ImageFailedException e) {                          // IMPORTFAILED, Unavailable
            System.err.println(e.imageId() + " failed: " + e.rawState());
        } catch (WaitTimeoutException e) {                          // the import goes on in the cloud
            System.err.println(e.imageId() + " is still " + e.lastRawState() + "; wait again later with"
                    + " images.waiter().waitUntilAvailable(\"" + e.imageId() + "\")");
        }
        // end::import-and-wait[]
    }
}
