package dev.kct.record;

import dev.kct.ipc.IpcSymbol;
import java.util.List;
import java.util.Objects;

/**
 * One patent document as kct sees it, whatever format it came from. Lists are never null (empty when
 * the source has nothing); optional scalars are null when the source does not give them.
 *
 * @param id               unique document id, e.g. {@code EP1234567A1} or {@code US10000000}
 * @param ipc              classification symbols, at least one, in source order, duplicates allowed
 * @param priorityDate     earliest priority date, or null
 * @param filingDate       application (filing) date, or null
 * @param publicationDate  publication (or grant) date, or null
 * @param familyId         family identifier shared by members of one family, or null
 * @param applicants       applicants in source order; the first one gives the patent's country by default
 * @param cited            ids of the patents this one cites (backward citations)
 * @param claims           number of claims, or null
 * @param nplCitations     number of non-patent-literature references, or null
 * @param title            title, or null
 * @param abstractText     abstract, or null
 * @param office           publishing office (jurisdiction), e.g. {@code US}, {@code EP}, {@code WO}, or null
 * @param priorityOffices  offices of the priority filings, first = earliest, e.g. {@code [US, JP]}
 * @param citedByCount     forward-citation count reported by the source itself (Lens), or null; a fact
 *                         kept for reports, never used in place of citations resolved in the selection
 */
public record PatentRecord(
        String id,
        List<IpcSymbol> ipc,
        PatentDate priorityDate,
        PatentDate filingDate,
        PatentDate publicationDate,
        String familyId,
        List<Applicant> applicants,
        List<String> cited,
        Integer claims,
        Integer nplCitations,
        String title,
        String abstractText,
        String office,
        List<String> priorityOffices,
        Integer citedByCount) {

    /**
     * The most applicants one record may have: the index packs the applicants' countries with a 16-bit count
     * (see {@code PatentFacts}), so readers reject a record with more rather than commit what cannot be read back.
     */
    public static final int MAX_APPLICANTS = 65_535;

    public PatentRecord {
        Objects.requireNonNull(id, "id");
        ipc = List.copyOf(ipc);
        applicants = applicants == null ? List.of() : List.copyOf(applicants);
        if (applicants.size() > MAX_APPLICANTS) {
            throw new IllegalArgumentException(tooManyApplicants(applicants.size()));
        }
        cited = cited == null ? List.of() : List.copyOf(cited);
        priorityOffices = priorityOffices == null ? List.of() : List.copyOf(priorityOffices);
    }

    /** Why a record with {@code count} (more than {@link #MAX_APPLICANTS}) applicants is refused. */
    public static String tooManyApplicants(int count) {
        return count + " applicants: a record may have at most " + MAX_APPLICANTS;
    }

    /** A builder, since most sources fill only some fields. */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Fluent builder for {@link PatentRecord}. */
    public static final class Builder {
        private final String id;
        private List<IpcSymbol> ipc = List.of();
        private PatentDate priorityDate;
        private PatentDate filingDate;
        private PatentDate publicationDate;
        private String familyId;
        private List<Applicant> applicants = List.of();
        private List<String> cited = List.of();
        private Integer claims;
        private Integer nplCitations;
        private String title;
        private String abstractText;
        private String office;
        private List<String> priorityOffices = List.of();
        private Integer citedByCount;

        private Builder(String id) {
            this.id = id;
        }

        public Builder ipc(List<IpcSymbol> v) {
            this.ipc = v;
            return this;
        }

        public Builder priorityDate(PatentDate v) {
            this.priorityDate = v;
            return this;
        }

        public Builder filingDate(PatentDate v) {
            this.filingDate = v;
            return this;
        }

        public Builder publicationDate(PatentDate v) {
            this.publicationDate = v;
            return this;
        }

        public Builder familyId(String v) {
            this.familyId = v;
            return this;
        }

        public Builder applicants(List<Applicant> v) {
            this.applicants = v;
            return this;
        }

        public Builder cited(List<String> v) {
            this.cited = v;
            return this;
        }

        public Builder claims(Integer v) {
            this.claims = v;
            return this;
        }

        public Builder nplCitations(Integer v) {
            this.nplCitations = v;
            return this;
        }

        public Builder title(String v) {
            this.title = v;
            return this;
        }

        public Builder abstractText(String v) {
            this.abstractText = v;
            return this;
        }

        public Builder office(String v) {
            this.office = v;
            return this;
        }

        public Builder priorityOffices(List<String> v) {
            this.priorityOffices = v;
            return this;
        }

        public Builder citedByCount(Integer v) {
            this.citedByCount = v;
            return this;
        }

        public PatentRecord build() {
            return new PatentRecord(
                    id,
                    ipc,
                    priorityDate,
                    filingDate,
                    publicationDate,
                    familyId,
                    applicants,
                    cited,
                    claims,
                    nplCitations,
                    title,
                    abstractText,
                    office,
                    priorityOffices,
                    citedByCount);
        }
    }
}
