package dev.kct.ipc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of {@link IpcParser}'s canonical form: printing a parsed symbol and parsing it again gives the same
 * symbol, and the written forms of one subgroup (with or without trailing zeros, spaced, packed) agree.
 */
class IpcCanonicalFormPropertiesTest {

    @Property
    void canonicalFormIsIdempotent(
            @ForAll @CharRange(from = 'A', to = 'H') char section,
            @ForAll @IntRange(min = 0, max = 99) int classNumber,
            @ForAll @CharRange(from = 'A', to = 'Z') char letter,
            @ForAll @IntRange(min = 1, max = 1999) int group,
            @ForAll("subgroups") String subgroup) {
        IpcSymbol x = IpcParser.parse(String.format("%c%02d%c %d/%s", section, classNumber, letter, group, subgroup));
        IpcSymbol again = IpcParser.parse(x.toString());
        assertThat(again).isEqualTo(x);
        assertThat(again.toString()).isEqualTo(x.toString());
    }

    @Property
    void writtenFormsOfOneSubgroupAgree(
            @ForAll @IntRange(min = 1, max = 999) int group,
            @ForAll("subgroups") String subgroup,
            @ForAll @IntRange(min = 0, max = 4) int extraZeros) {
        String padded = subgroup + "0".repeat(extraZeros);
        if (padded.length() > 6) padded = padded.substring(0, 6);
        IpcSymbol printed = IpcParser.parse("H01L " + group + "/" + subgroup);
        IpcSymbol zeros = IpcParser.parse("H01L " + group + "/" + padded);
        IpcSymbol packed =
                IpcParser.parse(String.format("H01L%04d%-6s", group, subgroup).replace(' ', '0'));
        IpcSymbol derwent = IpcParser.parse(String.format("H01L-%03d/%s", group, padded));
        assertThat(zeros).isEqualTo(printed);
        assertThat(packed).isEqualTo(printed);
        assertThat(derwent).isEqualTo(printed);
    }

    /** Two to six subgroup digits, WIPO's range. */
    @Provide
    Arbitrary<String> subgroups() {
        return Arbitraries.strings().numeric().ofMinLength(2).ofMaxLength(6);
    }

    @Example
    void trailingZerosBeyondTwoDigitsAreInsignificant() {
        assertThat(IpcParser.parse("H01L 21/0270")).hasToString("H01L 21/027");
        assertThat(IpcParser.parse("H01L 21/027000")).isEqualTo(IpcParser.parse("H01L0021027000"));
        assertThat(IpcParser.parse("H01L 21/000")).hasToString("H01L 21/00");
        assertThat(IpcParser.parse("H01L 21/10")).hasToString("H01L 21/10");
    }

    @Example
    void aMinusSignIsNoDerwentPrefix() {
        assertThatThrownBy(() -> IpcParser.parse("H01L -1/00"))
                .isInstanceOf(IpcParseException.class)
                .hasMessageContaining("H01L -1/00");
        assertThat(IpcParser.parse("H01L-021/027")).hasToString("H01L 21/027");
        assertThat(IpcParser.parseItems(List.of("H01L -1/")).symbols()).isEmpty();
        assertThat(IpcParser.parseItems(List.of("H01L-021/")).symbols())
                .extracting(IpcSymbol::toString)
                .containsExactly("H01L 21/00");
    }
}
