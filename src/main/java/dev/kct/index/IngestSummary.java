package dev.kct.index;

import java.util.Map;

/**
 * What one {@code kct index} run did.
 *
 * @param read       records read (accepted + rejected)
 * @param indexed    records written to the index
 * @param replaced   of those, how many replaced a document with the same id (earlier runs or earlier in this run)
 * @param rejected   records skipped as bad
 * @param rejectedByField rejections per field at fault (sorted by field name)
 * @param repaired   records used after a repair, per kind of repair
 * @param patentsInIndex documents in the index after the commit
 */
public record IngestSummary(long read, long indexed, long replaced, long rejected,
                            Map<String, Long> rejectedByField, Map<String, Long> repaired,
                            long patentsInIndex) {
}
