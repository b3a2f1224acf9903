package io.nianbao.cli.stack;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every port the local stack listens on (all bound to 127.0.0.1). */
public record StackPorts(int kafka, int mongo, int smtp, int mail, Map<ServiceName, Integer> services) {

    public static final int DEFAULT_KAFKA = 9092;
    public static final int DEFAULT_MONGO = 27017;
    public static final int DEFAULT_SMTP = 3025;
    public static final int DEFAULT_MAIL = 8025;

    public StackPorts {
        services = Map.copyOf(services);
        for (ServiceName service : ServiceName.values()) {
            if (!services.containsKey(service)) {
                throw new IllegalArgumentException("no port for " + service.id());
            }
        }
    }

    /** The ports of {@code nianbao up} when nothing is overridden. */
    public static StackPorts defaults() {
        Map<ServiceName, Integer> services = new EnumMap<>(ServiceName.class);
        for (ServiceName service : ServiceName.values()) {
            services.put(service, service.defaultPort());
        }
        return new StackPorts(DEFAULT_KAFKA, DEFAULT_MONGO, DEFAULT_SMTP, DEFAULT_MAIL, services);
    }

    /** Free ephemeral ports for everything, so a demo can run beside {@code up}. */
    public static StackPorts ephemeral(PortAllocator allocator) {
        int[] ports = allocator.freePorts(4 + ServiceName.values().length);
        Map<ServiceName, Integer> services = new EnumMap<>(ServiceName.class);
        int next = 4;
        for (ServiceName service : ServiceName.values()) {
            services.put(service, ports[next++]);
        }
        return new StackPorts(ports[0], ports[1], ports[2], ports[3], services);
    }

    public int service(ServiceName service) {
        return services.get(service);
    }

    /** Each port with what uses it, in start order, for "port busy" messages. */
    public Map<String, Integer> byUser() {
        Map<String, Integer> users = new LinkedHashMap<>();
        users.put("Kafka (dev stack)", kafka);
        users.put("MongoDB (dev stack)", mongo);
        users.put("SMTP (dev stack)", smtp);
        users.put("mail viewer (dev stack)", mail);
        for (ServiceName service : ServiceName.values()) {
            users.put(service.id(), services.get(service));
        }
        return users;
    }
}
