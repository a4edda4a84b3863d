package dev.kct.source.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kct.KctException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CellReadersTest {

    private static final String CHINESE = "公开号,申请人,分类号,申请日\nCN1,华为技术有限公司；中兴通讯,H01L 21/00,2015.03.02\n";

    @Test
    void detectsEncodingByBomThenUtf8ThenGb18030ThenWindows1252() {
        byte[] utf8 = CHINESE.getBytes(StandardCharsets.UTF_8);
        assertThat(EncodingDetector.detect(utf8)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(EncodingDetector.detect(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8)))
                .isEqualTo(StandardCharsets.UTF_8);
        EncodingDetector.Guess le =
                guess(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, CHINESE.getBytes(StandardCharsets.UTF_16LE)));
        assertThat(le).isEqualTo(new EncodingDetector.Guess(StandardCharsets.UTF_16LE, 2));
        EncodingDetector.Guess be =
                guess(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, CHINESE.getBytes(StandardCharsets.UTF_16BE)));
        assertThat(be).isEqualTo(new EncodingDetector.Guess(StandardCharsets.UTF_16BE, 2));
        assertThat(EncodingDetector.detect(CHINESE.getBytes(Charset.forName("GB18030"))))
                .isEqualTo(Charset.forName("GB18030"));
        byte[] western =
                "id,applicant\nDE1,Müller GmbH café, Société Générale\n".getBytes(Charset.forName("windows-1252"));
        assertThat(EncodingDetector.detect(western)).isEqualTo(Charset.forName("windows-1252"));
        assertThat(EncodingDetector.detect("id,ipc\n".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void aSampleCutInsideAMultiByteCharacterIsStillUtf8() {
        byte[] utf8 = "申请人".getBytes(StandardCharsets.UTF_8);
        assertThat(EncodingDetector.detect(utf8, utf8.length - 1, false).charset())
                .isEqualTo(StandardCharsets.UTF_8);
        assertThat(EncodingDetector.detect(utf8, utf8.length - 1, true).charset())
                .isNotEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void splitsNameListsOnSemicolonsBarsAndLinesButNotCommas() {
        assertThat(ListSplitter.forNames().split("华为技术有限公司；ACME, INC. | Bar AG\r\nBaz KK;;"))
                .containsExactly("华为技术有限公司", "ACME, INC.", "Bar AG", "Baz KK", "", "");
        assertThat(ListSplitter.forCodes().split("H01L 21/027, G06F 3/00;A61K"))
                .containsExactly("H01L 21/027", "G06F 3/00", "A61K");
        assertThat(ListSplitter.of(List.of("/")).split("a/b; c")).containsExactly("a", "b; c");
        assertThat(ListSplitter.forNames().split("  ")).isEmpty();
        assertThat(ListSplitter.of(List.of("; ")).split("a;b c")).containsExactly("a", "b c");
        assertThatThrownBy(() -> ListSplitter.of(List.of("ab")))
                .isInstanceOf(KctException.class)
                .hasMessageContaining("list_separators");
    }

    @Test
    void readsEveryCommonDateForm() {
        DateColumn dates = new DateColumn("申请日", List.of(), true);
        dates.decide();
        assertThat(dates.read("2015-03-02")).isEqualTo("2015-03-02");
        assertThat(dates.read("1999-07-19T00:00:00Z")).isEqualTo("1999-07-19");
        assertThat(dates.read("2015.03.02")).isEqualTo("2015-03-02");
        assertThat(dates.read("2015/3/2")).isEqualTo("2015-03-02");
        assertThat(dates.read("20150302")).isEqualTo("2015-03-02");
        assertThat(dates.read("2015年3月2日")).isEqualTo("2015-03-02");
        assertThat(dates.read("02.03.2015")).isEqualTo("2015-03-02");
        assertThat(dates.read("2015")).isEqualTo("2015");
        assertThat(dates.read("42065")).isEqualTo("2015-03-02");
        assertThat(dates.read(" ")).isNull();
        assertThat(dates.read("2015.13.02"))
                .as("unreadable: left for the canonical parser to reject")
                .isEqualTo("2015.13.02");
        assertThat(new DateColumn("d", List.of(), false).read("42065")).isEqualTo("42065");
    }

    @Test
    void decidesDayOrMonthFirstPerColumnAndRefusesAnAmbiguousColumn() {
        DateColumn dayFirst = new DateColumn("filing", List.of(), false);
        assertThat(dayFirst.needsObservation()).isTrue();
        dayFirst.observe("03/04/2015");
        assertThat(dayFirst.isSettled()).isFalse();
        dayFirst.observe("25/03/2015");
        assertThat(dayFirst.isSettled()).isTrue();
        dayFirst.decide();
        assertThat(dayFirst.read("03/04/2015")).isEqualTo("2015-04-03");

        DateColumn monthFirst = new DateColumn("filing", List.of(), false);
        monthFirst.observe("03/04/2015");
        monthFirst.observe("12/31/2015");
        monthFirst.decide();
        assertThat(monthFirst.read("03/04/2015")).isEqualTo("2015-03-04");

        DateColumn ambiguous = new DateColumn("Application Date", List.of(), false);
        ambiguous.observe("05/05/2015");
        ambiguous.observe("03/04/2015");
        assertThatThrownBy(ambiguous::decide)
                .isInstanceOf(KctException.class)
                .hasMessageContaining("'Application Date'")
                .hasMessageContaining("03/04/2015")
                .hasMessageContaining("date_formats");

        DateColumn same = new DateColumn("d", List.of(), false);
        same.observe("05/05/2015");
        same.decide();
        assertThat(same.read("05/05/2015")).isEqualTo("2015-05-05");

        DateColumn explicit = new DateColumn("d", List.of("MM/dd/yyyy", "yyyy.MM.dd"), false);
        assertThat(explicit.needsObservation()).isFalse();
        assertThat(explicit.read("03/04/2015")).isEqualTo("2015-03-04");
        assertThat(explicit.read("2015.03.04")).isEqualTo("2015-03-04");
        assertThat(explicit.read("2015")).isEqualTo("2015");
        assertThatThrownBy(() -> new DateColumn("d", List.of("qqq{"), false))
                .isInstanceOf(KctException.class)
                .hasMessageContaining("date_formats");
    }

    @Test
    void mapsCountryNamesInManyLanguagesToIsoCodes() {
        assertThat(CountryNames.code("United States")).isEqualTo("US");
        assertThat(CountryNames.code("USA")).isEqualTo("US");
        assertThat(CountryNames.code("中国")).isEqualTo("CN");
        assertThat(CountryNames.code("China")).isEqualTo("CN");
        assertThat(CountryNames.code("Japan")).isEqualTo("JP");
        assertThat(CountryNames.code("日本")).isEqualTo("JP");
        assertThat(CountryNames.code("germany")).isEqualTo("DE");
        assertThat(CountryNames.code("Deutschland")).isEqualTo("DE");
        assertThat(CountryNames.code("Korea, Republic of")).isEqualTo("KR");
        assertThat(CountryNames.code("大韩民国")).isEqualTo("KR");
        assertThat(CountryNames.code("韩国")).isEqualTo("KR");
        assertThat(CountryNames.code("France")).isEqualTo("FR");
        assertThat(CountryNames.code("United Kingdom")).isEqualTo("GB");
        assertThat(CountryNames.code("DEU")).isEqualTo("DE");
        assertThat(CountryNames.code("cn")).isEqualTo("CN");
        assertThat(CountryNames.code("European Patent Office")).isNull();
        assertThat(CountryNames.code("Narnia")).isNull();
        assertThat(CountryNames.code("")).isNull();
    }

    private static EncodingDetector.Guess guess(byte[] bytes) {
        return EncodingDetector.detect(bytes, bytes.length, true);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
