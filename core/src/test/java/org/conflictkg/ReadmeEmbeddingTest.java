package org.conflictkg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's "Embedding the library" is the code of the host application that the integration test builds
 * against conflict-kg-core alone (core/src/it/host-app): the lines between its BEGIN README and END README markers.
 */
class ReadmeEmbeddingTest {
    static final Path HOST_APP = Path.of("core/src/it/host-app/src/main/java/org/example/host/HostApp.java");

    @Test
    void readmeShowsTheHostApplicationsCode() throws Exception {
        List<String> lines = Files.readAllLines(HOST_APP);
        int begin = lines.indexOf(lines.stream().filter(l -> l.strip().equals("// BEGIN README")).findFirst().orElseThrow());
        int end = lines.indexOf(lines.stream().filter(l -> l.strip().equals("// END README")).findFirst().orElseThrow());
        List<String> block = lines.subList(begin + 1, end);
        int indent = block.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        String code = block.stream().map(l -> l.length() >= indent ? l.substring(indent) : l.strip()).collect(Collectors.joining("\n"));
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains(code), "README.md's \"Embedding the library\" should show, as it is in " + HOST_APP
                + ":\n" + code);
    }
}
