package dev.kct.cli;

import dev.kct.KctException;
import dev.kct.generate.CorpusConfig;
import dev.kct.generate.SyntheticCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kct generate}: a synthetic corpus in the canonical schema, for demos and benchmarks. */
@Command(
        header = "Writes a synthetic patent corpus for demos and benchmarks.",
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a synthetic patent corpus in kct's canonical schema (CSV or JSONL, .gz allowed):",
            "real IPC subclasses in technology areas of skewed sizes, heavy-tailed applicants in 16 countries,",
            "area-specific country mixes, families, preferential citations, claims, NPL and growth over years.",
            "The same --seed gives the same bytes."
        })
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--patents", paramLabel = "N", required = true, description = "Number of patents.")
    int patents;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "42",
            description = "Random seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(
            names = "--from",
            paramLabel = "YEAR",
            defaultValue = "2005",
            description = "First priority year. Default: ${DEFAULT-VALUE}.")
    int from;

    @Option(
            names = "--to",
            paramLabel = "YEAR",
            defaultValue = "2024",
            description = "Last priority year. Default: ${DEFAULT-VALUE}.")
    int to;

    @Option(names = "--abstracts", description = "Add 150-word abstracts (slower, larger files).")
    boolean abstracts;

    @Option(
            names = "--countries",
            paramLabel = "CC",
            split = ",",
            description = "Only these applicant countries (ISO codes; default: all 16 the generator knows).")
    List<String> countries;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            required = true,
            description = "Output file: .csv, .jsonl, .csv.gz or .jsonl.gz.")
    Path output;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException {
        if (patents < 1) throw KctException.usage("--patents must be at least 1");
        CorpusConfig config;
        try {
            config = CorpusConfig.of(patents, seed).withYears(from, to).withAbstracts(abstracts);
            if (countries != null) {
                config = config.withCountries(countries.stream()
                        .map(c -> c.strip().toUpperCase(Locale.ROOT))
                        .toList());
            }
        } catch (IllegalArgumentException e) {
            throw KctException.usage(e.getMessage());
        }
        Path target = output.toAbsolutePath();
        Path parent = target.getParent();
        if (parent != null) Files.createDirectories(parent);
        String name = target.getFileName().toString();
        Path tempNamed = (parent == null ? Path.of(".") : parent)
                .resolve("." + name.replaceFirst("(\\.(csv|jsonl|ndjson)(\\.gz)?)$", ".tmp$1"));
        long start = System.nanoTime();
        try {
            long n = new SyntheticCorpus(config).writeTo(tempNamed);
            Files.move(tempNamed, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            common.diagnostics()
                    .note(String.format(
                            Locale.ROOT,
                            "wrote %d patents to %s in %.1f s",
                            n,
                            output,
                            (System.nanoTime() - start) / 1e9));
        } finally {
            Files.deleteIfExists(tempNamed);
        }
        return ExitCode.OK.code();
    }
}
