package io.nianbao.cli.stack;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StackConfigTest {

    @Test
    void classPathEntriesBecomeAbsoluteBecauseChildrenRunElsewhere() {
        String cwd = Path.of("").toAbsolutePath().toString();
        String classpath = "target/nianbao-cli.jar" + File.pathSeparator + File.pathSeparator + "/opt/lib/a.jar";
        assertEquals(cwd + "/target/nianbao-cli.jar" + File.pathSeparator + "/opt/lib/a.jar", StackConfig.absolute(classpath));
    }
}
