package org.borderwatch.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.borderwatch.store.ServerAddress;
import org.borderwatch.store.Store;
import org.borderwatch.store.StoreException;
import org.borderwatch.store.TeamAdmin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code server-init --db postgresql://admin@host/dbname}: an administrator sets up (or upgrades)
 * a team store: PostGIS and unaccent, the roles {@code borderwatch_reader},
 * {@code borderwatch_analyst} and {@code borderwatch_lead}, the schema with its grants and
 * row-level security policies, and the bundled seed data. Running it again changes nothing.
 */
@Command(name = "server-init",
        description = "Set up or upgrade a team store on PostgreSQL + PostGIS (run by an administrator): schema, "
                + "roles borderwatch_reader / borderwatch_analyst / borderwatch_lead, their permissions, seed data.")
public final class ServerInitCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Option(names = "--db", paramLabel = "ADDRESS", required = true,
            description = "The database, as an administrator: postgresql://admin@host[:port]/dbname.")
    private String db;

    @Option(names = "--empty", description = "Leave the new store empty instead of loading the bundled seed data.")
    private boolean empty;

    @Option(names = "--member", paramLabel = "ROLE=GROUP",
            description = "Give a person a login role in a group: alice=analyst, bob=reader, lea=lead (repeatable). "
                    + "Set their password with \\password in psql.")
    private java.util.Map<String, String> members = new java.util.LinkedHashMap<>();

    @Override
    public Integer call() throws StoreException {
        PrintWriter out = spec.commandLine().getOut();
        if (!ServerAddress.isServerAddress(db)) {
            throw new StoreException("server-init needs a server address (postgresql://admin@host:port/dbname), not '" + db + "'");
        }
        ServerAddress address;
        try {
            address = ServerAddress.parse(db);
        } catch (IllegalArgumentException e) {
            throw new StoreException(e.getMessage(), e);
        }
        try (Store store = Store.initializeServer(address, StoreOptions.prompt(), !empty)) {
            out.println("Team store ready at " + store.location() + " (schema version " + store.schemaVersion() + ").");
            StoreCounts.print(store, out);
            for (var m : members.entrySet()) {
                TeamAdmin.Role role;
                try {
                    role = TeamAdmin.Role.parse(m.getValue());
                } catch (IllegalArgumentException e) {
                    throw new StoreException(e.getMessage(), e);
                }
                TeamAdmin.addMember(address, StoreOptions.prompt(), m.getKey(), role);
                out.println("  " + m.getKey() + " is a member of " + role.group());
            }
            out.println("Add a person: server-init --db ... --member alice=analyst (or reader, lead),");
            out.println("or in SQL: CREATE ROLE alice LOGIN PASSWORD '…' IN ROLE borderwatch_analyst;");
        }
        return 0;
    }
}
