package newswatch.app;

import java.util.Set;
import picocli.CommandLine.Command;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run ingest, processor and sink in one process (embedded broker unless --bootstrap-servers).")
final class RunCommand extends ServiceCommand {
    @Override
    Set<Pipeline.Role> roles() {
        return Pipeline.ALL;
    }
}
