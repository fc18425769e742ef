package io.cloudimages.core.pipeline;

import io.cloudimages.exception.CloudImagesException;
import io.cloudimages.exception.ErrorContext;
import io.cloudimages.exception.NameConflictException;
import io.cloudimages.exception.OutcomeUnknownException;
import io.cloudimages.model.ImportResult;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The rule every provider's import follows so that an import is never performed twice:
 *
 * <ol>
 *   <li>an image with the same name must not exist yet: a lost answer is found by name, so the
 *       name must identify the import ({@link NameConflictException} otherwise, nothing sent);</li>
 *   <li>the import is sent once (the pipeline sends it again only when the cloud proved it was
 *       not performed);</li>
 *   <li>when its answer is lost, the image is looked up by name: found, the import is reported as
 *       performed ({@link ImportResult#reconciled()}); not found, or the lookup fails too, the
 *       outcome is reported unknown, never as another error a caller might retry on.</li>
 * </ol>
 */
public final class ImportOnce {

    private ImportOnce() {
    }

    /**
     * @param name       the new image's name
     * @param find       the id of the image with exactly this name, if one exists
     * @param send       sends the import
     * @param reconciled the result for an image found after its import's answer was lost
     * @param context    for the errors raised here
     */
    public static ImportResult run(String name, Function<String, Optional<String>> find, Supplier<ImportResult> send,
                                   Function<String, ImportResult> reconciled, ErrorContext context) {
        requireNameFree(name, find, context);
        try {
            return send.get();
        } catch (OutcomeUnknownException unknown) {
            Optional<String> found;
            try {
                found = find.apply(name);
            } catch (CloudImagesException lookupFailed) {
                OutcomeUnknownException stillUnknown = new OutcomeUnknownException(unknown.detail()
                        + "; looking for an image named \"" + name + "\" failed too (" + lookupFailed.detail()
                        + "): look for it before importing again", unknown.context(), unknown);
                stillUnknown.addSuppressed(lookupFailed);
                throw stillUnknown;
            }
            return found.map(reconciled).orElseThrow(() -> new OutcomeUnknownException(unknown.detail()
                    + "; no image named \"" + name + "\" exists yet, so it was probably not performed, but it may"
                    + " still appear: look for it before importing again", unknown.context(), unknown));
        }
    }

    /**
     * Step 1 alone, for a dry run that a cloud cannot make itself.
     *
     * @throws NameConflictException when an image of this name exists
     */
    public static void requireNameFree(String name, Function<String, Optional<String>> find, ErrorContext context) {
        Optional<String> existing = find.apply(name);
        if (existing.isPresent()) {
            throw new NameConflictException("an image named \"" + name + "\" exists already (" + existing.get()
                    + "); choose another name (imports are told apart by name, so a name is used once)", context);
        }
    }
}
