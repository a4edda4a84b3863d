package dev.kct.cli;

import dev.kct.KctException;
import dev.kct.KctVersion;
import dev.kct.ipc.IpcLevel;
import dev.kct.ipc.IpcParseException;
import dev.kct.ipc.IpcParser;
import dev.kct.ipc.IpcSymbol;
import dev.kct.ipc.IpcTitles;
import dev.kct.report.ResultTable;
import dev.kct.report.TextTableWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kct ipc}: parses IPC/CPC symbols and prints their canonical form and every level. */
@Command(
        header = "Parses IPC/CPC symbols: canonical form and every level.",
        name = "ipc",
        mixinStandardHelpOptions = true,
        description = {
            "Parses IPC or CPC symbols in any written form and prints the canonical form and each level.",
            "Exit 3 when a symbol is invalid (the others are still printed)."
        })
final class IpcCommand implements Callable<Integer> {

    @Parameters(
            paramLabel = "SYMBOL",
            arity = "1..*",
            description = "Symbols, e.g. 'H01L 21/027' H01L0021027000 C07D41700.")
    List<String> symbols;

    @Option(
            names = "--titles",
            paramLabel = "FILE",
            description = "WIPO IPC title list (tab-separated symbol and title, or a folder of them) to print titles.")
    Path titles;

    @Mixin
    OutputOptions output;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        IpcTitles names = titles == null ? IpcTitles.none() : IpcTitles.load(titles);
        List<ResultTable.Column> cols = new ArrayList<>(List.of(
                ResultTable.Column.text("input"),
                ResultTable.Column.text("canonical"),
                ResultTable.Column.text("cpc")));
        for (IpcLevel l : IpcLevel.values()) cols.add(ResultTable.Column.text(l.id()));
        if (titles != null) cols.add(ResultTable.Column.text("title"));
        ResultTable table = new ResultTable(cols);
        List<Map<String, Object>> items = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String text : symbols) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("input", text);
            try {
                IpcSymbol s = IpcParser.parse(text);
                item.put("canonical", s.toString());
                item.put("cpc", s.cpc());
                Map<String, Object> levels = new LinkedHashMap<>();
                List<Object> row = new ArrayList<>(List.of(text, s.toString(), s.cpc() ? "yes" : "no"));
                for (IpcLevel l : IpcLevel.values()) {
                    levels.put(l.id(), s.code(l));
                    row.add(s.code(l));
                }
                item.put("levels", levels);
                if (titles != null) {
                    Map<String, Object> t = new LinkedHashMap<>();
                    for (IpcLevel l : IpcLevel.values()) {
                        if (s.code(l) != null) t.put(l.id(), names.title(s.code(l)));
                    }
                    item.put("titles", t);
                    row.add(names.title(s.toString()));
                }
                table.add(row.toArray());
            } catch (IpcParseException e) {
                item.put("error", e.getMessage());
                errors.add(e.getMessage());
            }
            items.add(item);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("kct_version", KctVersion.get());
        doc.put("command", "ipc");
        doc.put("symbols", items);
        output.emit(doc, table, out -> TextTableWriter.write(table, out, 70));
        if (!errors.isEmpty()) {
            throw KctException.data(
                    errors.size() == 1 ? errors.get(0) : errors.size() + " invalid symbols; first: " + errors.get(0));
        }
        return ExitCode.OK.code();
    }
}
