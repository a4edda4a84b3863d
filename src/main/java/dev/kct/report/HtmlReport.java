package dev.kct.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kct.KctVersion;
import dev.kct.aggregate.Aggregates;
import dev.kct.analysis.KeyTechnologyAnalysis;
import dev.kct.analysis.RankUncertainty;
import dev.kct.indicator.IndicatorCatalogue;
import dev.kct.indicator.TechnologyProfile;
import dev.kct.ipc.IpcTitles;
import dev.kct.network.CooccurrenceNetwork;
import dev.kct.rank.ChokepointClass;
import dev.kct.rank.FamilyScorer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@code kct report}: one self-contained HTML page (README, "The report to hand on"). The page is a template
 * ({@code report.html} beside this class: layout, styles and the script that draws it) with three things inlined:
 * Apache ECharts' minified bundle (from the {@code org.webjars.npm:echarts} WebJar on the class path), the title,
 * and one JSON {@link Document} that the page's script reads. Everything the page shows comes from that document:
 * {@code rank} is exactly the document {@code kct rank} writes with the same options; the rest lays out the
 * analysis for the charts (the weighted family inputs of the key score, the network among the top technologies,
 * what {@code kct explain} shows for each top chokepoint); with periods, {@code trend} is exactly the document
 * {@code kct trend} writes with the same options. No timestamps, so the same input gives the same bytes.
 */
public final class HtmlReport {

    /** The ECharts version inlined, the one the WebJar dependency in pom.xml names. */
    public static final String ECHARTS_VERSION = "5.3.1";

    static final String ECHARTS = "/META-INF/resources/webjars/echarts/" + ECHARTS_VERSION + "/dist/echarts.min.js";

    private static final String TEMPLATE = "report.html";

    /** Strongest links kept per top technology in the network section. */
    static final int LINKS_PER_NODE = 4;

    /** Length of each list on a chokepoint's card (applicants, countries, partners, most cited). */
    static final int CARD_LIST = 5;

    private final KeyTechnologyAnalysis.Result result;
    private final RankUncertainty.Result uncertainty;
    private final IpcTitles titles;
    private final boolean withTitles;
    private final Function<String, String> patentTitle;

    /**
     * @param uncertainty rank intervals and acceptabilities, or null when none were asked for
     * @param withTitles  whether titles were asked for (as for {@code kct rank}: the rank table then has a title
     *                    column)
     * @param patentTitle title of a patent id, or null when unknown (for the most-cited lists)
     */
    public HtmlReport(
            KeyTechnologyAnalysis.Result result,
            RankUncertainty.Result uncertainty,
            IpcTitles titles,
            boolean withTitles,
            Function<String, String> patentTitle) {
        if (!result.hasTarget()) throw new IllegalArgumentException("a report needs a target country");
        this.result = result;
        this.uncertainty = uncertainty;
        this.titles = titles;
        this.withTitles = withTitles;
        this.patentTitle = patentTitle;
    }

    /**
     * The data of the page; the page's script reads nothing else. {@code records} only when input files were read
     * for the run, {@code trend} only with periods.
     */
    public record Document(
            @JsonProperty("kct_version") String kctVersion,
            String command,
            String target,
            List<Input> inputs,
            @JsonInclude(JsonInclude.Include.NON_NULL) Records records,
            Corpus corpus,
            int top,
            @JsonProperty("echarts_version") String echartsVersion,
            KeyTechnologyReport.Document rank,
            List<Contribution> contributions,
            Network network,
            List<Card> cards,
            @JsonInclude(JsonInclude.Include.NON_NULL) TrendReport.Document trend) {}

    /**
     * What was read: an input file ({@code file}, with the format it was read as), an index directory
     * ({@code index}) or an aggregates directory ({@code aggregates}), by name only (no directories, so the page does
     * not depend on where it was made).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Input(String kind, String name, String format) {}

    /** The records read from the input files, indexed (after duplicates replaced earlier ones) and rejected. */
    public record Records(long read, long indexed, long rejected) {}

    /** What the page is made of besides the analysis: what was read, and the trend when periods were asked for. */
    public record Sources(List<Input> inputs, Records records, TrendReport.Document trend) {}

