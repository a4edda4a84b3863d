package dev.kct.ipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IpcParserTest {

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource(
            delimiter = '|',
            value = {
                "H01L 21/027              | H01L 21/027 | false",
                "H01L21/027               | H01L 21/027 | false",
                "h01l 21/027              | H01L 21/027 | false",
                "H01L  21/027 (2006.01)   | H01L 21/027 | false",
                "H01L 21/027 A            | H01L 21/027 | false",
                "H01L 21/027 (2006.01) I  | H01L 21/027 | false",
                "H01L0021027000           | H01L 21/027 | false",
                "H01L0021000000           | H01L 21/00  | false",
                "A61K0031426000           | A61K 31/426 | false",
                "H01L-021/027             | H01L 21/027 | false",
                "C07D41700                | C07D 417/00 | false",
                "H01J04900                | H01J 49/00  | false",
                "A61K031426               | A61K 31/426 | false",
                "H01L                     | H01L        | false",
                "H01                      | H01         | false",
                "H                        | H           | false",
                "B64C2201/123             | B64C 2201/123 | true",
                "A63F2009/241             | A63F 2009/241 | true",
                "Y02E 10/50               | Y02E 10/50  | true",
                "Y02E                     | Y02E        | true",
                "G06N 3/08                | G06N 3/08   | false",
                "' B64C39/024 '           | B64C 39/024 | false",
                "E02F9/2825               | E02F 9/2825 | false",
            })
    void parsesEveryWrittenForm(String text, String canonical, boolean cpc) {
        IpcSymbol s = IpcParser.parse(text);
        assertThat(s.toString()).isEqualTo(canonical);
        assertThat(s.cpc()).isEqualTo(cpc);
    }

    @Test
    void cutsToEachLevel() {
        IpcSymbol s = IpcParser.parse("H01L 21/027");
        assertThat(s.code(IpcLevel.SECTION)).isEqualTo("H");
        assertThat(s.code(IpcLevel.CLASS)).isEqualTo("H01");
        assertThat(s.code(IpcLevel.SUBCLASS)).isEqualTo("H01L");
        assertThat(s.code(IpcLevel.GROUP)).isEqualTo("H01L 21/00");
        assertThat(s.code(IpcLevel.SUBGROUP)).isEqualTo("H01L 21/027");
        assertThat(s.precision()).isEqualTo(IpcLevel.SUBGROUP);
    }

    @Test
    void coarseSymbolsHaveNoFinerLevels() {
        IpcSymbol s = IpcParser.parse("H01L");
        assertThat(s.precision()).isEqualTo(IpcLevel.SUBCLASS);
        assertThat(s.code(IpcLevel.GROUP)).isNull();
        assertThat(s.code(IpcLevel.SUBGROUP)).isNull();
        assertThat(IpcParser.parse("Y02E 10/50").code(IpcLevel.SECTION)).isEqualTo("Y");
    }

    @ParameterizedTest(name = "''{0}'' rejected: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "H01 21/02       | subclass letter missing in 'H01 21/02'",
                "''              | empty IPC symbol",
                "Z01L 21/02      | unknown section 'Z'",
                "1H01L           | unknown section '1'",
                "HXXL 21/02      | class digits missing in 'HXXL 21/02'",
                "H1L 21/02       | class digits missing",
                "H01L 21         | group '21' in 'H01L 21' has no subgroup: write the main group as H01L 21/00",
                "H01L 21/        | subgroup missing",
                "H01L 21/2       | has one digit",
                "H01L 0/00       | group number 0",
                "H01L 21/0270000 | longer than six digits",
                "H01L21          | has no subgroup",
                "H01L 21-027     | cannot read the group",
                "H01L abc        | cannot read the group",
            })
    void rejectsWithReason(String text, String reason) {
        assertThatThrownBy(() -> IpcParser.parse(text))
                .isInstanceOf(IpcParseException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void splitsListsOnEverySeparator() {
        IpcParser.ParsedList list =
                IpcParser.parseList("H01L 21/027;;G06F 3/01; A61K 31/00 | B64C 39/02, G05D 1/10\nH04W 4/00");
        assertThat(list.symbols())
                .extracting(IpcSymbol::toString)
                .containsExactly("H01L 21/027", "G06F 3/01", "A61K 31/00", "B64C 39/02", "G05D 1/10", "H04W 4/00");
        assertThat(list.errors()).isEmpty();
    }

    @Test
    void collectsBadItemsOfAList() {
        IpcParser.ParsedList list = IpcParser.parseList("H01L 21/027;H01 21/02;;");
        assertThat(list.symbols()).extracting(IpcSymbol::toString).containsExactly("H01L 21/027");
        assertThat(list.errors()).singleElement().asString().contains("subclass letter missing");
    }

    @Test
    void listItemsWithSubgroupsCutOffByTheExportAreKeptAtGroupLevel() {
        IpcParser.ParsedList list = IpcParser.parseList("A21D 13/0;A21D 13/;H01 21/02;A47G 21/6");
        assertThat(list.symbols())
                .extracting(IpcSymbol::toString)
                .containsExactly("A21D 13/00", "A21D 13/00", "A47G 21/00");
        assertThat(list.symbols()).allMatch(s -> s.precision() == IpcLevel.GROUP);
        assertThat(list.truncated()).isEqualTo(3);
        assertThat(list.errors()).singleElement().asString().contains("H01 21/02");
    }

    /** The items the PATENTSCOPE pizza export writes (7 records were rejected for them), and packed zero groups. */
    @Test
    void listItemsWithAReadableSubclassButNoReadableGroupAreKeptAtSubclassLevel() {
        IpcParser.ParsedList list =
                IpcParser.parseList("A21D /;A23P 000/00000;A61K000;b65d 0/;H01L 21/027;G06F 13//00;B65D 05//00");
        assertThat(list.symbols())
                .extracting(IpcSymbol::toString)
                .containsExactly("A21D", "A23P", "A61K", "B65D", "H01L 21/027", "G06F 13/00", "B65D 5/00");
        assertThat(list.symbols().subList(0, 4)).allMatch(s -> s.precision() == IpcLevel.SUBCLASS);
        assertThat(list.symbols().subList(5, 7)).allMatch(s -> s.precision() == IpcLevel.GROUP);
        assertThat(list.repairs())
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                        IpcParser.Repair.GROUP_UNREADABLE, 4, IpcParser.Repair.SUBGROUP_UNREADABLE, 2));
        assertThat(list.errors()).isEmpty();
    }

    @Test
    void itemsThatNameNoSubclassOrHoldWordsStayErrors() {
        IpcParser.ParsedList list = IpcParser.parseList("A21 /;H01L -1/00;H01L 21/027 X 5;PIZZA BOX");
        assertThat(list.symbols()).isEmpty();
        assertThat(list.errors()).hasSize(4);
        assertThat(list.repairs()).isEmpty();
    }

    @Test
    void aSingleSymbolWithAnUnreadableGroupIsStillRefused() {
        assertThatThrownBy(() -> IpcParser.parse("A21D /")).isInstanceOf(IpcParseException.class);
        assertThatThrownBy(() -> IpcParser.parse("A23P 000/00000")).hasMessageContaining("group number 0");
    }

    @Test
    void levelNamesParse() {
        assertThat(IpcLevel.fromId("maingroup")).isEqualTo(IpcLevel.GROUP);
        assertThat(IpcLevel.fromId("SubClass")).isEqualTo(IpcLevel.SUBCLASS);
        assertThatThrownBy(() -> IpcLevel.fromId("family")).hasMessageContaining("use section, class");
    }
}
