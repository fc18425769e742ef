package io.cloudimages.fuzz;

/** Rethrows what a fuzz execution threw as it is: Jazzer tells findings apart by its type and stack. */
final class Sneaky {

    private Sneaky() {
    }

    /** Never returns; declared to return so that callers can write {@code throw Sneaky.rethrow(t)}. */
    static RuntimeException rethrow(Throwable thrown) {
        return Sneaky.<RuntimeException>raise(thrown);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T raise(Throwable thrown) throws T {
        throw (T) thrown;
    }
}
