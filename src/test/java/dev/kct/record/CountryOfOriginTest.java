package dev.kct.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kct.ipc.IpcSymbol;
import dev.kct.record.CountryOfOrigin.Mode;
import dev.kct.record.CountryOfOrigin.Resolution;
import dev.kct.record.CountryOfOrigin.Source;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountryOfOriginTest {

    private static PatentRecord record(String office, List<String> priorityOffices, Applicant... applicants) {
        return PatentRecord.builder("X1")
                .ipc(List.of(IpcSymbol.parse("B64C 39/02")))
                .office(office)
                .priorityOffices(priorityOffices)
                .applicants(List.of(applicants))
                .build();
    }

    @Test
    void prefersTheFirstApplicantsOwnCountry() {
        CountryOfOrigin policy = new CountryOfOrigin(Mode.APPLICANT);

        Resolution own =
                policy.resolve(record("EP", List.of("US"), new Applicant("A", "JP"), new Applicant("B", null)));
        assertThat(own.country()).isEqualTo("JP");
        assertThat(own.source()).isEqualTo(Source.APPLICANT);
        assertThat(own.record().applicants()).containsExactly(new Applicant("A", "JP"), new Applicant("B", "US"));
    }

    @Test
    void aCoApplicantsCountryIsNotThePatentsCountry() {
        // docs/METHODS.md: the country of a patent is the first applicant's; when it has none, the priority office
        // (then the publishing office) stands in, the same guess that fills the first applicant's country.
        CountryOfOrigin policy = new CountryOfOrigin(Mode.APPLICANT);
        Resolution res =
                policy.resolve(record("EP", List.of("US"), new Applicant("A", null), new Applicant("B", "DE")));
        assertThat(res.country()).isEqualTo("US");
        assertThat(res.source()).isEqualTo(Source.PRIORITY);
        assertThat(res.record().applicants()).containsExactly(new Applicant("A", "US"), new Applicant("B", "DE"));

        Resolution none = policy.resolve(record("EP", List.of(), new Applicant("A", null), new Applicant("B", "DE")));
        assertThat(none.country()).isNull();
        assertThat(none.source()).isEqualTo(Source.NONE);
    }

    @Test
    void fallsBackToTheFirstPriorityCountryThenTheOffice() {
        CountryOfOrigin policy = new CountryOfOrigin(Mode.APPLICANT);

        Resolution lens = policy.resolve(record("WO", List.of("EP", "FR", "US"), new Applicant("PARROT", null)));
        assertThat(lens.country()).isEqualTo("FR");
        assertThat(lens.source()).isEqualTo(Source.PRIORITY);
        assertThat(lens.record().applicants()).containsExactly(new Applicant("PARROT", "FR"));

        Resolution office = policy.resolve(record("AU", List.of(), new Applicant("ESCO", null)));
        assertThat(office.country()).isEqualTo("AU");
        assertThat(office.source()).isEqualTo(Source.JURISDICTION);

        Resolution none = policy.resolve(record("EP", List.of("WO"), new Applicant("X", null)));
        assertThat(none.country()).isNull();
        assertThat(none.source()).isEqualTo(Source.NONE);
        assertThat(none.record().applicants()).containsExactly(new Applicant("X", null));

        assertThat(policy.counts())
                .isEqualTo(Map.of(Source.APPLICANT, 0L, Source.PRIORITY, 1L, Source.JURISDICTION, 1L, Source.NONE, 1L));
    }

    @Test
    void keepsRecordsWithoutApplicantsAsTheyAreButStillGivesTheirCountry() {
        PatentRecord r = record("US", List.of("JP"));

        Resolution res = new CountryOfOrigin(Mode.APPLICANT).resolve(r);

        assertThat(res.record()).isSameAs(r);
        assertThat(res.country()).isEqualTo("JP");
        assertThat(res.source()).isEqualTo(Source.PRIORITY);
    }

    @Test
    void priorityAndJurisdictionModesChangeTheFirstChoiceOnly() {
        PatentRecord r = record("US", List.of("JP"), new Applicant("SONY", "JP"), new Applicant("SMITH", null));

        Resolution byPriority = new CountryOfOrigin(Mode.PRIORITY).resolve(r);
        assertThat(byPriority.country()).isEqualTo("JP");
        assertThat(byPriority.source()).isEqualTo(Source.PRIORITY);

        Resolution byOffice = new CountryOfOrigin(Mode.JURISDICTION).resolve(r);
        assertThat(byOffice.country()).isEqualTo("US");
        assertThat(byOffice.source()).isEqualTo(Source.JURISDICTION);
        assertThat(byOffice.record().applicants())
                .containsExactly(new Applicant("SONY", "JP"), new Applicant("SMITH", "JP"));

        Resolution epFallsBack =
                new CountryOfOrigin(Mode.JURISDICTION).resolve(record("EP", List.of(), new Applicant("A", "DE")));
        assertThat(epFallsBack.country()).isEqualTo("DE");
        assertThat(epFallsBack.source()).isEqualTo(Source.APPLICANT);
    }

    @Test
    void treatsRegionalOfficesAndUnknownCodesAsNoCountry() {
        for (String office : List.of("EP", "WO", "IB", "EA", "AP", "OA", "GC", "EM", "UK", "XX", "unknown", "")) {
            assertThat(CountryOfOrigin.isCountry(office)).as(office).isFalse();
        }
        for (String country : List.of("US", "de", "CN", "JP", "SU", "DD", "CS", "YU")) {
            assertThat(CountryOfOrigin.isCountry(country)).as(country).isTrue();
        }
        assertThat(CountryOfOrigin.country(" kr ")).isEqualTo("KR");
        assertThat(CountryOfOrigin.isCountry(null)).isFalse();

        Resolution r = new CountryOfOrigin(Mode.APPLICANT).resolve(record("US", List.of(), new Applicant("A", "EP")));
        assertThat(r.country()).isEqualTo("US");
        assertThat(r.record().applicants()).containsExactly(new Applicant("A", "US"));
    }

    @Test
    void parsesTheModeName() {
        assertThat(Mode.parse("priority")).isEqualTo(Mode.PRIORITY);
        assertThat(Mode.parse(" Jurisdiction ")).isEqualTo(Mode.JURISDICTION);
        assertThatThrownBy(() -> Mode.parse("office")).hasMessageContaining("use applicant, priority or jurisdiction");
    }
}
