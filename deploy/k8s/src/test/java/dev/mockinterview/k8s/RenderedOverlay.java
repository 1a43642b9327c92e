package dev.mockinterview.k8s;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * One overlay as {@code kubectl kustomize} renders it, every document parsed with the fabric8 Kubernetes model.
 * Parsing is strict: a field the model does not know (a typo, a field at the wrong level, a value of the wrong type)
 * lands in a model object's additional properties, and any such property fails the render. Custom resources of the
 * operators the platform uses are kept as {@link GenericKubernetesResource}; any other unknown kind fails.
 */
final class RenderedOverlay {
    /** apiVersion/kind of the custom resources the manifests may use, from the operators the README names. */
    static final Set<String> CUSTOM_RESOURCES = Set.of(
            "kafka.strimzi.io/v1beta2/Kafka",
            "kafka.strimzi.io/v1beta2/KafkaNodePool",
            "kafka.strimzi.io/v1beta2/KafkaTopic",
            "kafka.strimzi.io/v1beta2/KafkaUser",
            "postgresql.cnpg.io/v1/Cluster",
            "keda.sh/v1alpha1/ScaledObject",
            "keda.sh/v1alpha1/TriggerAuthentication",
            "monitoring.coreos.com/v1/ServiceMonitor",
            "monitoring.coreos.com/v1/PrometheusRule");

    private static final Map<String, RenderedOverlay> RENDERED = new ConcurrentHashMap<>();
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private final String name;
    private final List<HasMetadata> objects;

    private RenderedOverlay(String name, List<HasMetadata> objects) {
        this.name = name;
        this.objects = objects;
    }

    /** The overlays under deploy/k8s/overlays. */
    static List<String> names() {
        try (Stream<Path> dirs = Files.list(Repository.manifests().resolve("overlays"))) {
            return dirs.filter(dir -> Files.isRegularFile(dir.resolve("kustomization.yaml")))
                    .map(dir -> dir.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders once per test run; the YAML is kept in target/rendered/NAME.yaml to read when a test fails. */
    static RenderedOverlay of(String name) {
        return RENDERED.computeIfAbsent(name, RenderedOverlay::render);
    }

    private static RenderedOverlay render(String name) {
        Path dir = Repository.manifests().resolve("overlays").resolve(name);
        String yaml = Kubectl.find().kustomize(dir, Repository.output().resolve(name + ".stderr.txt"));
        try {
            Files.createDirectories(Repository.output());
            Files.writeString(Repository.output().resolve(name + ".yaml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<HasMetadata> objects = new ArrayList<>();
        for (String document : documents(yaml)) {
            Object parsed = SERIALIZATION.unmarshal(document);
            if (!(parsed instanceof HasMetadata object)) {
                throw new AssertionError(name + ": not a Kubernetes object:\n" + document);
            }
            objects.add(object);
        }
        return new RenderedOverlay(name, List.copyOf(objects));
    }

    static List<String> documents(String yaml) {
        List<String> documents = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : yaml.split("\n", -1)) {
            if (line.equals("---")) {
                documents.add(current.toString());
                current.setLength(0);
            } else {
                current.append(line).append('\n');
            }
        }
        documents.add(current.toString());
        return documents.stream().filter(document -> !document.isBlank()).toList();
    }

    String name() {
        return name;
    }

    List<HasMetadata> objects() {
        return objects;
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String objectName) {
        return all(type).stream().filter(o -> o.getMetadata().getName().equals(objectName)).findFirst();
    }

    List<GenericKubernetesResource> custom(String kind) {
        return all(GenericKubernetesResource.class).stream().filter(o -> o.getKind().equals(kind)).toList();
    }

    Optional<GenericKubernetesResource> custom(String kind, String objectName) {
        return custom(kind).stream().filter(o -> o.getMetadata().getName().equals(objectName)).findFirst();
    }

    List<Deployment> deployments() {
        return all(Deployment.class);
    }

    Optional<Deployment> deploymentSelectedBy(Map<String, String> selector) {
        if (selector == null || selector.isEmpty()) {
            return Optional.empty();
        }
        return deployments().stream()
                .filter(d -> d.getSpec().getTemplate().getMetadata().getLabels().entrySet()
                        .containsAll(selector.entrySet()))
                .findFirst();
    }

    @Override
    public String toString() {
        return name;
    }

    /** Problems of strictness: unknown custom kinds, and every model property the model did not recognise. */
    List<String> strictnessProblems() {
        List<String> problems = new ArrayList<>();
        for (HasMetadata object : objects) {
            String where = object.getKind() + "/" + object.getMetadata().getName();
            if (object instanceof GenericKubernetesResource) {
                if (!CUSTOM_RESOURCES.contains(object.getApiVersion() + "/" + object.getKind())) {
                    problems.add(where + ": " + object.getApiVersion() + " " + object.getKind()
                            + " is neither in the Kubernetes model nor a custom resource of the operators we use");
                }
                collectUnknown(object.getMetadata(), where + ".metadata", problems);
            } else {
                collectUnknown(object, where, problems);
            }
        }
        return problems;
    }

    private static void collectUnknown(Object value, String path, List<String> problems) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                collectUnknown(item, path + "[" + i++ + "]", problems);
            }
            return;
        }
        if (value instanceof Map<?, ?> entries) {
            entries.forEach((key, item) -> collectUnknown(item, path + "[" + key + "]", problems));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            Object property;
            try {
                property = getter.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (property instanceof Map<?, ?> unknown && !unknown.isEmpty()) {
                    problems.add(path + ": unknown to the model: " + unknown.keySet());
                }
                continue;
            }
            String field = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
            collectUnknown(property, path + "." + field, problems);
        }
    }
}
