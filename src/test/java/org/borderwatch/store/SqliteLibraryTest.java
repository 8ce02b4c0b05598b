package org.borderwatch.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.borderwatch.Borderwatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;
import org.sqlite.util.OSInfo;

class SqliteLibraryTest {
    @TempDir
    Path dir;

    private static URL library() {
        return SQLiteJDBCLoader.class.getResource("/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS()
                + "/" + LibraryLoaderUtil.getNativeLibName());
    }

    @Test
    void theCopyIsTheJarsLibraryByteForByteAndIsWrittenOnce() throws Exception {
        URL jar = library();
        assumeTrue(jar != null, "the driver carries no library for this platform");
        Path lib = SqliteLibrary.cachedCopy(jar, dir.resolve("sqlite-x"), "libsqlitejdbc.so");
        byte[] expected;
        try (InputStream in = jar.openStream()) {
            expected = in.readAllBytes();
        }
        assertArrayEquals(expected, Files.readAllBytes(lib));
        FileTime written = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(lib, written);
        assertEquals(lib, SqliteLibrary.cachedCopy(jar, dir.resolve("sqlite-x"), "libsqlitejdbc.so"));
        assertEquals(written, Files.getLastModifiedTime(lib), "a copy already there is used, not written again");
        try (var files = Files.list(dir.resolve("sqlite-x"))) {
            assertEquals(1, files.count(), "no partly written file is left beside it");
        }
    }

    @Test
    void aNewCopyTakesAwayTheOldVersionsOfItsPlatformAndPartsLeftByAKilledProcess() throws Exception {
        Path own = Files.createDirectories(dir.resolve("sqlite-3.54.1.0-Linux-x86_64"));
        Path older = Files.createDirectories(dir.resolve("sqlite-3.50.3.0-Linux-x86_64"));
        Files.writeString(older.resolve("libsqlitejdbc.so"), "an old driver's library");
        Files.writeString(older.resolve("libsqlitejdbc.so123.part"), "cut off");
        Path otherPlatform = Files.createDirectories(dir.resolve("sqlite-3.50.3.0-Linux-aarch64"));
        Files.writeString(otherPlatform.resolve("libsqlitejdbc.so"), "another machine's library");
        Path notOurs = Files.createDirectories(dir.resolve("tiles"));
        Files.writeString(notOurs.resolve("a.png"), "something else");
        Files.writeString(own.resolve("libsqlitejdbc.so"), "this driver's library");
        Path killed = Files.writeString(own.resolve("libsqlitejdbc.so456.part"), "cut off");
        Files.setLastModifiedTime(killed, FileTime.fromMillis(System.currentTimeMillis() - TimeUnit.HOURS.toMillis(2)));
        Path writing = Files.writeString(own.resolve("libsqlitejdbc.so789.part"), "being written now");
        SqliteLibrary.prune(own, "Linux-x86_64");
        assertTrue(Files.notExists(older), "the old version's copy is gone");
        assertTrue(Files.notExists(killed), "a part left an hour ago is gone");
        assertTrue(Files.exists(writing), "a part being written stays");
        assertTrue(Files.exists(own.resolve("libsqlitejdbc.so")), "its own copy stays");
        assertTrue(Files.exists(otherPlatform.resolve("libsqlitejdbc.so")), "another platform's copy stays");
        assertTrue(Files.exists(notOurs.resolve("a.png")), "what is not a copy of the library stays");
    }

    @Test
    void aCommandOpensItsStoreWithTheCachedCopyAloneAndLeavesItForTheNext() throws Exception {
        assumeTrue(library() != null, "the driver carries no library for this platform");
        Path cache = dir.resolve("cache");
        // the driver's own way out is closed: its temporary folder is a file, where nothing can be unpacked
        Path blocked = Files.writeString(dir.resolve("not-a-folder"), "");
        for (int run = 1; run <= 2; run++) {
            List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dorg.sqlite.tmpdir=" + blocked, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                    Borderwatch.class.getName(), "status", "--date", "2023-11-30", "--create", "--db", dir.resolve("s.db").toString());
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
            pb.environment().put("XDG_CACHE_HOME", cache.toString());
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "status ended");
            assertEquals(0, p.exitValue(), "run " + run + ": " + out);
            assertTrue(out.contains("Vaalimaa"), out);
        }
        try (var found = Files.walk(cache)) {
            List<Path> libs = found.filter(Files::isRegularFile).toList();
            assertEquals(1, libs.size(), "one copy, kept for the next start: " + libs);
            assertTrue(libs.get(0).getFileName().toString().equals(LibraryLoaderUtil.getNativeLibName())
                    && libs.get(0).getParent().getFileName().toString().startsWith("sqlite-" + SQLiteJDBCLoader.getVersion()),
                    libs.get(0).toString());
        }
    }

    @Test
    void theCacheFolderFollowsEachSystemsConvention() {
        assertEquals(Path.of("/x/cache", "borderwatch"),
                SqliteLibrary.cacheFolder(Map.of("XDG_CACHE_HOME", "/x/cache"), "Linux", "/home/a"));
        assertEquals(Path.of("/home/a", ".cache", "borderwatch"), SqliteLibrary.cacheFolder(Map.of(), "Linux", "/home/a"));
        assertEquals(Path.of("/Users/a", "Library", "Caches", "Borderwatch"),
                SqliteLibrary.cacheFolder(Map.of("XDG_CACHE_HOME", " "), "Mac OS X", "/Users/a"));
        assertEquals(Path.of("C:\\Users\\a\\AppData\\Local", "Borderwatch", "Cache"),
                SqliteLibrary.cacheFolder(Map.of("LOCALAPPDATA", "C:\\Users\\a\\AppData\\Local"), "Windows 11", "C:\\Users\\a"));
    }
}
