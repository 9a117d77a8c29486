package ir.daftar.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The walk-through shown in the README is the script that the tests run, to the byte. */
class ReadmeWalkthroughTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void the_readme_shows_exactly_the_walkthrough_script() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        String script = Files.readString(ROOT.resolve("ops/demo/walkthrough.sh"), StandardCharsets.UTF_8);
        int begin = readme.indexOf("<!-- walkthrough:begin -->\n```bash\n");
        int end = readme.indexOf("```\n<!-- walkthrough:end -->");
        assertThat(begin).as("walkthrough block in README").isNotNegative();
        assertThat(end).isGreaterThan(begin);
        String shown = readme.substring(begin + "<!-- walkthrough:begin -->\n```bash\n".length(), end);
        assertThat(shown).isEqualTo(script);
    }

    @Test
    void the_readme_starts_with_the_two_commands() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        String[] lines = readme.split("\n");
        assertThat(lines[0]).isEqualTo("# Daftar");
        assertThat(lines[2]).isEqualTo("```bash");
        assertThat(lines[3]).startsWith("./mvnw -B -q -DskipTests package && java -jar ledger-api/target/daftar-app.jar");
        assertThat(lines[4]).startsWith("./ops/test.sh");
        assertThat(lines[5]).isEqualTo("```");
        assertThat(Files.readString(ROOT.resolve(".ci/run"))).contains("./ops/test.sh");
    }
}
