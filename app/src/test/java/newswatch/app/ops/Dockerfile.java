package newswatch.app.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The instructions of the repository's Dockerfile, continuation lines joined, comments dropped. */
record Dockerfile(List<Instruction> instructions) {
    record Instruction(String keyword, String arguments) {
        /** The arguments of an exec-form instruction (a JSON array), after an optional prefix such as HEALTHCHECK's options. */
        List<String> execForm() {
            String json = arguments.substring(arguments.indexOf('['));
            try {
                return Arrays.asList(new ObjectMapper().readValue(json, String[].class));
            } catch (IOException e) {
                throw new IllegalStateException(keyword + " is not in exec form: " + arguments, e);
            }
        }
    }

    static Dockerfile read() throws IOException {
        List<Instruction> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(RepoFiles.root().resolve("Dockerfile"))) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String text = current.toString().strip();
            current.setLength(0);
            if (!text.isEmpty()) {
                int space = text.indexOf(' ');
                out.add(new Instruction(text.substring(0, space).toUpperCase(Locale.ROOT), text.substring(space + 1).strip()));
            }
        }
        return new Dockerfile(out);
    }

    List<Instruction> all(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
    }

    /** The last instruction with this keyword: the one in force in the final stage. */
    Instruction last(String keyword) {
        List<Instruction> all = all(keyword);
        if (all.isEmpty()) {
            throw new AssertionError("Dockerfile has no " + keyword);
        }
        return all.get(all.size() - 1);
    }

    /** Instructions of the final stage (after the last FROM). */
    List<Instruction> finalStage() {
        int from = instructions.lastIndexOf(last("FROM"));
        return instructions.subList(from, instructions.size());
    }
}
