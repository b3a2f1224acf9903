package io.nianbao.cli.stack;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortAllocatorTest {

    private final PortAllocator allocator = new PortAllocator();

    @Test
    void freePortsAreDistinctAndBindable() throws Exception {
        int[] ports = allocator.freePorts(8);
        Set<Integer> distinct = new HashSet<>();
        Arrays.stream(ports).forEach(distinct::add);
        assertEquals(8, distinct.size());
        for (int port : ports) {
            assertFalse(allocator.isBusy(port), "port " + port);
        }
    }

    @Test
    void aListeningPortIsBusyUntilClosed() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
            assertTrue(allocator.isBusy(port));
        }
        assertFalse(allocator.isBusy(port));
    }

    @Test
    void ephemeralStackPortsDifferFromEachOther() {
        StackPorts ports = StackPorts.ephemeral(allocator);
        assertEquals(8, new HashSet<>(ports.byUser().values()).size());
        assertEquals(8, ports.byUser().size());
    }
}
