package io.nianbao.cli.submit;

import io.nianbao.cli.CliException;
import io.nianbao.cli.api.MediaTypes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The zip {@code nianbao submit} uploads: the user's zip as it is, or a folder zipped on the fly into a temporary
 * file (every regular file under it, with its relative path; hidden files and folders are left out). Closing it
 * deletes the temporary zip.
 */
public final class BatchZip implements AutoCloseable {

    /** Largest report read locally to name its agency (the API's default file limit). */
    static final int MAX_REPORT_BYTES = 20 * 1024 * 1024;

    private final Path file;
    private final String fileName;
    private final boolean temporary;
    private final int files;
    private final int hiddenSkipped;

    private BatchZip(Path file, String fileName, boolean temporary, int files, int hiddenSkipped) {
        this.file = file;
        this.fileName = fileName;
        this.temporary = temporary;
        this.files = files;
        this.hiddenSkipped = hiddenSkipped;
    }

    /** A zip of {@code source}: a folder (zipped now) or a zip file. */
    public static BatchZip of(Path source) throws CliException {
        if (Files.isDirectory(source)) {
            return zipFolder(source);
        }
        if (!Files.isRegularFile(source)) {
            throw new CliException("No such file or folder: " + source);
        }
        int entries;
        try (ZipFile zip = open(source)) {
            entries = zip.size();
        } catch (IOException e) {
            throw new CliException("Not a zip file: " + source + " (" + e.getMessage() + "). Give a folder of "
                    + "reports or a .zip of them.");
        }
        return new BatchZip(source, source.getFileName().toString(), false, entries, 0);
    }

    private static BatchZip zipFolder(Path dir) throws CliException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(dir)) {
            all = walk.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> relative(dir, p))).toList();
        } catch (IOException e) {
            throw new CliException("Cannot list " + dir + ": " + e.getMessage());
        }
        List<Path> visible = all.stream().filter(p -> !hidden(relative(dir, p))).toList();
        if (visible.isEmpty()) {
            throw new CliException("No files in " + dir + ": nothing to submit.");
        }
        Path zip;
        try {
            zip = Files.createTempFile("nianbao-submit-", ".zip");
            try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zout = new ZipOutputStream(out)) {
                for (Path path : visible) {
                    zout.putNextEntry(new ZipEntry(relative(dir, path)));
                    Files.copy(path, zout);
                    zout.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new CliException("Cannot zip " + dir + ": " + e.getMessage());
        }
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return new BatchZip(zip, (name == null ? "reports" : name.toString()) + ".zip", true, visible.size(),
                all.size() - visible.size());
    }

    /** The zip to upload. */
    public Path file() {
        return file;
    }

    /** The name the upload carries: the zip's, or the folder's with .zip. */
    public String fileName() {
        return fileName;
    }

    /** Entries in the zip. */
    public int entries() {
        return files;
    }

    /** Hidden files of the folder that were not zipped. */
    public int hiddenSkipped() {
        return hiddenSkipped;
    }

    public long size() throws IOException {
        return Files.size(file);
    }

    /** Receives one report of the zip. */
    @FunctionalInterface
    public interface ReportHandler {
        void report(String name, byte[] content) throws CliException, InterruptedException;
    }

    /**
     * Hands over every entry that looks like a report (a report type, a plain relative path, at most 20 MiB);
     * the rest is left to the API, which rejects it with a reason.
     */
    public void forEachReport(ReportHandler handler) throws CliException, InterruptedException {
        try (ZipFile zip = open(file)) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName().replace('\\', '/');
                if (entry.isDirectory() || !plainPath(name) || entry.getSize() > MAX_REPORT_BYTES
                        || MediaTypes.forFileName(name).equals("application/octet-stream")) {
                    continue;
                }
                byte[] content;
                try (InputStream in = zip.getInputStream(entry)) {
                    content = in.readNBytes(MAX_REPORT_BYTES + 1);
                } catch (IOException e) {
                    continue;
                }
                if (content.length <= MAX_REPORT_BYTES) {
                    handler.report(name, content);
                }
            }
        } catch (IOException e) {
            throw new CliException("Cannot read " + file + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        if (temporary) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }

    /** Entry names are UTF-8, or GB18030 when a Chinese Windows wrote the zip. */
    private static ZipFile open(Path zip) throws IOException {
        try {
            return new ZipFile(zip.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            if (!String.valueOf(e.getMessage()).contains("bad entry name")) {
                throw e;
            }
            return new ZipFile(zip.toFile(), Charset.forName("GB18030"));
        }
    }

    private static boolean plainPath(String name) {
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            return false;
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..") || segment.startsWith(".") || segment.equals("__MACOSX")) {
                return false;
            }
        }
        return true;
    }

    private static boolean hidden(String relative) {
        for (String segment : relative.split("/")) {
            if (segment.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }
}
