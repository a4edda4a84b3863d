package dev.kct.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kct.ipc.IpcParser;
import dev.kct.record.Applicant;
import dev.kct.record.PatentDate;
import dev.kct.record.PatentRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatentFactsTest {

    /** Cited ids in reverse order with repeats: the encoding keeps each hash once, ascending, short list or long. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 5, 16, 17, 40})
    void encodesEveryFactAndCitedHashesSortedAndDistinct(int citedCount) {
        List<String> cited = new ArrayList<>();
        for (int i = citedCount; i > 0; i--) {
            cited.add("C" + i);
            if (i % 3 == 0) cited.add("C" + i);
        }
        PatentRecord r = PatentRecord.builder("EP1")
                .ipc(List.of(IpcParser.parse("H01L 21/02")))
                .priorityDate(PatentDate.of(LocalDate.of(2015, 3, 4)))
                .publicationDate(PatentDate.ofYear(2017))
                .familyId("F9")
                .applicants(
                        List.of(new Applicant("Sony", "JP"), new Applicant("Acme", null), new Applicant("Beta", "US")))
                .cited(cited)
                .claims(12)
                .build();
        PatentFacts.View v = new PatentFacts.View().reset(PatentFacts.encode(new PreparedRecord(r, "JP", List.of())));

        assertThat(v.date(DateBasis.PRIORITY)).isEqualTo(20150304);
        assertThat(v.date(DateBasis.FILING)).isZero();
        assertThat(v.date(DateBasis.PUBLICATION)).isEqualTo(r.publicationDate().toInt());
        assertThat(v.claims()).isEqualTo(12);
        assertThat(v.npl()).isEqualTo(-1);
        assertThat(v.idHash()).isEqualTo(IdHash.of("EP1"));
        assertThat(v.familyHash()).isEqualTo(IdHash.of("F9"));
        assertThat(v.originCountry()).isEqualTo(PatentFacts.countryCode("JP"));
        assertThat(v.countryCount()).isEqualTo(3);
        assertThat(v.country(0)).isEqualTo('J' << 8 | 'P');
        assertThat(v.country(1)).isEqualTo(-1);
        assertThat(v.country(2)).isEqualTo(PatentFacts.countryCode("US"));
        long[] expected =
                cited.stream().mapToLong(IdHash::of).distinct().sorted().toArray();
        long[] actual =
                LongStream.range(0, v.citedCount()).map(i -> v.cited((int) i)).toArray();
        assertThat(actual).containsExactly(expected);
        assertThat(actual).hasSize(citedCount);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "X", "XYZ", "日本"})
    void originOtherThanTwoAsciiLettersIsUnknown(String origin) {
        PatentRecord r = PatentRecord.builder("EP2")
                .ipc(List.of(IpcParser.parse("H01L")))
                .publicationDate(PatentDate.ofYear(2017))
                .build();
        PatentFacts.View v = new PatentFacts.View()
                .reset(PatentFacts.encode(new PreparedRecord(r, origin.isEmpty() ? null : origin, List.of())));
        assertThat(v.originCountry()).isEqualTo(-1);
        assertThat(v.countryCount()).isZero();
        assertThat(v.citedCount()).isZero();
    }

    /** The most applicants a record may have all fit the 16-bit count, the last country readable; one more is refused. */
    @Test
    void holdsTheMostApplicantsARecordAccepts() {
        List<Applicant> many =
                new ArrayList<>(Collections.nCopies(PatentRecord.MAX_APPLICANTS - 1, new Applicant("N", "CN")));
        many.add(new Applicant("Last", "US"));
        PatentRecord r = PatentRecord.builder("EP3")
                .ipc(List.of(IpcParser.parse("H01L")))
                .publicationDate(PatentDate.ofYear(2017))
                .applicants(many)
                .cited(List.of("C1"))
                .build();
        PatentFacts.View v = new PatentFacts.View().reset(PatentFacts.encode(new PreparedRecord(r, "CN", List.of())));
        assertThat(v.countryCount()).isEqualTo(65_535);
        assertThat(v.country(65_534)).isEqualTo(PatentFacts.countryCode("US"));
        assertThat(v.citedCount()).isEqualTo(1);
        assertThat(v.cited(0)).isEqualTo(IdHash.of("C1"));

        many.add(new Applicant("One more", "DE"));
        assertThatThrownBy(() -> PatentRecord.builder("EP4")
                        .ipc(List.of(IpcParser.parse("H01L")))
                        .publicationDate(PatentDate.ofYear(2017))
                        .applicants(many)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 65535");
    }
}
