package vn.longbien.exemplar.campaign;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the yearly round runs. Its dates are not here: they come from the {@code round-deadlines} decision; who
 * follows the round, receives escalations and reports is the organisation file's {@code secretariatGroup}.
 *
 * @param automaticOpening whether the round opens by itself on the decision's opening date each year (and at
 *     a start inside the window of a round that was never opened); when false, an administrator or the
 *     secretariat opens it from Tasklist
 * @param reviewProcesses the processes whose open tasks are the round's review work
 */
@ConfigurationProperties("exemplar.round")
public record RoundProperties(
    @DefaultValue("true") boolean automaticOpening,
    @DefaultValue({"nomination-review", "level-review"}) List<String> reviewProcesses) {}
