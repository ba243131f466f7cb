package newswatch.app;

import java.util.EnumSet;
import java.util.Set;
import picocli.CommandLine.Command;

@Command(name = "sink", mixinStandardHelpOptions = true, description = "Run only the sink")
final class SinkCommand extends ServiceCommand {
    @Override
    Set<Pipeline.Role> roles() {
        return EnumSet.of(Pipeline.Role.SINK);
    }
}
