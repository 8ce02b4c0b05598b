package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ParameterizedClass
@EnumSource(StoreEngine.class)
class SearchTest {
    @Parameter
    StoreEngine engine;

    @TempDir
    Path dir;

    private Store store;

    @BeforeEach
    void open() throws Exception {
        store = engine.open(dir, "s.db");
        store.importBundle(TestBundles.write(dir, "sample.json", TestBundles.SAMPLE));
    }

    @AfterEach
    void close() throws Exception {
        if (store != null) {
            store.close();
        }
    }

    private List<String> ids(String text) throws Exception {
        return store.search(text, 50).stream().map(h -> h.event().id()).toList();
    }

    @Test
    void withoutDiacriticsFindsTheWordWithThem() throws Exception {
        assertEquals(List.of("2021-11-09-kuznica-suspended"), ids("kuznica"));
        assertEquals(List.of("2021-11-09-kuznica-suspended"), ids("KUŹNICA"));
    }

    @Test
    void polishLWithStrokeFoldsToL() throws Exception {
        assertEquals(List.of("2021-11-09-kuznica-suspended"), ids("bialystok"));
        assertEquals(List.of("2021-11-09-kuznica-suspended"), ids("Białystok"));
    }

    @Test
    void everyWordIsAPrefix() throws Exception {
        assertEquals(List.of("2021-11-09-kuznica-suspended"), ids("kuźn"));
        assertEquals(List.of("2023-11-28-siewiera-advisers"), ids("siew adv"));
        assertTrue(ids("siewiera kuznica").isEmpty(), "all words must occur");
    }

    @Test
    void placesAndSourceTitlesAndPublishersAreSearched() throws Exception {
        assertEquals(List.of("2023-11-28-siewiera-advisers"), ids("warsaw"));
        assertEquals(List.of("2021-11-09-kuznica-suspended"), ids("wyborcza"), "publisher of the cited source");
        assertEquals(List.of("2021-11-09-kuznica-suspended"), ids("przejście"), "title of the cited source");
        assertEquals(List.of("2023-12-14-vaalimaa-reopens"), ids("etela saimaa"));
    }

    @Test
    void aTitleMatchRanksAboveASummaryMatch() throws Exception {
        store.upsertEvents(List.of(new org.borderwatch.domain.Event("2023-12-01-later", java.time.LocalDate.of(2023, 12, 1),
                null, "Finnish officials answer", "They knew of no plan for Polish advisers at the border.",
                org.borderwatch.domain.Category.STATEMENT, org.borderwatch.domain.Border.FI_RU, null, null, null,
                List.of("F3"), List.of(), null)));
        List<SearchHit> hits = store.search("advisers", 10);
        assertEquals(List.of("2023-11-28-siewiera-advisers", "2023-12-01-later"), hits.stream().map(h -> h.event().id()).toList());
        assertTrue(hits.get(0).score() > hits.get(1).score());
    }

    @Test
    void aWordMatchingVeryManyEventsListsTheNewestFirst() throws Exception {
        List<org.borderwatch.domain.Event> many = new java.util.ArrayList<>();
        java.time.LocalDate first = java.time.LocalDate.of(2022, 1, 1);
        for (int i = 0; i < EventSearch.RANKED_AT_MOST + 100; i++) {
            // written in an order unrelated to their dates
            int day = (i * 37) % (EventSearch.RANKED_AT_MOST + 100);
            many.add(new org.borderwatch.domain.Event("patrol-" + day, first.plusDays(day), null,
                    day % 2 == 0 ? "Patrol repaired the gate" : "Fence repaired", "A patrol passed by.",
                    org.borderwatch.domain.Category.INCIDENT, org.borderwatch.domain.Border.PL_BY, null, null, null,
                    List.of("F3"), List.of(), null));
        }
        store.upsertEvents(many);
        int last = EventSearch.RANKED_AT_MOST + 99;
        assertEquals(List.of("patrol-" + last, "patrol-" + (last - 1), "patrol-" + (last - 2)), ids("patrol").subList(0, 3));
        assertEquals(50, ids("patrol").size());
        assertEquals(List.of("patrol-" + last, "patrol-" + (last - 1)), ids("repaired passed").subList(0, 2),
                "'repaired' is in every title, 'passed' in every summary");
        assertEquals(List.of("patrol-" + last, "patrol-" + (last - 2)), ids("repaired fen").subList(0, 2),
                "every word must occur: odd days only, 300 of them, ranked, equal ranks newest first");
    }

