package io.nianbao.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads this service's Kafka consumers from its configuration ({@code mp.messaging.incoming.<channel>.*} with
 * the {@code smallrye-kafka} connector), with SmallRye's defaults: topic = channel name, group = the application
 * name, {@code auto.offset.reset=latest}, dead-letter topic {@code dead-letter-topic-<channel>}. Channels
 * subscribing by pattern are left out (their topics are not known in advance).
 */
public final class IncomingChannels {

    private static final Pattern CONNECTOR = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.connector");

    private IncomingChannels() {
    }

    /**
     * @param names  every configuration property name
     * @param lookup a property's value
     */
    public static List<IncomingChannel> from(Iterable<String> names, Function<String, Optional<String>> lookup) {
        TreeSet<String> channels = new TreeSet<>();
        for (String name : names) {
            Matcher m = CONNECTOR.matcher(name);
            if (m.matches() && lookup.apply(name).filter("smallrye-kafka"::equals).isPresent()) {
                channels.add(m.group(1));
            }
        }
        String application = lookup.apply("quarkus.application.name").orElse("application");
        List<IncomingChannel> result = new ArrayList<>();
        for (String channel : channels) {
            Function<String, Optional<String>> attr = key -> lookup.apply("mp.messaging.incoming." + channel + "." + key)
                    .filter(v -> !v.isBlank());
            if (attr.apply("enabled").filter("false"::equalsIgnoreCase).isPresent()
                    || attr.apply("pattern").filter("true"::equalsIgnoreCase).isPresent()) {
                continue;
            }
            String group = attr.apply("group.id").or(() -> lookup.apply("kafka.group.id")).orElse(application);
            boolean earliest = attr.apply("auto.offset.reset").or(() -> lookup.apply("kafka.auto.offset.reset"))
                    .filter("earliest"::equalsIgnoreCase).isPresent();
            String deadLetter = attr.apply("failure-strategy").filter("dead-letter-queue"::equals).isPresent()
                    ? attr.apply("dead-letter-queue.topic").orElse("dead-letter-topic-" + channel) : null;
            List<String> topics = attr.apply("topics")
                    .map(t -> Arrays.stream(t.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                    .orElseGet(() -> List.of(attr.apply("topic").orElse(channel)));
            topics.forEach(topic -> result.add(new IncomingChannel(channel, topic, group, earliest, deadLetter)));
        }
        return List.copyOf(result);
    }
}
