package dev.kct.source;

import dev.kct.KctException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An indicator table brought by the user for {@code kct rank --table}: CSV with a header, the first column
 * the id, every other column numeric (empty or {@code NA} = missing, read as NaN). Any other value stops
 * the run with file, line and column named.
 */
public record IndicatorCsvTable(List<String> ids, List<String> columns, double[][] values) {

    public static IndicatorCsvTable read(Path file) {
        if (!Files.isReadable(file)) {
            throw KctException.io(file + ": " + (Files.exists(file) ? "cannot be read" : "no such file"), null);
        }
        String name = file.toString();
        List<String> ids = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        List<Rejection> bad = new ArrayList<>();
        ProblemSink sink = ProblemSink.rejectionsInto(bad);
        List<String> columns;
        try (CsvInput csv = CsvInput.open(file, name, StandardCharsets.UTF_8, ',', 0, sink)) {
            if (csv.isEmpty() || csv.header().size() < 2) {
                throw KctException.data(
                        name + ": expected a header with an id column and at least one indicator column");
            }
            columns = csv.header().subList(1, csv.header().size()).stream()
                    .map(String::strip)
                    .toList();
            Set<String> seen = new HashSet<>();
            for (CsvInput.Row row : csv) {
                if (!bad.isEmpty()) break;
                String id = row.get(0);
                if (id == null) throw KctException.data(row.where() + ": the id (first column) is empty");
                if (!seen.add(id)) throw KctException.data(row.where() + ": id '" + id + "' appears twice");
                double[] v = new double[columns.size()];
                for (int j = 0; j < v.length; j++) {
                    String cell = row.get(j + 1);
                    if (cell == null || cell.equalsIgnoreCase("NA") || cell.equalsIgnoreCase("NaN")) {
                        v[j] = Double.NaN;
                        continue;
                    }
                    try {
                        v[j] = Double.parseDouble(cell);
                    } catch (NumberFormatException e) {
                        throw KctException.data(row.where() + ": column '" + columns.get(j) + "': '" + cell
                                + "' is not a number (leave the cell empty for a missing value)");
                    }
                    if (!Double.isFinite(v[j])) {
                        throw KctException.data(
                                row.where() + ": column '" + columns.get(j) + "': '" + cell + "' is not finite");
                    }
                }
                ids.add(id);
                rows.add(v);
            }
        } catch (IOException e) {
            throw KctException.io(name + ": " + e.getMessage(), e);
        }
        if (!bad.isEmpty()) throw KctException.data(bad.get(0).describe());
        if (ids.isEmpty()) throw KctException.data(name + ": no rows to rank");
        return new IndicatorCsvTable(List.copyOf(ids), columns, rows.toArray(double[][]::new));
    }
}
