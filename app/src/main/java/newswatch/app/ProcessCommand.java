package newswatch.app;

import java.util.EnumSet;
import java.util.Set;
import picocli.CommandLine.Command;

@Command(name = "process", mixinStandardHelpOptions = true, description = "Run only the processor")
final class ProcessCommand extends ServiceCommand {
    @Override
    Set<Pipeline.Role> roles() {
        return EnumSet.of(Pipeline.Role.PROCESS);
    }
}
