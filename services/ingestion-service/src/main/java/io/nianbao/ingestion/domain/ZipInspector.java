package io.nianbao.ingestion.domain;

import io.nianbao.web.ApiException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Opens an uploaded batch zip. A file that is not a zip, a zip without entries and one listing more entries than
 * allowed are refused as a whole; everything else is judged entry by entry ({@link ZipContents}). Entry names
 * are UTF-8 when the zip says so and GB18030 otherwise (what Windows' own zip tool writes on a Chinese system).
 */
public final class ZipInspector {

    private static final Charset LEGACY_NAMES = Charset.forName("GB18030");

    private final ZipLimits limits;

    public ZipInspector(ZipLimits limits) {
        this.limits = limits;
    }

    /**
     * @throws ApiException 400 {@code not-a-zip}, {@code unsupported-zip} (encrypted entries, an unknown compression
     *                      method: Java's zip reader refuses the whole file) or {@code empty-zip}, 413
     *                      {@code too-many-entries}
     */
    public ZipContents open(Path zip) {
        ZipFile file = openZip(zip);
        try {
            if (file.size() == 0) {
                throw ApiException.badRequest("empty-zip", "压缩包中没有文件 / the zip contains no files");
            }
            if (file.size() > limits.maxEntries()) {
                throw new ApiException(413, "too-many-entries", String.format(
                        "压缩包条目过多：%d 个，上限 %d 个，请分批提交 / the zip lists %d entries, the limit is %d; "
                                + "split it into several batches",
                        file.size(), limits.maxEntries(), file.size(), limits.maxEntries()));
            }
            return new ZipContents(file, limits);
        } catch (RuntimeException e) {
            closeQuietly(file);
            throw e;
        }
    }

    private static ZipFile openZip(Path zip) {
        try {
            return new ZipFile(zip.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            if (String.valueOf(e.getMessage()).contains("bad entry name")) {
                try {
                    return new ZipFile(zip.toFile(), LEGACY_NAMES);
                } catch (IOException legacy) {
                    throw notAZip(legacy);
                }
            }
            throw notAZip(e);
        } catch (IOException e) {
            throw notAZip(e);
        }
    }

    private static ApiException notAZip(IOException e) {
        String detail = String.valueOf(e.getMessage());
        if (detail.contains("encrypted entry")) {
            return ApiException.badRequest("unsupported-zip", "压缩包含加密条目，请去掉密码后重新打包 / the zip holds "
                    + "encrypted (password-protected) entries; zip the reports again without a password");
        }
        if (detail.contains("compression method")) {
            return ApiException.badRequest("unsupported-zip", "压缩包使用了不支持的压缩方式，请用标准 zip（Deflate）"
                    + "重新打包 / the zip uses an unsupported compression method; zip the reports again with the "
                    + "standard method (Deflate)");
        }
        return ApiException.badRequest("not-a-zip", "上传的文件不是 zip 压缩包或已损坏 / the uploaded file is not a "
                + "zip archive, or it is damaged (" + detail + ")");
    }

    private static void closeQuietly(ZipFile file) {
        try {
            file.close();
        } catch (IOException e) {
            // nothing was read from it
        }
    }
}
