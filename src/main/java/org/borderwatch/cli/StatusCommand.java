package org.borderwatch.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.borderwatch.domain.CrossingStatus;
import org.borderwatch.domain.DateText;
import org.borderwatch.domain.SituationAt;
import org.borderwatch.domain.Status;
import org.borderwatch.domain.StatusInterval;
import org.borderwatch.json.Json;
import org.borderwatch.store.Store;
import org.borderwatch.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code status --date D [--json]}: every crossing with its border, type and status on day D. */
@Command(name = "status",
        description = "Print every crossing with its border, type and status on a day.")
public final class StatusCommand implements Callable<Integer> {
    @Mixin
    private StoreOptions store;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Mixin
    private DateStyleOption dates;

    @Option(names = "--date", required = true, paramLabel = "DATE", converter = DateOption.class,
            description = "The day: " + DateOption.FORMS + ".")
    private LocalDate date;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    private boolean json;

    public StatusCommand() {
        // picocli fills the fields
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        LocalDate day = date;
        List<CrossingStatus> s;
        try (Store st = store.open()) {
            // crossings and intervals alone: no event is read to answer for a day's status
            s = SituationAt.statuses(st.loadStatusData(), day);
        } catch (StoreException e) {
            err.println("status: " + e.getMessage());
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            CommandOutput.json(out, toJson(s));
        } else {
            printTable(out, day, s);
        }
        return 0;
    }

    private static ArrayNode toJson(List<CrossingStatus> s) {
        ArrayNode all = Json.MAPPER.createArrayNode();
        for (CrossingStatus cs : s) {
            StatusInterval i = cs.interval();
            ObjectNode o = all.addObject();
            o.put("id", cs.crossing().id());
            o.put("name", cs.crossing().name());
            o.put("border", cs.crossing().border().code());
            o.put("type", cs.crossing().type().code());
            o.put("status", cs.status().code());
            o.put("counterpart", cs.crossing().counterpart());
            o.put("counterpartLatin", cs.crossing().counterpartLatin());
            o.put("statusLabel", cs.status().label());
            o.put("since", i == null ? null : i.from().toString());
            o.put("until", until(cs) == null ? null : until(cs).toString());
            o.put("reason", cs.reason());
            ArrayNode sources = o.putArray("sources");
            if (i != null) {
                i.sourceIds().forEach(sources::add);
            }
        }
        return all;
    }

    /** The first day of the next status: the interval's end, or the day tracking starts for an untracked day. */
    private static java.time.LocalDate until(CrossingStatus cs) {
        if (cs.interval() != null) {
            return cs.interval().until();
        }
        return cs.status() == Status.UNTRACKED ? cs.crossing().trackedFrom() : null;
    }

    private static void printTable(PrintWriter out, LocalDate day, List<CrossingStatus> s) {
        DateText dates = DateText.current();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"CROSSING", "BORDER", "TYPE", "STATUS", "SINCE", "UNTIL", "ID"});
        for (CrossingStatus cs : s) {
            StatusInterval i = cs.interval();
            rows.add(new String[] {cs.crossing().displayPair(), cs.crossing().border().code(),
                cs.crossing().type().code(), cs.status().label().toLowerCase(java.util.Locale.ROOT),
                i == null ? "–" : dates.day(i.from()), until(cs) == null ? "–" : dates.day(until(cs)),
                cs.crossing().id()});
        }
        out.print("Status of every crossing on " + dates.dayWithWeekday(day) + " (UNTIL is the first day of the next status)\n");
        CommandOutput.table(out, rows);
    }
}
