package io.cloudimages.core.internal.paging;

/**
 * A set of longs in one array (open addressing, linear probing), for a listing's memory of the
 * images it returned: about 16 bytes an image, where a set of boxed keys takes several times that.
 */
public final class LongSet {

    private static final long EMPTY = 0;
    private long[] slots = new long[64];
    private int size;
    private boolean hasZero;

    /** @return whether the value was not in the set before */
    public boolean add(long value) {
        if (value == EMPTY) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        if ((size + 1) * 2 > slots.length) {
            grow();
        }
        if (insert(slots, value)) {
            size++;
            return true;
        }
        return false;
    }

    public int size() {
        return size + (hasZero ? 1 : 0);
    }

    private static boolean insert(long[] table, long value) {
        int mask = table.length - 1;
        for (int i = mix(value) & mask; ; i = (i + 1) & mask) {
            if (table[i] == value) {
                return false;
            }
            if (table[i] == EMPTY) {
                table[i] = value;
                return true;
            }
        }
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long value : slots) {
            if (value != EMPTY) {
                insert(bigger, value);
            }
        }
        slots = bigger;
    }

    /** Spreads the bits, so that values differing only in their high bits do not crowd one run of slots. */
    private static int mix(long value) {
        long h = value * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
