package org.borderwatch.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.NameSearch;
import org.borderwatch.json.Json;
import org.borderwatch.store.SearchHit;
import org.borderwatch.store.Store;
import org.borderwatch.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code search TEXT [--json] [--limit N]}: the crossings whose names match (in any of their
 * languages and scripts: {@code Брэст} and {@code Brest} both find Terespol–Brest), then full-text
 * search over events (titles, summaries, places, source titles and publishers). Every word must
 * occur as a prefix; case and diacritics are ignored, so {@code kuznica} finds Kuźnica.
 */
@Command(name = "search",
        description = "Search the crossings by any of their names, then the events: every word must occur "
                + "(as a prefix); diacritics are ignored.")
public final class SearchCommand implements Callable<Integer> {
    @Mixin
    private StoreOptions store;

    @Mixin
    private DateStyleOption dates;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Words to look for.")
    private List<String> words;

    @Option(names = "--json", description = "Print a JSON array instead of a list.")
    private boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N hits (default ${DEFAULT-VALUE}).")
    private int limit;

    public SearchCommand() {
        // picocli fills the fields
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (limit < 1) {
            err.println("search: --limit must be at least 1, not " + limit);
            return 2;
        }
        String text = String.join(" ", words);
        List<SearchHit> hits;
        List<NameSearch.Hit> crossings;
        try (Store st = store.open()) {
            crossings = NameSearch.crossings(st.loadStatusData().crossings(), text);
            hits = st.search(text, limit);
        } catch (StoreException e) {
            err.println("search: " + e.getMessage());
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ArrayNode all = Json.MAPPER.createArrayNode();
            for (NameSearch.Hit h : crossings) {
                ObjectNode o = all.addObject();
                o.put("kind", "crossing");
                o.put("id", h.crossing().id());
                o.put("name", h.crossing().name());
                o.put("pair", h.crossing().displayPair());
                o.put("matched", h.matchedName());
                o.put("border", h.crossing().border().code());
            }
            for (SearchHit h : hits) {
                Event e = h.event();
                ObjectNode o = all.addObject();
                o.put("kind", "event");
                o.put("id", e.id());
                o.put("date", e.date().toString());
                o.put("datePrecision", e.datePrecision().code());
                o.put("title", e.title());
                o.put("summary", e.summary());
                o.put("category", e.category().code());
                o.put("border", e.border().code());
                o.put("crossing", e.crossingId());
                o.put("place", e.place());
                ArrayNode sources = o.putArray("sources");
                e.sourceIds().forEach(sources::add);
                o.put("score", Math.round(h.score() * 1000) / 1000.0);
            }
            CommandOutput.json(out, all);
        } else {
            printCrossings(out, crossings);
            printEvents(out, text, hits);
        }
        return 0;
    }

    private static void printCrossings(PrintWriter out, List<NameSearch.Hit> crossings) {
        if (crossings.isEmpty()) {
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"CROSSING", "BORDER", "MATCHED NAME", "ID"});
        for (NameSearch.Hit h : crossings) {
            rows.add(new String[] {h.crossing().displayPair(), h.crossing().border().code(), h.matchedName(),
                h.crossing().id()});
        }
        CommandOutput.table(out, rows);
        out.print("\n");
    }

    private static void printEvents(PrintWriter out, String text, List<SearchHit> hits) {
        if (hits.isEmpty()) {
            out.print("No event matches '" + text + "'.\n");
            out.flush();
        } else {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"DATE", "BORDER", "CATEGORY", "TITLE", "ID"});
            for (SearchHit h : hits) {
                Event e = h.event();
                String date = org.borderwatch.domain.DateText.current().at(e.date(), e.datePrecision());
                rows.add(new String[] {date, e.border().code(), e.category().code(), e.title(), e.id()});
            }
            CommandOutput.table(out, rows);
        }
    }
}
