package vn.longbien.exemplar.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Text;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import vn.longbien.exemplar.review.ModelContract.Call;
import vn.longbien.exemplar.review.ModelContract.DecisionContract;
import vn.longbien.exemplar.review.ModelContract.Element;
import vn.longbien.exemplar.review.ModelContract.FormContract;
import vn.longbien.exemplar.review.ModelContract.Kind;
import vn.longbien.exemplar.review.ModelContract.ProcessContract;

/**
 * Checks one deployed file against the {@link ModelContract}: what of the contract the file's processes,
 * decisions or form break, each said in Vietnamese. A file the model readers cannot read is left to the
 * engine's own parser, which refuses it with its own message.
 */
final class ModelContractCheck {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ModelContractCheck() {}

  static List<String> problems(String resourceName, byte[] content) {
    String name = resourceName.toLowerCase(java.util.Locale.ROOT);
    try {
      if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
        return processProblems(Bpmn.readModelFromStream(new ByteArrayInputStream(content)));
      }
      if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
        return decisionProblems(Dmn.readModelFromStream(new ByteArrayInputStream(content)));
      }
      if (name.endsWith(".form")) {
        return formProblems(JSON.readTree(content));
      }
    } catch (IOException | RuntimeException unreadable) {
      return List.of();
    }
    return List.of();
  }

  // ---------------------------------------------------------------- BPMN

  private static List<String> processProblems(BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      for (ProcessContract contract : ModelContract.PROCESSES) {
        if (contract.key().equals(process.getId())) {
          contract.elements().forEach(element -> check(model, process, element, problems));
          contract.calls().forEach(call -> check(model, process, call, problems));
        }
      }
    }
    return problems;
  }

  private static void check(BpmnModelInstance model, Process process, Element element, List<String> problems) {
    String key = process.getId();
    switch (element.kind()) {
      case START_FORM -> {
        boolean shown = process.getChildElementsByType(StartEvent.class).stream()
            .anyMatch(start -> element.formRef().equals(start.getCamundaFormRef()));
        if (!shown) {
          problems.add("Mô hình " + key + ": sự kiện bắt đầu phải dùng biểu mẫu " + element.formRef()
              + " mà ứng dụng cần (" + element.purpose() + ")");
        }
      }
      case MESSAGE -> {
        boolean declared = model.getModelElementsByType(Message.class).stream()
            .anyMatch(message -> element.id().equals(message.getName()));
        if (!declared) {
          problems.add("Mô hình " + key + " thiếu thông điệp " + element.id() + " mà ứng dụng cần (" + element.purpose() + ")");
        }
      }
      default -> {
        ModelElementInstance found = model.getModelElementById(element.id());
        if (!(found instanceof FlowNode node) || !isKind(node, element.kind())) {
          problems.add("Mô hình " + key + " thiếu " + element.kind().words + " " + element.id() + " mà ứng dụng cần ("
              + element.purpose() + ")");
        } else if (element.formRef() != null && !element.formRef().equals(((UserTask) node).getCamundaFormRef())) {
          String actual = ((UserTask) node).getCamundaFormRef();
          problems.add("Mô hình " + key + ": công việc " + element.id() + " phải dùng biểu mẫu " + element.formRef()
              + " (" + element.purpose() + "), không phải " + (actual == null ? "không có biểu mẫu" : actual));
        }
      }
    }
  }

  private static boolean isKind(FlowNode node, Kind kind) {
    return switch (kind) {
      case USER_TASK -> node instanceof UserTask;
      case END_EVENT -> node instanceof EndEvent;
      default -> true;
    };
  }

  private static void check(BpmnModelInstance model, Process process, Call call, List<String> problems) {
    String key = process.getId();
    if (!(model.getModelElementById(call.id()) instanceof CallActivity activity)) {
      problems.add("Mô hình " + key + " thiếu hoạt động gọi " + call.id() + " mà ứng dụng cần (" + call.purpose() + ")");
      return;
    }
    String subject = "Mô hình " + key + ": hoạt động gọi " + call.id() + " (" + call.purpose() + ")";
    if (!call.calledElement().equals(activity.getCalledElement())) {
      problems.add(subject + " phải gọi mô hình " + call.calledElement() + ", không phải " + activity.getCalledElement());
    }
    Collection<CamundaIn> ins = extensions(activity, CamundaIn.class);
    Collection<CamundaOut> outs = extensions(activity, CamundaOut.class);
    if (ins.stream().noneMatch(in -> in.getCamundaBusinessKey() != null)) {
      problems.add(subject + " phải chuyển mã hồ sơ (business key) sang " + call.calledElement());
    }
    if (ins.stream().noneMatch(in -> "all".equals(in.getCamundaVariables()))) {
      Set<String> passed = ins.stream().map(CamundaIn::getCamundaTarget).filter(Objects::nonNull).collect(Collectors.toSet());
      missing(call.inputs(), passed).forEach(variable ->
          problems.add(subject + " không còn chuyển biến " + variable + " sang " + call.calledElement() + " mà ứng dụng cần"));
    }
    if (outs.stream().noneMatch(out -> "all".equals(out.getCamundaVariables()))) {
      Set<String> readBack = outs.stream().map(CamundaOut::getCamundaTarget).filter(Objects::nonNull).collect(Collectors.toSet());
      missing(call.outputs(), readBack).forEach(variable ->
          problems.add(subject + " không còn nhận lại biến " + variable + " từ " + call.calledElement() + " mà ứng dụng cần"));
    }
  }

  private static <T extends ModelElementInstance> Collection<T> extensions(CallActivity activity, Class<T> type) {
    return activity.getExtensionElements() == null
        ? List.of()
        : activity.getExtensionElements().getChildElementsByType(type);
  }

  // ---------------------------------------------------------------- DMN

  private static List<String> decisionProblems(DmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    // What the file's decisions read: their input expressions and literal expressions (FEEL).
    String inputsText = Stream.concat(
            model.getModelElementsByType(InputExpression.class).stream().map(InputExpression::getText),
            model.getModelElementsByType(LiteralExpression.class).stream().map(LiteralExpression::getText))
        .filter(Objects::nonNull).map(Text::getTextContent)
        .collect(Collectors.joining("\n"));
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      for (DecisionContract contract : ModelContract.DECISIONS) {
        if (!contract.key().equals(decision.getId())) {
          continue;
        }
        String subject = "Bảng quyết định " + contract.key();
        if (!(decision.getExpression() instanceof DecisionTable table)) {
          problems.add(subject + " phải là một bảng quyết định (" + contract.purpose() + ")");
          continue;
        }
        Set<String> outputs = table.getOutputs().stream().map(Output::getName).filter(Objects::nonNull)
            .collect(Collectors.toSet());
        missing(contract.outputs(), outputs).forEach(output ->
            problems.add(subject + " thiếu cột kết quả " + output + " mà ứng dụng đọc (" + contract.purpose() + ")"));
        contract.inputs().stream()
            .filter(input -> !Pattern.compile("\\b" + Pattern.quote(input) + "\\b").matcher(inputsText).find())
            .forEach(input -> problems.add(subject + " không còn đọc dữ liệu đầu vào " + input
                + " mà ứng dụng cung cấp (" + contract.purpose() + ")"));
      }
    }
    return problems;
  }

  // ---------------------------------------------------------------- Camunda Forms

  private static List<String> formProblems(JsonNode form) {
    String id = form.path("id").asText(null);
    List<String> problems = new ArrayList<>();
    for (FormContract contract : ModelContract.FORMS) {
      if (contract.id().equals(id)) {
        Set<String> keys = new HashSet<>();
        collectKeys(form, keys);
        missing(contract.fields(), keys).forEach(field ->
            problems.add("Biểu mẫu " + id + " thiếu trường " + field + " mà ứng dụng đọc (" + contract.purpose() + ")"));
      }
    }
    return problems;
  }

  private static void collectKeys(JsonNode node, Set<String> keys) {
    for (JsonNode component : node.path("components")) {
      if (component.hasNonNull("key")) {
        keys.add(component.get("key").asText());
      }
      collectKeys(component, keys);
    }
  }

  private static List<String> missing(List<String> required, Set<String> present) {
    return required.stream().filter(name -> !present.contains(name)).toList();
  }
}
