package dev.kct.cli;

import dev.kct.index.CountUnit;
import dev.kct.index.DateBasis;
import dev.kct.indicator.CountryCount;
import dev.kct.ipc.IpcLevel;
import dev.kct.network.NetworkFormat;
import dev.kct.rank.AggregationMethod;
import dev.kct.rank.KeyTop;
import dev.kct.rank.Normalization;
import dev.kct.rank.WeightingMethod;
import dev.kct.rank.WeightsSpec;
import dev.kct.record.CountryOfOrigin;
import dev.kct.source.PatentReader;
import dev.kct.source.SourceFormats;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Typed options: one picocli converter per closed set of values, parsing with the type's own {@code fromId}
 * (so the messages are the engine's, e.g. "unknown normalisation 'zscore': use minmax, vector, sum or none"),
 * each also the option's completion candidates (the ids, for {@code kct generate-completion}). An option is parsed
 * once, here; the engine receives the typed value.
 */
final class Converters {

    private Converters() {}

    /** A converter that is also the list of the values' ids. */
    abstract static class Ids<T> implements ITypeConverter<T>, Iterable<String> {
        private final Function<String, T> parse;
        private final List<String> ids;

        Ids(Function<String, T> parse, List<String> ids) {
            this.parse = parse;
            this.ids = ids;
        }

        @Override
        public T convert(String value) {
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }

        @Override
        public Iterator<String> iterator() {
            return ids.iterator();
        }
    }

    private static <E extends Enum<E>> List<String> lowerCase(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT))
                .toList();
    }

    static final class Levels extends Ids<IpcLevel> {
        Levels() {
            super(
                    IpcLevel::fromId,
                    Arrays.stream(IpcLevel.values()).map(IpcLevel::id).toList());
        }
    }

    static final class DateBases extends Ids<DateBasis> {
        DateBases() {
            super(
                    DateBasis::fromId,
                    Arrays.stream(DateBasis.values()).map(DateBasis::id).toList());
        }
    }

    static final class CountUnits extends Ids<CountUnit> {
        CountUnits() {
            super(
                    CountUnit::fromId,
                    Arrays.stream(CountUnit.values()).map(CountUnit::id).toList());
        }
    }

    static final class CountryCounts extends Ids<CountryCount> {
        CountryCounts() {
            super(
                    CountryCount::fromId,
                    Arrays.stream(CountryCount.values()).map(CountryCount::id).toList());
        }
    }

    static final class Normalizations extends Ids<Normalization> {
        Normalizations() {
            super(
                    Normalization::fromId,
                    Arrays.stream(Normalization.values()).map(Normalization::id).toList());
        }
    }

    static final class Aggregations extends Ids<AggregationMethod> {
        Aggregations() {
            super(AggregationMethod::fromId, lowerCase(AggregationMethod.class));
        }
    }

    /** A weighting method or fixed weights {@code name=w,...}; weights from a file only through the file options. */
    static final class Weights extends Ids<WeightsSpec> {
        Weights() {
            super(
                    WeightsSpec::parse,
                    Arrays.stream(WeightingMethod.values())
                            .map(WeightingMethod::id)
                            .toList());
        }
    }

    static final class KeyTops extends Ids<KeyTop> {
        KeyTops() {
            super(KeyTop::parse, List.of("10", "20%"));
        }
    }

    static final class OutputFormats extends Ids<OutputOptions.Format> {
        OutputFormats() {
            super(OutputOptions.Format::fromId, lowerCase(OutputOptions.Format.class));
        }
    }

    static final class NetworkFormats extends Ids<NetworkFormat> {
        NetworkFormats() {
            super(NetworkFormat::of, lowerCase(NetworkFormat.class));
        }
    }

    static final class CountrySources extends Ids<CountryOfOrigin.Mode> {
        CountrySources() {
            super(CountryOfOrigin.Mode::parse, lowerCase(CountryOfOrigin.Mode.class));
        }
    }

    /** A reader by format name; {@code auto} (detect per file) is null. */
    static final class InputFormats extends Ids<PatentReader> {
        InputFormats() {
            super(
                    name -> {
                        try {
                            return SourceFormats.byName(name);
                        } catch (dev.kct.KctException e) {
                            throw new IllegalArgumentException(e.getMessage(), e);
                        }
                    },
                    SourceFormats.ids());
        }
    }
}
