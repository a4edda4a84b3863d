package dev.kct.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kct.KctException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceDetectionTest {

    @ParameterizedTest
    @CsvSource({
        "lens/lens-2015-windows1252.csv, lens",
        "lens/lens-2016-crlf.csv, lens",
        "lens/lens-2018-snake-case.csv, lens",
        "lens/lens-cleaned.csv, lens",
        "lens/lens-2019.csv, lens",
        "patentscope/pizza-latin1.csv, patentscope",
        "espacenet/schraubstock-de.csv, espacenet",
        "espacenet/vise-en.csv, espacenet",
        "uspto-xml/ipg-sample.xml, uspto-xml",
        "patentsview/sorted/g_patent.tsv, patentsview",
        "patentsview/sorted/g_us_patent_citation.tsv, patentsview",
        "patentsview/unsorted/g_ipc_at_issue.tsv.zip, patentsview",
        "wipo-landscape/landscape.csv, wipo-landscape",
    })
    void detectsEachFormatFromTheStartOfTheFile(String fixture, String format) throws Exception {
        assertThat(SourceFormats.detect(Fixtures.path(fixture), fixture).format())
                .isEqualTo(format);
        assertThat(SourceFormats.byName(format).format()).isEqualTo(format);
    }

    @Test
    void recognisesAFolderOfPatentsViewTables() {
        assertThat(PatentsViewReader.isTableFolder(Fixtures.path("patentsview/sorted")))
                .isTrue();
        assertThat(PatentsViewReader.isTableFolder(Fixtures.path("lens"))).isFalse();
        assertThat(PatentsViewReader.folderOf(Fixtures.path("patentsview/sorted/g_patent.tsv")))
                .isEqualTo(Fixtures.path("patentsview/sorted"));
    }

    @Test
    void namesTheFormatsTriedForAnUnknownFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.csv");
        Files.writeString(file, "alpha,beta\n1,2\n");

        assertThatThrownBy(() -> SourceFormats.detect(file, "x.csv"))
                .isInstanceOf(KctException.class)
                .hasMessageContaining("tried patentsview, uspto-xml, espacenet, patentscope, lens");
    }
}
