package newswatch.app;

import java.util.EnumSet;
import java.util.Set;
import picocli.CommandLine.Command;

@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Run only the ingest service")
final class IngestCommand extends ServiceCommand {
    @Override
    Set<Pipeline.Role> roles() {
        return EnumSet.of(Pipeline.Role.INGEST);
    }
}
