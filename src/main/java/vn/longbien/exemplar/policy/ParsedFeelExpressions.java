package vn.longbien.exemplar.policy;

import camundajar.impl.scala.collection.immutable.Map.Map1;
import camundajar.impl.scala.runtime.BoxesRunTime;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Left;
import camundajar.impl.scala.util.Right;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.FeelEngine.UnaryTests$;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.context.VariableProvider.CompositeVariableProvider;
import org.camunda.feel.context.VariableProvider.StaticVariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.springframework.stereotype.Component;

/**
 * The decision tables' FEEL expressions are parsed once per text, not at every evaluation.
 *
 * <p>Camunda 7's FEEL engine ({@code ScalaFeelEngine}) parses every input entry and FEEL expression of a table again
 * each time the table is evaluated (camunda/feel-scala#1149). In a flight recording of the benchmark, parsing was
 * nearly three quarters of the FEEL engine's samples and 7% of the review chain's (docs/BENCHMARKS.md). A parsed
 * expression depends on its text alone, so this engine keeps it by text and evaluates it as the engine does: the
 * same FEEL engine, value mappers and custom functions, the same errors (a text that does not parse fails at each
 * evaluation, as before). An administrator's changed table brings new texts, which are parsed when first evaluated;
 * the store is emptied when it holds
 * {@value #MAX_EXPRESSIONS} texts, so a long-running engine that sees many versions does not grow without end.
 *
 * <p>The engine offers no public interface for this: the FEEL engine factory of its DMN configuration is the one
 * place, and this class extends the engine's own FEEL engine rather than copying it.
 */
@Component
public class ParsedFeelExpressions extends AbstractProcessEnginePlugin {

  static final int MAX_EXPRESSIONS = 10_000;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration();
    if (dmn == null) {
      dmn = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
      configuration.setDmnEngineConfiguration(dmn);
    }
    dmn.setFeelEngineFactory(factoryFor(dmn));
  }

  /**
   * The FEEL engine of a DMN configuration (the application's, or a standalone one in a test): created when the DMN
   * engine is built, after the process engine has given the configuration its custom functions.
   */
  public static FeelEngineFactory factoryFor(DefaultDmnEngineConfiguration dmn) {
    return () -> new Engine(dmn.getFeelCustomFunctionProviders());
  }

  /** Camunda's FEEL engine, with each text parsed once. */
  static final class Engine extends ScalaFeelEngine {

    private final Map<String, Either<Failure, ParsedExpression>> expressions = new ConcurrentHashMap<>();
    private final Map<String, Either<Failure, ParsedExpression>> unaryTests = new ConcurrentHashMap<>();

    Engine(List<FeelCustomFunctionProvider> functionProviders) {
      super(functionProviders);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
      CustomContext context = new CustomContext() {
        @Override
        public VariableProvider variableProvider() {
          return new ContextVariableWrapper(variableContext);
        }
      };
      return (T) valueOf(evaluate(parsed(expressions, expression, feelEngine::parseExpression), context));
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
      StaticVariableProvider input = new StaticVariableProvider(new Map1<>(UnaryTests$.MODULE$.inputVariable(), inputVariable));
      ContextVariableWrapper variables = new ContextVariableWrapper(variableContext);
      CustomContext context = new CustomContext() {
        @Override
        public VariableProvider variableProvider() {
          return new CompositeVariableProvider(toScalaList(input, variables));
        }
      };
      return BoxesRunTime.unboxToBoolean(valueOf(evaluate(parsed(unaryTests, expression, feelEngine::parseUnaryTests), context)));
    }

    private Either<Failure, Object> evaluate(Either<Failure, ParsedExpression> parsed, CustomContext context) {
      if (parsed instanceof Right<Failure, ParsedExpression> right) {
        return feelEngine.eval(right.value(), context);
      }
      return new Left<>(((Left<Failure, ParsedExpression>) parsed).value());
    }

    private static Either<Failure, ParsedExpression> parsed(Map<String, Either<Failure, ParsedExpression>> store,
        String text, Function<String, Either<Failure, ParsedExpression>> parse) {
      Either<Failure, ParsedExpression> parsed = store.get(text);
      if (parsed == null) {
        if (store.size() >= MAX_EXPRESSIONS) {
          store.clear();
        }
        parsed = store.computeIfAbsent(text, parse);
      }
      return parsed;
    }

    private static Object valueOf(Either<Failure, Object> result) {
      if (result instanceof Right<Failure, Object> right) {
        return right.value();
      }
      throw LOGGER.evaluationException(((Left<Failure, Object>) result).value().message());
    }
  }
}
