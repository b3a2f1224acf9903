package io.nianbao.ingestion.domain;

/** Why a batch entry was not submitted: one sentence in Chinese, then in English, as every API message. */
public final class Rejections {

    private Rejections() {
    }

    public static String unsafePath() {
        return "路径不安全（含 ../ 或绝对路径），已拒绝 / unsafe path (../ or an absolute path), rejected";
    }

    public static String nameTooLong(int max) {
        return "文件名过长（超过 " + max + " 个字符）/ the entry name is longer than " + max + " characters";
    }

    public static String directory() {
        return "目录，不是报告文件，已跳过 / a directory, not a report file, skipped";
    }

    public static String macosMetadata() {
        return "macOS 附加信息（__MACOSX），已跳过 / macOS metadata (__MACOSX), skipped";
    }

    public static String hidden() {
        return "隐藏文件，已跳过 / a hidden file (dotfile), skipped";
    }

    public static String duplicateName(int count) {
        return "压缩包内有 " + count + " 个同名条目，无法确定使用哪一个 / duplicate entry name: the zip holds " + count
                + " entries of this name, none was used";
    }

    public static String nestedArchive() {
        return "压缩包内不得嵌套压缩包，请解压后提交 / nested archive (.zip .rar .7z .tar .gz …) inside the zip, "
                + "unpack it and submit the reports";
    }

    public static String unsupportedType(String extension) {
        String ext = extension.isEmpty() ? "（无扩展名 / no extension）" : "." + extension;
        return "不是年度报告文件（不支持的类型 " + ext + "，支持 txt md html docx doc wps pdf）/ not a report file "
                + "(unsupported type " + ext + "; txt md html docx doc wps pdf are accepted)";
    }

    public static String empty() {
        return "文件为空 / the file is empty";
    }

    public static String tooLarge(long max) {
        return String.format("文件过大：解压后超过 %d 字节 / the file is larger than %d bytes uncompressed", max, max);
    }

    public static String compressionRatio(int max) {
        return "压缩比异常（超过 " + max + ":1），疑似压缩炸弹 / compression ratio above " + max
                + ":1, a zip bomb";
    }

    public static String totalTooLarge(long max) {
        return String.format("压缩包解压总量超过 %d 字节，此后的条目未处理 / the zip decompresses to more than %d "
                + "bytes in total; this and later entries were not read", max, max);
    }

    public static String undecompressable(String detail) {
        return "条目无法解压（已损坏）/ the entry cannot be decompressed (damaged): " + detail;
    }

    public static String notInZip() {
        return "manifest.csv 列出的文件不在压缩包中 / listed in manifest.csv but not in the zip";
    }

    public static String duplicateContent(String first) {
        return "与同一机构的另一条目内容相同 / the same bytes for the same agency as " + first;
    }

    public static String agencyUnreadable(String parserReason) {
        return "无法识别报送机构：文件无法读取 / cannot recognise the agency, the file cannot be read: "
                + parserReason + "（可在 manifest.csv 中指定 / name it in manifest.csv）";
    }

    public static String agencyNotNamed() {
        return "报告标题中未找到机构名称，请在 manifest.csv 中指定 / the report's title names no agency; "
                + "name it in manifest.csv";
    }

    public static String agencyUnknown(String name) {
        return "未登记的机构「" + name + "」，请先登记或在 manifest.csv 中指定 / no registered agency is named "
                + name + "; register it or name the agency in manifest.csv";
    }

    public static String agencyAmbiguous(String name, String ids) {
        return "机构名称「" + name + "」对应多个已登记机构（" + ids + "），请在 manifest.csv 中指定 / " + name
                + " matches several registered agencies (" + ids + "); name the agency in manifest.csv";
    }
}
