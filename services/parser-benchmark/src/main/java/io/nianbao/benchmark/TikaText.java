package io.nianbao.benchmark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Apache Tika's plain-text extraction ({@code AutoDetectParser} + {@code BodyContentHandler}), loaded from the jars
 * in {@code tika.lib} by a class loader of its own: Tika 3.2.3 brings POI 5.4.1, which must not meet the POI 5.5.1
 * our parser uses. Calls go through reflection; only JDK types (InputStream, org.xml.sax.ContentHandler) cross the
 * boundary.
 */
final class TikaText implements AutoCloseable {

    private final URLClassLoader loader;
    private final Object parser;
    private final Constructor<?> handler;
    private final Constructor<?> metadata;
    private final Method setMetadata;
    private final Constructor<?> context;
    private final Method parse;

    TikaText(Path lib) throws IOException, ReflectiveOperationException {
        List<URL> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(lib)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
                jars.add(p.toUri().toURL());
            }
        }
        if (jars.isEmpty()) {
            throw new IOException("no Tika jars in " + lib);
        }
        loader = new URLClassLoader(jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        Class<?> adp = loader.loadClass("org.apache.tika.parser.AutoDetectParser");
        parser = adp.getConstructor().newInstance();
        handler = loader.loadClass("org.apache.tika.sax.BodyContentHandler").getConstructor(int.class);
        Class<?> md = loader.loadClass("org.apache.tika.metadata.Metadata");
        metadata = md.getConstructor();
        setMetadata = md.getMethod("set", String.class, String.class);
        Class<?> pc = loader.loadClass("org.apache.tika.parser.ParseContext");
        context = pc.getConstructor();
        parse = adp.getMethod("parse", InputStream.class, org.xml.sax.ContentHandler.class, md, pc);
    }

    /** The plain text Tika extracts from the file. */
    String text(String fileName, byte[] bytes) throws ReflectiveOperationException {
        Object h = handler.newInstance(-1);
        Object m = metadata.newInstance();
        setMetadata.invoke(m, "resourceName", fileName);
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            parse.invoke(parser, in, h, m, context.newInstance());
        } catch (IOException e) {
            throw new InvocationTargetException(e);
        }
        return h.toString();
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }
}
