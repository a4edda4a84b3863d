package dev.kct.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The distinct items of one patent's list (IPC symbols, applicant terms) in order of first occurrence. Most patents
 * have a handful, found fastest by a scan; past {@value #SCAN} items a hash set takes over, so that a record with
 * 65,535 applicants or 10⁶ symbols costs linear, not quadratic, time.
 */
final class Distinct<T> {

    private static final int SCAN = 16;

    private final List<T> items;
    private Set<T> seen;

    Distinct(int capacity) {
        items = new ArrayList<>(capacity);
    }

    /** Adds {@code item} unless an equal one was added before; true when added. */
    boolean add(T item) {
        if (seen != null ? !seen.add(item) : items.contains(item)) return false;
        items.add(item);
        if (seen == null && items.size() > SCAN) seen = new HashSet<>(items);
        return true;
    }

    /** The items added, in order. */
    List<T> list() {
        return items;
    }
}
