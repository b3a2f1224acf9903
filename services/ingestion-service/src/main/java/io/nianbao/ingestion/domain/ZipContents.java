package io.nianbao.ingestion.domain;

import io.nianbao.web.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The entries of an opened batch zip, judged one by one in the zip's order. Each entry is either refused by its
 * name (unsafe path, directory, macOS metadata, dotfile, nested archive, not a report type, a name used by several entries) or
 * decompressed within the bounds of {@link ZipLimits} and refused for its content (too large, zip bomb, empty,
 * an archive in disguise), or handed over extracted. The manifest ({@value #MANIFEST} at the top, or in the
 * zip's single top folder) is not an entry.
 */
public final class ZipContents implements AutoCloseable {

    public static final String MANIFEST = "manifest.csv";
    static final int MAX_MANIFEST_BYTES = 1024 * 1024;

    private final ZipFile zip;
    private final ZipLimits limits;
    /** The manifest entry's name as stored in the zip, or null. */
    private final String manifestName;

    ZipContents(ZipFile zip, ZipLimits limits) {
        this.zip = zip;
        this.limits = limits;
        this.manifestName = findManifest();
    }

    /** The manifest file, if the zip has one. */
    public Optional<ManifestFile> manifest() {
        if (manifestName == null) {
            return Optional.empty();
        }
        ZipEntry entry = zip.getEntry(manifestName);
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(MAX_MANIFEST_BYTES + 1);
            if (bytes.length > MAX_MANIFEST_BYTES) {
                throw ApiException.badRequest("invalid-manifest", "manifest.csv 超过 1 MB / manifest.csv is larger "
                        + "than 1 MB");
            }
            return Optional.of(new ManifestFile(EntryNames.normalize(manifestName), bytes));
        } catch (IOException e) {
            throw ApiException.badRequest("invalid-manifest", "manifest.csv 无法解压 / manifest.csv cannot be "
                    + "decompressed: " + e.getMessage());
        }
    }

    /** The names of every entry except the manifest, in the zip's order ({@code /} separated). */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        boolean manifestSeen = false;
        for (ZipEntry entry : Collections.list(zip.entries())) {
            if (!manifestSeen && entry.getName().equals(manifestName)) {
                manifestSeen = true;
            } else {
                names.add(EntryNames.normalize(entry.getName()));
            }
        }
        return names;
    }

    /** Judges every entry except the manifest and hands each to {@code handler}, extracted ones with their file. */
    public void forEach(Consumer<ZipItem> handler) {
        Map<String, Integer> sameName = new HashMap<>();
        names().forEach(name -> sameName.merge(name, 1, Integer::sum));
        long budget = limits.maxTotalBytes();
        boolean manifestSeen = false;
        for (ZipEntry entry : Collections.list(zip.entries())) {
            String name = EntryNames.normalize(entry.getName());
            if (!manifestSeen && entry.getName().equals(manifestName)) {
                manifestSeen = true;
                continue;
            }
            String shown = EntryNames.display(name);
            Optional<String> refusal = EntryNames.refusal(name, entry.isDirectory());
            int count = sameName.getOrDefault(name, 1);
            if (refusal.isPresent()) {
                handler.accept(ZipItem.refused(shown, refusal.get()));
            } else if (count > 1) {
                // which entry's bytes a zip reader returns for a repeated name differs between readers
                handler.accept(ZipItem.refused(shown, Rejections.duplicateName(count)));
            } else if (budget <= 0) {
                handler.accept(ZipItem.refused(shown, Rejections.totalTooLarge(limits.maxTotalBytes())));
            } else {
                budget -= extract(entry, shown, budget, handler);
            }
        }
    }

    /**
     * Decompresses one entry and hands it over; returns the bytes it decompressed. The sizes the zip declares are
     * judged first; {@link BoundedCopy} enforces the same bounds on what the entry really inflates to.
     */
    private long extract(ZipEntry entry, String shown, long budget, Consumer<ZipItem> handler) {
        long declared = entry.getSize();
        if (declared > ZipLimits.RATIO_FLOOR && declared / Math.max(1, entry.getCompressedSize())
                > limits.maxCompressionRatio()) {
            handler.accept(ZipItem.refused(shown, Rejections.compressionRatio(limits.maxCompressionRatio())));
            return 0;
        }
        if (declared > limits.maxEntryBytes()) {
            handler.accept(ZipItem.refused(shown, Rejections.tooLarge(limits.maxEntryBytes())));
            return 0;
        }
        Path file = temporaryFile();
        try {
            BoundedCopy.Result copy;
            try (InputStream in = zip.getInputStream(entry)) {
                copy = BoundedCopy.copy(in, file, limits, entry.getCompressedSize(), budget);
            } catch (IOException | RuntimeException e) {
                handler.accept(ZipItem.refused(shown, Rejections.undecompressable(String.valueOf(e.getMessage()))));
                return 0;
            }
            if (copy.rejection() != null) {
                handler.accept(ZipItem.refused(shown, copy.rejection()));
            } else if (copy.bytesRead() == 0) {
                handler.accept(ZipItem.refused(shown, Rejections.empty()));
            } else if (ArchiveSniffer.isArchive(copy.head(), copy.headLength(), EntryNames.extension(shown))) {
                handler.accept(ZipItem.refused(shown, Rejections.nestedArchive()));
            } else {
                handler.accept(ZipItem.extracted(shown, file, copy.bytesRead(), copy.sha256()));
            }
            return copy.bytesRead();
        } finally {
            delete(file);
        }
    }

    private String findManifest() {
        String root = null;
        List<String> nested = new ArrayList<>();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            String[] segments = EntryNames.normalize(entry.getName()).split("/");
            if (entry.isDirectory() || !segments[segments.length - 1].equalsIgnoreCase(MANIFEST)) {
                continue;
            }
            if (segments.length == 1 && root == null) {
                root = entry.getName();
            } else if (segments.length == 2 && EntryNames.isPlainFolder(segments[0])) {
                nested.add(entry.getName());
            }
        }
        return root != null ? root : nested.size() == 1 ? nested.get(0) : null;
    }

    private static Path temporaryFile() {
        try {
            return Files.createTempFile("nianbao-entry-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for a batch entry", e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // read only: nothing to lose
        }
    }

    /** The manifest's path in the zip and its bytes. */
    public record ManifestFile(String name, byte[] bytes) {
    }
}
