package dev.kct.ingest;

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
 * @param countrySources records by where their country of origin came from ({@code applicant},
 *                   {@code priority}, {@code jurisdiction}, {@code none})
 * @param patentsInIndex documents in the index after the commit
 */
public record IngestSummary(
        long read,
        long indexed,
        long replaced,
        long rejected,
        Map<String, Long> rejectedByField,
        Map<String, Long> repaired,
        Map<String, Long> countrySources,
        long patentsInIndex) {}