    /**
     * The selection analysed: level, unit ({@code documents} or {@code families}), its size, years (null when no
     * patent is dated), technologies present, ranked and below minimum support, and the full network's size.
     */
    public record Corpus(
            String level,
            String unit,
            int units,
            int undated,
            @JsonProperty("first_year") Integer firstYear,
            @JsonProperty("last_year") Integer lastYear,
            int technologies,
            int ranked,
            int excluded,
            @JsonProperty("network_edges") int networkEdges) {}

    /**
     * What each family puts into a top technology's key score: weight × normalised family score (docs/METHODS.md,
     * "From indicators to scores"). With a weighted sum these add up to the key score; with TOPSIS the key score is
     * the relative closeness to the ideal, which grows with them but is not their sum.
     */
    public record Contribution(
            String code, @JsonProperty("key_score") double keyScore, Map<String, Double> families) {}

    /** The top technologies and the strongest co-occurrence links among them. */
    public record Network(String counting, List<Node> nodes, List<Link> links) {}

    /** A technology of the network section: its report rank, patents, scores and class. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Node(
            String code,
            String title,
            int rank,
            int patents,
            @JsonProperty("key_score") double keyScore,
            @JsonProperty("key_rank") int keyRank,
            @JsonProperty("target_share") double targetShare,
            @JsonProperty("target_rta") double targetRta,
            @JsonProperty("class") String chokepointClass) {}

    /** A link: patents holding both technologies (their weight under {@code --counting}). */
    public record Link(String source, String target, double weight) {}

    /** What {@code kct explain CODE --top 5} shows for one top chokepoint, without the run's parameters. */
    public record Card(
            int rank,
            ExplanationReport.Technology technology,
            @JsonProperty("top_applicants") List<ExplanationReport.Holder> topApplicants,
            @JsonProperty("top_countries") List<ExplanationReport.Holder> topCountries,
            List<ExplanationReport.Partner> partners,
            @JsonProperty("most_cited") List<ExplanationReport.CitedPatent> mostCited) {}

    /**
     * The page's data.
     *
     * @param sources what was read, and the trend (or null)
     * @param top     technologies in the charts (labels, contributions, network)
     * @param cards   top chokepoints that get a card
     */
    public Document document(
            Map<String, Object> parameters, List<String> warnings, Sources sources, int top, int cards) {
        KeyTechnologyReport ranking = new KeyTechnologyReport(result, uncertainty, titles, withTitles);
        KeyTechnologyReport.Document rank = ranking.json("rank", parameters, warnings, ranking.table(true, 0));
        int[] order = result.order();
        int[] shown = Arrays.copyOf(order, Math.min(top, order.length));
        return new Document(
                KctVersion.get(),
                "report",
                String.valueOf(parameters.get("target")),
                List.copyOf(sources.inputs()),
                sources.records(),
                corpus(),
                top,
                ECHARTS_VERSION,
                rank,
                contributions(shown),
                network(shown, String.valueOf(parameters.getOrDefault("counting", "full"))),
                cards(cards),
                sources.trend());
    }

    private Corpus corpus() {
        Aggregates.Selection s = result.aggregates().selection();
        boolean dated = s.units() > s.undated();
        return new Corpus(
                s.level().id(),
                s.families() ? "families" : "documents",
                s.units(),
                s.undated(),
                dated ? s.firstYear() : null,
                dated ? s.lastYear() : null,
                result.codes().length + result.excluded().size(),
                result.codes().length,
                result.excluded().size(),
                result.network().edgeCount());
    }

    private List<Contribution> contributions(int[] rows) {
        FamilyScorer.Result key = result.scores().key();
        List<Contribution> out = new ArrayList<>();
        for (int row : rows) {
            Map<String, Double> families = new LinkedHashMap<>();
            for (int j = 0; j < key.columns().size(); j++) {
                families.put(key.columns().get(j), key.weights()[j] * key.normalized()[row][j]);
            }
            out.add(new Contribution(result.codes()[row], result.scores().keyScore()[row], families));
        }
        return out;
    }

