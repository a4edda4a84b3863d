package dev.kct.index;

import java.util.Arrays;

/**
 * For each row (a patent, or a family), a list of integer codes that index a shared label table:
 * e.g. the technologies of each patent at one IPC level, or its applicants. Stored in compressed
 * sparse row form (offsets + ids) so that a million patents cost a few flat int arrays and hot loops
 * never box. Within a row, ids are distinct and ascending unless the builder says otherwise
 * (applicant lists keep source order, since the first applicant matters).
 *
 * <p>Labels are sorted ascending, so id order is code order and results are deterministic.
 */
public final class CodeLists {

    private final String[] labels;
    private final int[] offsets;
    private final int[] ids;

    /**
     * @param labels  label of each id
     * @param offsets row r's ids are {@code ids[offsets[r] .. offsets[r+1])}; length = rows + 1
     * @param ids     concatenated ids of all rows
     */
    public CodeLists(String[] labels, int[] offsets, int[] ids) {
        if (offsets.length == 0 || offsets[0] != 0 || offsets[offsets.length - 1] > ids.length) {
            throw new IllegalArgumentException("offsets do not describe the id array");
        }
        this.labels = labels;
        this.offsets = offsets;
        this.ids = ids;
    }

    /** Number of rows. */
    public int rows() {
        return offsets.length - 1;
    }

    /** Number of distinct labels (ids run from 0 to this − 1). */
    public int labelCount() {
        return labels.length;
    }

    public String label(int id) {
        return labels[id];
    }

    /** Index of {@code label}, or a negative number when absent (labels are sorted). */
    public int idOf(String label) {
        return Arrays.binarySearch(labels, label);
    }

    public int start(int row) {
        return offsets[row];
    }

    public int end(int row) {
        return offsets[row + 1];
    }

    public int count(int row) {
        return offsets[row + 1] - offsets[row];
    }

    /** The id at position {@code k} of the flat id array ({@code start(row) <= k < end(row)}). */
    public int id(int k) {
        return ids[k];
    }

    /** Copy of row's ids. */
    public int[] row(int row) {
        return Arrays.copyOfRange(ids, offsets[row], offsets[row + 1]);
    }

    /** The backing arrays, for hot loops; do not modify. */
    public String[] labels() {
        return labels;
    }

    public int[] offsets() {
        return offsets;
    }

    public int[] ids() {
        return ids;
    }

    /**
     * The lists of {@code rows} (row indexes of this, repeats allowed), in that order: over the labels they use
     * when {@code compact} (still sorted, so id order stays code order), else over the same labels. A negative id
     * ("unknown") stays as it is.
     */
    public CodeLists resample(int[] rows, boolean compact) {
        int[] newId = new int[labels.length];
        if (!compact) Arrays.fill(newId, 1);
        for (int r : rows) {
            for (int k = offsets[r]; k < offsets[r + 1]; k++) {
                if (ids[k] >= 0) newId[ids[k]] = 1;
            }
        }
        int used = 0;
        for (int i = 0; i < newId.length; i++) newId[i] = newId[i] == 0 ? -1 : used++;
        String[] keptLabels = new String[used];
        for (int i = 0; i < newId.length; i++) {
            if (newId[i] >= 0) keptLabels[newId[i]] = labels[i];
        }
        int[] newOffsets = new int[rows.length + 1];
        for (int c = 0; c < rows.length; c++) newOffsets[c + 1] = newOffsets[c] + count(rows[c]);
        int[] newIds = new int[newOffsets[rows.length]];
        int at = 0;
        for (int r : rows) {
            for (int k = offsets[r]; k < offsets[r + 1]; k++) newIds[at++] = ids[k] < 0 ? ids[k] : newId[ids[k]];
        }
        return new CodeLists(keptLabels, newOffsets, newIds);
    }
}
