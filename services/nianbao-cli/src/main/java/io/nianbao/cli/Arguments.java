package io.nianbao.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Parsed command arguments: boolean flags ({@code --json}), options with a value ({@code --port 8080} or
 * {@code --port=8080}) and positional arguments. {@code --} ends the options.
 */
public final class Arguments {

    private final Set<String> flags;
    private final Map<String, String> options;
    private final List<String> positionals;

    private Arguments(Set<String> flags, Map<String, String> options, List<String> positionals) {
        this.flags = flags;
        this.options = options;
        this.positionals = positionals;
    }

    /**
     * Parses {@code args}.
     *
     * @param args           the raw arguments
     * @param knownFlags     options without a value, e.g. {@code --json}
     * @param knownOptions   options that take a value, e.g. {@code --timeout}
     * @throws UsageException on an unknown option or a missing value
     */
    public static Arguments parse(List<String> args, Set<String> knownFlags, Set<String> knownOptions)
            throws UsageException {
        Set<String> flags = new LinkedHashSet<>();
        Map<String, String> options = new LinkedHashMap<>();
        List<String> positionals = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                positionals.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            String name = arg;
            String inlineValue = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                inlineValue = arg.substring(eq + 1);
            }
            if (knownFlags.contains(name)) {
                if (inlineValue != null) {
                    throw new UsageException("Option " + name + " takes no value.");
                }
                flags.add(name);
            } else if (knownOptions.contains(name)) {
                String value = inlineValue;
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("Option " + name + " needs a value.");
                    }
                    value = args.get(++i);
                }
                options.put(name, value);
            } else {
                throw new UsageException("Unknown option: " + arg);
            }
        }
        return new Arguments(Collections.unmodifiableSet(flags), Collections.unmodifiableMap(options),
                List.copyOf(positionals));
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    public Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /**
     * An integer option, e.g. a port or a timeout.
     *
     * @throws UsageException when the value is not an integer within [min, max]
     */
    public Optional<Integer> intOption(String name, int min, int max) throws UsageException {
        String value = options.get(name);
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(parseInt(name, value, min, max));
    }

    /** Parses an integer setting (option or environment variable) named {@code what} in messages. */
    public static int parseInt(String what, String value, int min, int max) throws UsageException {
        int parsed;
        try {
            parsed = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(what + " must be a whole number, got \"" + value + "\".");
        }
        if (parsed < min || parsed > max) {
            throw new UsageException(what + " must be between " + min + " and " + max + ", got " + parsed + ".");
        }
        return parsed;
    }

    public List<String> positionals() {
        return positionals;
    }
}
