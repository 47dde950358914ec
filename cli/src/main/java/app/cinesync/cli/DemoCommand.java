package app.cinesync.cli;

import app.cinesync.discord.RequestSigner;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code demo}: starts the local endpoint and plays one member through it with signed requests,
 * printing what Discord would show, so that one can watch the recommendations follow the ratings.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start the local endpoint and play members through /rate, /my_recommendations and /my_stats, one of them in French.")
public final class DemoCommand implements Callable<Integer> {
    /** A science-fiction lover who does not care for romance. */
    static final Map<String, Double> FIRST = ordered("2001: A Space Odyssey", 5.0, "Blade Runner", 5.0, "Alien", 4.5,
            "Solaris", 4.0, "Titanic", 1.5, "When Harry Met Sally...", 2.0);
    /** ...who then discovers Studio Ghibli. */
    static final Map<String, Double> THEN = ordered("Spirited Away", 5.0, "My Neighbor Totoro", 5.0, "Princess Mononoke", 4.5);

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        RequestSigner signer = RequestSigner.random();
        try (DatabaseOptions.Opened db = database.openForRequests();
             LocalServer server = LocalServer.start(db.db(), 0, signer.publicKeyHex(), null)) {
            long member = System.currentTimeMillis() << 22 | 7; // a fresh member each run
            DemoClient discord = new DemoClient(server, signer, member, "Robin");
            heading("CineSync demo: " + db.where() + ", " + db.films() + " films, endpoint " + server.interactionsUrl());

            heading("1. Discord checks the endpoint");
            show("PING", discord.ping());
            byte[] forged = "{\"type\":1}".getBytes(StandardCharsets.UTF_8);
            DemoClient.Exchange refused = discord.post(forged, RequestSigner.random().sign("0", forged), Long.toString(System.currentTimeMillis() / 1000), null);
            System.out.println("A request signed with another key → HTTP " + refused.status() + " " + refused.response());

            heading("2. Robin types \"amelie\" into /rate movie:");
            show("autocomplete", discord.autocomplete("amelie"));

            heading("3. Before any rating: /my_recommendations count:3");
            show("/my_recommendations", discord.command("my_recommendations", Map.of("count", 3)));

            heading("4. Robin rates six films: loves science fiction, not romance");
            FIRST.forEach((title, stars) -> rate(discord, title, stars));
            heading("5. /my_recommendations");
            show("/my_recommendations", discord.command("my_recommendations", Map.of()));

            heading("6. Robin opens the rating form (/rate with no options) and rates " + THEN.size() + " Studio Ghibli films");
            show("/rate", discord.command("rate", Map.of()));
            THEN.forEach((title, stars) -> show("form: " + title + " → " + stars, discord.submitRatingForm(title, stars.toString())));
            heading("7. /my_recommendations again: the list has followed the new ratings");
            DemoClient.Exchange recs = discord.command("my_recommendations", Map.of());
            show("/my_recommendations", recs);
            show("[More picks]", discord.click(button(recs, "More picks")));
            String firstTitle = recs.edited().path("embeds").path(0).path("fields").path(0).path("name").asText();
            show("[Not for me: 1] on " + firstTitle, discord.click(button(recs, "Not for me: 1")));

            heading("8. Robin opens /rate movie: and has typed nothing yet: films Robin has probably seen and not rated");
            show("autocomplete", discord.autocomplete(""));

            heading("9. A mistake: /rate movie:Amelie rating:7");
            show("/rate", discord.command("rate", Map.of("movie", "Amelie", "rating", 7.0)));

            heading("10. /my_stats");
            show("/my_stats", discord.command("my_stats", Map.of()));

            heading("11. A new member, Sam, asks for picks and takes the quick-rate set");
            DemoClient sam = new DemoClient(server, signer, member + 1, "Sam");
            DemoClient.Exchange first = sam.command("my_recommendations", Map.of("count", 3));
            show("/my_recommendations count:3", first);
            DemoClient.Exchange set = sam.click(button(first, "Quick-rate films"));
            show("[Quick-rate films]", set);
            for (int k = 0; k < 3; k++) {
                JsonNode select = set.edited().path("components").path(0).path("components").path(0);
                String answer = k == 1 ? "unseen" : "5";
                set = sam.pick(select.path("custom_id").asText(), answer);
                show("picks " + (answer.equals("unseen") ? "\"Haven't seen it\"" : "5 stars") + " for " + select.path("placeholder").asText(), set);
            }
            show("[See my picks]", sam.click(button(set, "See my picks")));

            heading("12. Camille's Discord is in French: the same commands, their names, forms and replies in French");
            DemoClient camille = new DemoClient(server, signer, member + 2, "Camille").in("fr");
            show("/noter (the form)", camille.command("rate", Map.of()));
            show("/noter film:Amélie note:4.5", camille.command("rate", Map.of("movie", "m:" + camille.titleToId("amelie"), "rating", 4.5)));
            show("/mes_recommandations nombre:3 genre:Comédie", camille.command("my_recommendations", Map.of("count", 3, "genre", "Comedy")));
            show("/noter film:Amelie note:7", camille.command("rate", Map.of("movie", "Amelie", "rating", 7.0)));
        }
        return 0;
    }

    private static void rate(DemoClient discord, String title, double stars) {
        show("/rate movie:" + title + " rating:" + stars,
                discord.command("rate", Map.of("movie", "m:" + discord.titleToId(title), "rating", stars))); // type, pick the first suggestion
    }

    /** The custom id of the reply's button with this label. */
    private static String button(DemoClient.Exchange reply, String label) {
        for (JsonNode row : reply.edited().path("components")) {
            for (JsonNode b : row.path("components")) {
                if (b.path("label").asText().equals(label)) {
                    return b.path("custom_id").asText();
                }
            }
        }
        throw new IllegalStateException("no button " + label);
    }

    private static void show(String what, DemoClient.Exchange x) {
        System.out.println("\n> " + what);
        String immediate = x.edited() == null ? TerminalView.renderResponse(x.response())
                : (x.type() == 5 ? "(deferred: \"CineSync is thinking…\", then the reply is edited to:)"
                : "(deferred update, then the message is edited to:)");
        System.out.println(indent(immediate));
        if (x.edited() != null) {
            System.out.println(indent(TerminalView.render(x.edited())));
        }
    }

    private static String indent(String s) {
        return s.lines().map(l -> "  " + l).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private static void heading(String text) {
        System.out.println("\n=== " + text + " ===");
    }

    private static Map<String, Double> ordered(Object... pairs) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (Double) pairs[i + 1]);
        }
        return m;
    }
}