    /**
     * The top technologies and, for each, its {@link #LINKS_PER_NODE} strongest links to the others (heaviest
     * first, ties by code); a link kept by either end is shown once, links in code order.
     */
    private Network network(int[] rows, String counting) {
        CooccurrenceNetwork net = result.network();
        Map<Integer, Integer> rankOfNode = new HashMap<>();
        int[] reportRank = reportRanks();
        List<Node> nodes = new ArrayList<>();
        for (int row : rows) {
            String code = result.codes()[row];
            int node = net.indexOf(code);
            if (node >= 0) rankOfNode.put(node, reportRank[row]);
            nodes.add(new Node(
                    code,
                    titles.title(code),
                    reportRank[row],
                    result.indicators().patents(row),
                    result.scores().keyScore()[row],
                    result.scores().keyRank()[row],
                    result.indicators().value(IndicatorCatalogue.TARGET_SHARE.name(), row),
                    result.indicators().value(IndicatorCatalogue.TARGET_RTA.name(), row),
                    result.classes()[row].id()));
        }
        TreeMap<String, Link> links = new TreeMap<>();
        for (int node : rankOfNode.keySet().stream().sorted().toList()) {
            List<Integer> arcs = new ArrayList<>();
            for (int a = net.start(node); a < net.end(node); a++) {
                if (rankOfNode.containsKey(net.neighbour(a)) && net.neighbour(a) != node) arcs.add(a);
            }
            arcs.sort(Comparator.<Integer>comparingDouble(a -> -net.weight(a))
                    .thenComparing(a -> net.label(net.neighbour(a))));
            for (int a : arcs.subList(0, Math.min(LINKS_PER_NODE, arcs.size()))) {
                String x = net.label(node);
                String y = net.label(net.neighbour(a));
                String first = x.compareTo(y) < 0 ? x : y;
                String second = x.compareTo(y) < 0 ? y : x;
                links.putIfAbsent(first + "\t" + second, new Link(first, second, net.weight(a)));
            }
        }
        return new Network(counting, nodes, List.copyOf(links.values()));
    }

    /** The first {@code n} chokepoints in report order, each with what {@code explain} shows. */
    private List<Card> cards(int n) {
        int[] reportRank = reportRanks();
        List<Card> out = new ArrayList<>();
        for (int row : result.order()) {
            if (out.size() >= n) break;
            if (result.classes()[row] != ChokepointClass.CHOKEPOINT) continue;
            String code = result.codes()[row];
            TechnologyProfile profile = TechnologyProfile.of(result.statistics(), code, CARD_LIST);
            ExplanationReport.Document e = new ExplanationReport(
                            result, uncertainty, code, row, titles.title(code), profile, patentTitle)
                    .json(Map.of(), List.of());
            out.add(new Card(
                    reportRank[row], e.technology(), e.topApplicants(), e.topCountries(), e.partners(), e.mostCited()));
        }
        return out;
    }

    /** Per row, its 1-based place in report order (the {@code rank} column). */
    private int[] reportRanks() {
        int[] order = result.order();
        int[] rank = new int[order.length];
        for (int k = 0; k < order.length; k++) rank[order[k]] = k + 1;
        return rank;
    }

    /** Writes the page: the template with ECharts, the title and the document inlined. */
    public static void write(Document document, Writer out) {
        String page = template()
                .replace("__KCT_TITLE__", escapeHtml(title(document)))
                .replace("__KCT_VERSION__", escapeHtml(document.kctVersion()))
                .replace("__KCT_ECHARTS_VERSION__", ECHARTS_VERSION);
        int at = page.indexOf("/*__KCT_ECHARTS__*/");
        int data = page.indexOf("__KCT_DATA__");
        if (at < 0 || data < 0 || data < at) throw new IllegalStateException("the report template lacks its markers");
        try {
            out.write(page, 0, at);
            out.write(echarts());
            out.write(page, at + "/*__KCT_ECHARTS__*/".length(), data - at - "/*__KCT_ECHARTS__*/".length());
            out.write(JsonResultWriter.inline(document));
            out.write(page, data + "__KCT_DATA__".length(), page.length() - data - "__KCT_DATA__".length());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Chokepoints of CN: kct report" and the level. */
    static String title(Document d) {
        return "Key and chokepoint technologies for " + d.target() + " ("
                + d.corpus().level() + " level): kct report";
    }

    static String escapeHtml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String template() {
        return resource(HtmlReport.class, TEMPLATE);
    }

    /** The minified ECharts bundle; it holds no {@code </script} (checked, so the page cannot break). */
    static String echarts() {
        String js = resource(HtmlReport.class, ECHARTS);
        if (js.contains("</script") || js.contains("<!--")) {
            throw new IllegalStateException(ECHARTS + " cannot be inlined: it holds </script or <!--");
        }
        return js;
    }

    private static String resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(
                        "kct report: " + name + " is missing from the class path (a broken build of kct)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
