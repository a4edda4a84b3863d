package dev.kct.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kct.KctException;
import dev.kct.ipc.IpcSymbol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicantMapTest {

    @TempDir
    Path dir;

    private ApplicantMap load(String text) throws Exception {
        Path file = dir.resolve("map.csv");
        Files.writeString(file, text);
        return ApplicantMap.load(file);
    }

    @Test
    void mapsNamesByTheirNormalisedKey() throws Exception {
        ApplicantMap map = load("from,to\nSZ DJI TECHNOLOGY CO LTD,DJI\n\"DJI, Inc.\",DJI\nSony Corporation,Sony\n");

        assertThat(map.size()).isEqualTo(3);
        assertThat(map.apply("SZ DJI Technology Co., Ltd.")).isEqualTo("DJI");
        assertThat(map.apply("DJI INC")).isEqualTo("DJI");
        assertThat(map.apply("SONY CORP")).isEqualTo("Sony");
        assertThat(map.apply("Parrot SA")).isEqualTo("Parrot SA");
    }

    @Test
    void readsVosviewerThesauriWithATabAndEmptyReplacementsRemove() throws Exception {
        ApplicantMap map = load("label\treplace by\nPARROT DRONES SAS\tParrot\nNA\t\n");

        assertThat(map.apply("Parrot Drones S.A.S.")).isEqualTo("Parrot");
        assertThat(map.apply("NA")).isNull();
    }

    @Test
    void readsFilesWithoutAHeader() throws Exception {
        assertThat(load("\uFEFFPIZZA HUT INC,Pizza Hut\n").apply("Pizza Hut, Inc."))
                .isEqualTo("Pizza Hut");
    }

    @Test
    void mergesApplicantsThatNowShareAName() throws Exception {
        ApplicantMap map = load("from,to\nSZ DJI TECHNOLOGY CO LTD,DJI\nDJI INNOVATIONS,DJI\nNA,\n");
        PatentRecord r = PatentRecord.builder("X")
                .ipc(List.of(IpcSymbol.parse("B64C")))
                .applicants(List.of(
                        new Applicant("SZ DJI TECHNOLOGY CO LTD", null), new Applicant("NA", null),
                        new Applicant("DJI INNOVATIONS", "CN"), new Applicant("WANG TAO", null)))
                .build();

        assertThat(map.apply(r).applicants())
                .containsExactly(new Applicant("DJI", "CN"), new Applicant("WANG TAO", null));
        assertThat(ApplicantMap.NONE.apply(r)).isSameAs(r);
    }

    @Test
    void failsWithFileAndLineOnBadRows() throws Exception {
        assertThatThrownBy(() -> load("from,to\nA,B,C\n"))
                .isInstanceOf(KctException.class)
                .hasMessage(dir.resolve("map.csv")
                        + ":2: applicant map: the row has 3 columns; write two: the name as found, "
                        + "then the name to use (quote names that contain a comma)");
        assertThatThrownBy(() -> load("from,to\n,B\n"))
                .hasMessageEndingWith(
                        ":2: applicant map: the first column is empty; " + "write the name as found in the data");
        assertThatThrownBy(() -> load("from,to\nSony Corp,Sony\nSONY CORPORATION,Sony Group\n"))
                .hasMessageEndingWith(":3: applicant map: 'SONY CORPORATION' is already mapped to 'Sony' on line 2; "
                        + "keep one of the two rows");
    }

    @Test
    void missingOrBinaryMapIsALocatedMessage() throws Exception {
        Path missing = dir.resolve("nope.csv");
        assertThatThrownBy(() -> ApplicantMap.load(missing))
                .isInstanceOf(KctException.class)
                .hasMessage(missing + ": applicant map: no such file");
        Path binary = dir.resolve("map.bin");
        Files.write(binary, new byte[] {'A', ',', 'B', '\n', (byte) 0xC3, (byte) 0x28, ',', 'x', '\n'});
        assertThatThrownBy(() -> ApplicantMap.load(binary))
                .isInstanceOf(KctException.class)
                .hasMessage(binary + ": applicant map: not UTF-8 text: save it as a UTF-8 CSV or TSV file");
        byte[] late = ("A,B\n".repeat(50_000) + "C\u00e9,D\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(binary, late);
        assertThatThrownBy(() -> ApplicantMap.load(binary))
                .isInstanceOf(KctException.class)
                .hasMessageContaining("not UTF-8 text");
    }
}
