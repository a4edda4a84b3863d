package dev.kct.rank;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What {@code --weights} and {@code --family-weights} ask for (docs/METHODS.md "From indicators to scores", step 2):
 * a data-driven {@link Method}, or {@link Fixed} weights given by the analyst. Parsed once, where the option is
 * read, and passed inward; the columns it will weigh are known only later, so names are checked by
 * {@link #weighting}.
 */
public sealed interface WeightsSpec permits WeightsSpec.Method, WeightsSpec.Fixed {

    /** The text echoed in results' parameters: the method's name, or the fixed weights as written. */
    String id();

    /** The weighting of the given columns; fixed weights naming a column that is not there are an error. */
    Weighting weighting(List<String> columns);

    /** Entropy, CRITIC or equal weights. */
    record Method(WeightingMethod method) implements WeightsSpec {
        @Override
        public String id() {
            return method.id();
        }

        @Override
        public Weighting weighting(List<String> columns) {
            return method.weighting();
        }
    }

    /**
     * Weights given by the analyst: {@code name=weight} items separated by commas, checked against the columns by
     * {@link FixedWeighting#parse} when the columns are known.
     *
     * @param text the items as written
     */
    record Fixed(String text) implements WeightsSpec {
        @Override
        public String id() {
            return text;
        }

        @Override
        public Weighting weighting(List<String> columns) {
            return FixedWeighting.parse(text, columns);
        }

        /** The names the items give weights to, in the order written. */
        public List<String> names() {
            List<String> names = new ArrayList<>();
            for (String item : text.split(",", -1))
                names.add(item.substring(0, Math.max(0, item.indexOf('='))).trim());
            return names;
        }

        /** These weights without the items naming one of {@code names}, or null when none is left. */
        public Fixed without(Collection<String> names) {
            List<String> kept = new ArrayList<>();
            for (String item : text.split(",", -1)) {
                if (!names.contains(
                        item.substring(0, Math.max(0, item.indexOf('='))).trim())) kept.add(item);
            }
            return kept.isEmpty() ? null : new Fixed(String.join(",", kept));
        }
    }

    /** The default: entropy weights. */
    static WeightsSpec entropy() {
        return new Method(WeightingMethod.ENTROPY);
    }

    /**
     * Parses a method name ({@code entropy}, {@code critic}, {@code equal}, any case) or fixed weights
     * ({@code share=0.5,growth=0.5}).
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    static WeightsSpec parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(
                    "no weights given: use entropy, critic, equal or fixed weights such as" + " a=0.3,b=0.7");
        }
        return text.indexOf('=') < 0 ? new Method(WeightingMethod.fromId(text)) : new Fixed(text);
    }
}
