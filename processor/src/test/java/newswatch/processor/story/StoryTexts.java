package newswatch.processor.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Hand-written news texts under src/test/resources/stories: a title line, a blank line, then the text. */
public record StoryTexts(String title, String text) {
    public static StoryTexts load(String name) {
        try {
            String all = Files.readString(Path.of("src/test/resources/stories", name + ".txt"), StandardCharsets.UTF_8);
            int end = all.indexOf('\n');
            return new StoryTexts(all.substring(0, end).strip(), all.substring(end + 1).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TextSignature signature() {
        return MinHasher.sign(title, text);
    }
}
