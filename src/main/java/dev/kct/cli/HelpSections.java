package dev.kct.cli;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code --help} lists each command's options under headings, one per option group (the mixin that declares them):
 * input, reading, filters, scoring, network, output, performance, common; a command's own options come first.
 */
final class HelpSections {

    private static final Map<Class<?>, String> HEADINGS = new LinkedHashMap<>();

    static {
        HEADINGS.put(DataInput.class, "Input");
        HEADINGS.put(IngestOptions.class, "Reading input files");
        HEADINGS.put(FilterOptions.class, "Filters (the selection)");
        HEADINGS.put(AnalysisOptions.class, "Scoring");
        HEADINGS.put(UncertaintyOptions.class, "Rank uncertainty");
        HEADINGS.put(NetworkOptions.class, "Network");
        HEADINGS.put(OutputOptions.class, "Output");
        HEADINGS.put(ThreadOptions.class, "Performance");
        HEADINGS.put(CommonOptions.class, "Common");
    }

    private HelpSections() {}

    /** Installs the grouped option list on every subcommand of {@code cmd}. */
    static void install(CommandLine cmd) {
        for (CommandLine sub : cmd.getSubcommands().values()) {
            sub.getHelpSectionMap()
                    .put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, HelpSections::render);
            sub.getCommandSpec().usageMessage().abbreviateSynopsis(true);
        }
    }

    static String render(Help help) {
        Map<OptionSpec, Class<?>> owner = new IdentityHashMap<>();
        assign(help.commandSpec(), help.commandSpec(), owner);
        Map<String, List<OptionSpec>> groups = new LinkedHashMap<>();
        groups.put("Options", new ArrayList<>());
        HEADINGS.values().forEach(h -> groups.put(h, new ArrayList<>()));
        for (OptionSpec o : help.commandSpec().options()) {
            if (o.hidden()) continue;
            Class<?> c = owner.get(o);
            groups.get(c == null || !HEADINGS.containsKey(c) ? "Options" : HEADINGS.get(c))
                    .add(o);
        }
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, List<OptionSpec>> g : groups.entrySet()) {
            if (g.getValue().isEmpty()) continue;
            out.append(String.format("%n%s:%n", g.getKey()));
            out.append(help.optionListExcludingGroups(g.getValue()));
        }
        return out.toString();
    }

    /** Each option of {@code command} to the innermost mixin of {@code spec} (or deeper) that declares it. */
    private static void assign(CommandSpec spec, CommandSpec command, Map<OptionSpec, Class<?>> owner) {
        for (CommandSpec mixin : spec.mixins().values()) {
            Class<?> c = mixin.userObject() == null ? null : mixin.userObject().getClass();
            for (OptionSpec o : mixin.options()) {
                OptionSpec own = command.findOption(o.longestName());
                if (own != null) owner.put(own, c);
            }
            assign(mixin, command, owner);
        }
    }
}
