package io.nianbao.cli.stack.fake;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Stands in for DevStackMain in tests: takes the same options, prints the READY line, runs until killed. */
public final class FakeDevStack {

    private FakeDevStack() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        Path data = Path.of(options.get("--data"));
        Files.createDirectories(data);
        Files.writeString(data.resolve("args.txt"), String.join(" ", args));
        try (ServerSocket kafka = new ServerSocket(Integer.parseInt(options.get("--kafka-port")), 5, InetAddress.getLoopbackAddress())) {
            System.out.println("starting fake stack");
            System.out.println("NIANBAO-DEVSTACK READY kafka=127.0.0.1:" + options.get("--kafka-port")
                    + " mongo=mongodb://127.0.0.1:" + options.get("--mongo-port")
                    + " smtp=127.0.0.1:" + options.get("--smtp-port")
                    + " mail=http://127.0.0.1:" + options.get("--mail-port") + "/");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
