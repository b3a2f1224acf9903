package io.nianbao.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Port helpers; everything binds to 127.0.0.1 only. */
final class Ports {

    static final String HOST = "127.0.0.1";

    private Ports() {
    }

    static InetAddress loopback() {
        try {
            return InetAddress.getByName(HOST);
        } catch (IOException e) {
            throw new DevStackException("cannot resolve " + HOST, e);
        }
    }

    /** Fails with a clear message when a fixed port is already taken; port 0 always passes. */
    static void requireFree(String what, int port, String hint) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(loopback(), port));
        } catch (IOException e) {
            throw new DevStackException(what + " port " + port + " on " + HOST + " is already in use"
                    + (hint == null ? "" : " (" + hint + ")"));
        }
    }

    /** A port that was free a moment ago, for servers that must know their port before binding. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(loopback(), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new DevStackException("no free port on " + HOST + ": " + e.getMessage(), e);
        }
    }
}
