package dev.kct.cli;

import dev.kct.KctException;
import dev.kct.ingest.Ingestion;
import dev.kct.record.ApplicantMap;
import dev.kct.record.CountryOfOrigin;
import dev.kct.source.MappedTableReader;
import dev.kct.source.PatentReader;
import dev.kct.source.table.ColumnMapping;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How input files are read: format, strictness, where rejected records go. */
final class IngestOptions {

    @Option(
            names = "--input-format",
            paramLabel = "FORMAT",
            defaultValue = "auto",
            converter = Converters.InputFormats.class,
            completionCandidates = Converters.InputFormats.class,
            description = "Input format: ${COMPLETION-CANDIDATES} (auto detects each file). Default: ${DEFAULT-VALUE}.")
    PatentReader inputFormat;

    @Option(
            names = "--map",
            paramLabel = "FILE",
            description = "Read every input file (delimited text in any common encoding, or .xlsx) through this"
                    + " column mapping (JSON: which column holds id, ipc, the dates, applicants, ...; see the README,"
                    + " 'Reading your own export'). Not with --input-format.")
    Path mapFile;

    @Option(names = "--strict", description = "Stop at the first bad record (exit 3) and commit nothing.")
    boolean strict;

    @Option(
            names = "--rejects",
            paramLabel = "FILE",
            description = "Write every rejected record to FILE as CSV: file,line,field,reason,raw.")
    Path rejects;

    @Option(
            names = "--country-from",
            paramLabel = "SOURCE",
            defaultValue = "applicant",
            converter = Converters.CountrySources.class,
            completionCandidates = Converters.CountrySources.class,
            description =
                    "A patent's country of origin: applicant (falling back to the first priority office, then the"
                            + " publishing office), priority or jurisdiction. EP and WO never count as countries. Default: ${DEFAULT-VALUE}.")
    CountryOfOrigin.Mode countryFrom;

    @Option(
            names = "--applicant-map",
            paramLabel = "FILE",
            description = "Applicant thesaurus: two columns from,to (CSV or tab-separated, VOSviewer style); an empty"
                    + " 'to' drops the applicant.")
    Path applicantMap;

    /** The reader for {@code --map}: every file read through the mapping. */
    private PatentReader mappedReader() {
        if (inputFormat != null) {
            throw KctException.usage("--map and --input-format " + inputFormat.format()
                    + " both say how to read the input files: give one (--map FILE reads every file through the"
                    + " mapping)");
        }
        return mappedReader(mapFile);
    }

    /** The reader for the mapping in {@code mapFile} ({@code --map}): a usage error if it is no mapping, I/O if unreadable. */
    static MappedTableReader mappedReader(Path mapFile) {
        String json;
        try {
            json = Files.readString(mapFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw KctException.io("--map " + mapFile + ": no such file", e);
        } catch (MalformedInputException e) {
            throw KctException.usage("--map " + mapFile + ": not UTF-8 text: save the mapping as UTF-8");
        } catch (IOException e) {
            throw KctException.io("--map " + mapFile + ": cannot be read: " + e.getMessage(), e);
        }
        return MappedTableReader.of("mapped by " + mapFile, ColumnMapping.parse(json, "--map " + mapFile));
    }

    Ingestion.Options options(int threads) {
        ApplicantMap map = ApplicantMap.NONE;
        if (applicantMap != null) {
            try {
                map = ApplicantMap.load(applicantMap);
            } catch (IOException e) {
                throw KctException.io("--applicant-map " + applicantMap + ": " + e.getMessage(), e);
            }
        }
        return Ingestion.Options.defaults()
                .withStrict(strict)
                .withFormat(mapFile == null ? inputFormat : mappedReader())
                .withApplicantMap(map)
                .withCountryFrom(countryFrom)
                .withThreads(threads);
    }
}