    @Test
    void theLimitIsHonoured() throws Exception {
        assertEquals(1, store.search("customs", 1).size());
        assertEquals(2, store.search("customs", 5).size());
        assertTrue(store.search("customs", 0).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unbalanced", "AND OR (", "NEAR(", "*", "title:", "^kuz", "\"\"", "-", ")))", "a:b:c", "NOT"})
    void malformedQuerySyntaxNeverFails(String text) throws Exception {
        store.search(text, 10);
    }

    @Test
    void operatorsAreWordsNotSyntax() throws Exception {
        assertEquals(List.of("2021-11-09-kuznica-suspended"), ids("\"kuznica"));
        assertEquals(List.of("2021-11-09-kuznica-suspended"), ids("(kuznica) AND"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n", "!?.,", "\"\""})
    void blankTextGivesNoHits(String text) throws Exception {
        assertTrue(store.search(text, 10).isEmpty());
        assertTrue(store.search(null, 10).isEmpty());
    }

    @Test
    void aWordSearchedBeforeFindsWhatWasStoredSince() throws Exception {
        List<String> before = ids("borderl");
        assertEquals(List.of(), before, "no event has a word beginning so yet");
        assertEquals(ids("kuznica"), ids("kuznica"), "the same search twice");
        store.upsertEvents(List.of(new org.borderwatch.domain.Event("2023-12-02-borderland", java.time.LocalDate.of(2023, 12, 2),
                null, "Borderland patrols doubled near Kuźnica", "", org.borderwatch.domain.Category.STATEMENT,
                org.borderwatch.domain.Border.PL_BY, null, null, null, List.of("P13"), List.of(), null)));
        assertEquals(List.of("2023-12-02-borderland"), ids("borderl"));
        assertTrue(ids("kuznica").contains("2023-12-02-borderland"), "a word searched before, with the new event");
        assertTrue(ids("kuznica borderland").contains("2023-12-02-borderland"));
    }

    @Test
    void cyrillicIsSearchable() throws Exception {
        store.upsertEvents(List.of(new org.borderwatch.domain.Event("ru-1", java.time.LocalDate.of(2023, 11, 29),
                null, "Песков о советниках", "", org.borderwatch.domain.Category.STATEMENT,
                org.borderwatch.domain.Border.FI_RU, null, null, "Москва", List.of("F3"), List.of(), null)));
        assertEquals(List.of("ru-1"), ids("песк"));
        assertEquals(List.of("ru-1"), ids("МОСКВА"));
    }

    @Test
    void annotationsAreSearchedByTitleAndNote() throws Exception {
        assertEquals(List.of("6f1c1d7e-0000-4000-8000-000000000001"),
                store.searchAnnotations("camp fence", 5).stream().map(a -> a.id()).toList());
        assertEquals(1, store.searchAnnotations("vid", 5).size(), "prefix of 'videos' in the note");
        assertTrue(store.searchAnnotations("\"(", 5).isEmpty());
    }

    @Test
    void renamingACitedSourceUpdatesTheIndex() throws Exception {
        store.upsertSources(List.of(new org.borderwatch.domain.Source("P13", "Kuźnica crossing closed", null, "Polsat")));
        assertEquals(List.of("2021-11-09-kuznica-suspended"), ids("polsat"));
        assertTrue(ids("wyborcza").isEmpty());
    }
}
