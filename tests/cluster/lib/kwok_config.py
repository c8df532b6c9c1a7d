#!/usr/bin/env python3
"""Writes the kwok configuration for one cluster: options, Stages, logs, port-forward.

kwok plays the kubelet of every fake node. The Stages below make it write the
pod statuses and Events a real kubelet writes for each behaviour a pod asks
for with the annotation kaji.dev/simulate:

  (none)        pull, create, start, run; job pods then complete
  fast          straight to Running, no Events (bulk load from knobs.sh)
  crashloop     crash with exit 1 and restart with kubelet back-off
  oom           run, get OOMKilled (exit 137) now and then, restart at once
  image-pull    fail the pull and back off (ErrImagePull / ImagePullBackOff)
  config-error  CreateContainerConfigError for the first configMapKeyRef
  not-ready     run, fail the readiness probe with HTTP 503
  fail          job pods: run, then exit 1 (reason Error)

Events are created with kubelet as source through `apply` steps, because
kwok's own event step can neither template the message nor claim to be the
kubelet. Loops that would leave the status unchanged bump the annotation
kaji.dev/simulate-attempts instead, which also carries the Event counts.

Resource metrics (what metrics-server scrapes) come from kwok's own Metric
and usage-from-annotations objects, which up.sh passes to kwok after this
file; scenario_usage() below is read first and covers what annotations alone
cannot say.

Usage: kwok_config.py STATE_DIR KWOK_PORT DEMO_PORT > kwok.yaml
"""
import json
import sys

SIM = '(.metadata.annotations["kaji.dev/simulate"] // "")'
ALIVE = '.metadata.deletionTimestamp == null'
ATTEMPTS_KEY = "kaji.dev/simulate-attempts"
STOPPING_KEY = "kaji.dev/stopping"  # set when deletion begins, see pod-delete


def jq_stage(name, kind, expression, steps, delay_ms=0, jitter_ms=None, delay_jq=None):
    """A Stage selecting objects for which the jq expression is true."""
    spec = {
        "resourceRef": {"apiGroup": "v1", "kind": kind},
        "selector": {"matchExpressions": [{"jq": {"key": expression, "operator": "In", "values": ["true"]}}]},
        "delay": {"durationMilliseconds": delay_ms},
        "steps": steps,
    }
    if jitter_ms is not None:
        spec["delay"]["jitterDurationMilliseconds"] = jitter_ms
    if delay_jq:
        spec["delay"]["durationFrom"] = {"jq": {"expression": delay_jq}}
    return {"apiVersion": "kwok.x-k8s.io/v1alpha1", "kind": "Stage", "metadata": {"name": name}, "spec": spec}


def status_patch(template):
    return {"patch": {"subresource": "status", "root": "status", "template": template}}


def count_attempts():
    """Bumps the loop counter; the changed pod is what re-triggers a loop."""
    return {"patch": {"type": "merge", "template": PRELUDE + (
        'metadata:\n  annotations:\n    "' + ATTEMPTS_KEY + '": {{ add1 $attempts | toString | Quote }}\n')}}


# Go-template lines shared by all pod templates. The data kwok renders is the
# pod decoded with json.Number, so numbers go through `int` before use.
PRELUDE = """{{ $now := Now }}
{{ $ann := or .metadata.annotations dict }}
{{ $sim := index $ann "kaji.dev/simulate" | default "" }}
{{ $attempts := index $ann "kaji.dev/simulate-attempts" | default "0" | int }}
{{ $names := list }}{{ range .spec.containers }}{{ $names = append $names .name }}{{ end }}
{{ $unready := printf "containers with unready status: [%s]" (join " " $names) }}
"""


def pod_event(key, type_, reason, message, count="1", container=0, prelude=""):
    """An apply step creating (or updating) one kubelet Event about a container.

    message and count are Go-template expressions; $c is the container. The
    name is stable per pod, event kind and container, so a repeat updates
    count and lastTimestamp the way the kubelet's event aggregation does.
    Pods with one container simply repeat the event for container 0; pods
    with more than two get events for the first two only.
    """
    template = PRELUDE + prelude + """{{ $c := index .spec.containers (min %(idx)d (sub (len .spec.containers) 1)) }}
{{ $count := %(count)s }}
apiVersion: v1
kind: Event
metadata:
  name: {{ printf "%%s.%%s" .metadata.name (sha256sum (printf "%%s/%(key)s/%%s" .metadata.uid $c.name) | trunc 16) | Quote }}
  namespace: {{ .metadata.namespace | Quote }}
involvedObject:
  apiVersion: v1
  kind: Pod
  name: {{ .metadata.name | Quote }}
  namespace: {{ .metadata.namespace | Quote }}
  uid: {{ .metadata.uid | Quote }}
  fieldPath: {{ printf "spec.containers{%%s}" $c.name | Quote }}
type: %(type)s
reason: %(reason)s
message: {{ %(message)s | Quote }}
count: {{ $count }}
firstTimestamp: {{ if gt (int $count) 1 }}{{ .metadata.creationTimestamp | Quote }}{{ else }}{{ $now | Quote }}{{ end }}
lastTimestamp: {{ $now | Quote }}
source:
  component: kubelet
  host: {{ .spec.nodeName | Quote }}
reportingComponent: kubelet
reportingInstance: {{ .spec.nodeName | Quote }}
""" % {"idx": container, "key": key, "type": type_, "reason": reason, "message": message, "count": count}
    return {"apply": {"template": template}}


def each_container(key, type_, reason, message, count="1"):
    return [pod_event(key, type_, reason, message, count, i) for i in (0, 1)]


def node_event(reason, message, type_="Normal"):
    template = """{{ $now := Now }}
apiVersion: v1
kind: Event
metadata:
  name: {{ printf "%%s.%%s" .metadata.name (sha256sum (printf "%%s/%(reason)s" .metadata.uid) | trunc 16) | Quote }}
  namespace: default
involvedObject:
  apiVersion: v1
  kind: Node
  name: {{ .metadata.name | Quote }}
  uid: {{ .metadata.name | Quote }}  # the kubelet's node reference uses the name as UID
type: %(type)s
reason: %(reason)s
message: {{ %(message)s | Quote }}
count: 1
firstTimestamp: {{ $now | Quote }}
lastTimestamp: {{ $now | Quote }}
source:
  component: kubelet
  host: {{ .metadata.name | Quote }}
reportingComponent: kubelet
reportingInstance: {{ .metadata.name | Quote }}
""" % {"reason": reason, "message": message, "type": type_}
    return {"apply": {"template": template}}


# ---- status fragments -------------------------------------------------------

def conditions(ready):
    """Pod conditions; ready is a Go-template boolean expression."""
    return """conditions:
- type: PodReadyToStartContainers
  status: "True"
  lastProbeTime: null
  lastTransitionTime: {{ $now | Quote }}
- type: Initialized
  status: "True"
  lastProbeTime: null
  lastTransitionTime: {{ $now | Quote }}
{{ range list "Ready" "ContainersReady" }}
- type: {{ . }}
  lastProbeTime: null
  lastTransitionTime: {{ $now | Quote }}
{{ if %(ready)s }}
  status: "True"
{{ else }}
  status: "False"
  reason: ContainersNotReady
  message: {{ $unready | Quote }}
{{ end }}
{{ end }}
""" % {"ready": ready}


# The fields every container status starts with. Inside container_statuses()
# the body also sees $cur, the container's current status (maybe empty), and
# $rc, its restart count.
CONTAINER_HEAD = """- name: {{ $c.name | Quote }}
  image: {{ $c.image | Quote }}
  imageID: {{ printf "%s@sha256:%s" (regexReplaceAll ":[^:/]+$" $c.image "") (sha256sum $c.image) | Quote }}
"""


def container_statuses(body):
    return """containerStatuses:
{{ range $i, $c := .spec.containers }}
{{ $cur := dict }}{{ range $root.status.containerStatuses }}{{ if eq .name $c.name }}{{ $cur = . }}{{ end }}{{ end }}
{{ $rc := $cur.restartCount | default 0 | int }}
""" + CONTAINER_HEAD + body + "{{ end }}\n"


def with_root(template):
    return "{{ $root := . }}\n" + template


def container_id(restarts):
    return '  containerID: {{ printf "containerd://%%s" (sha256sum (printf "%%s/%%s/%%d" $root.metadata.uid $c.name %s)) | Quote }}\n' % restarts


def init_statuses():
    """Init containers are reported done (or running, for sidecars)."""
    return """{{ with .spec.initContainers }}
initContainerStatuses:
{{ range $c := . }}
""" + CONTAINER_HEAD + """  ready: true
  restartCount: 0
{{ if eq ($c.restartPolicy | default "") "Always" }}
  started: true
  state:
    running:
      startedAt: {{ $now | Quote }}
{{ else }}
  started: false
  state:
    terminated:
      exitCode: 0
      reason: Completed
      startedAt: {{ $now | Quote }}
      finishedAt: {{ $now | Quote }}
{{ end }}
{{ end }}
{{ end }}
"""


def pod_ips():
    return """{{ $ip := PodIPWith .spec.nodeName ( or .spec.hostNetwork false ) ( or .metadata.uid "" ) ( or .metadata.name "" ) ( or .metadata.namespace "" ) }}
hostIP: {{ NodeIPWith .spec.nodeName | Quote }}
hostIPs:
- ip: {{ NodeIPWith .spec.nodeName | Quote }}
podIP: {{ $ip | Quote }}
podIPs:
- ip: {{ $ip | Quote }}
"""


RUNNING_NOW = """  started: true
  state:
    running:
      startedAt: {{ $now | Quote }}
"""

# The back-off the kubelet would apply before restart number $rc+1.
BACKOFF = '{{ $backoff := "5m0s" }}{{ if le (int $rc) 5 }}' \
    '{{ $backoff = index (list "10s" "20s" "40s" "1m20s" "2m40s") (sub $rc 1) }}{{ end }}\n'
# Same table in jq, for the stage delay; restartCount 1 waits 10 s.
BACKOFF_JQ = '[10,20,40,80,160,300][([(.status.containerStatuses[0].restartCount // 1) - 1, 5] | min)] | "\\(.)s"'

POD_REF = 'printf "%s_%s(%s)" $root.metadata.name $root.metadata.namespace $root.metadata.uid'


def pod_stages():
    stages = []
    running = '.status.phase == "Running"'
    waiting = lambda reason: '(.status.containerStatuses // [] | any(.state.waiting.reason == "%s"))' % reason
    job_pod = '(.metadata.ownerReferences // [] | any(.kind == "Job"))'
    all_running = '(.status.containerStatuses // [] | length > 0 and all(.state.running != null))'

    # Bulk pods: one status write, no Events.
    stages.append(jq_stage("pod-fast-running", "Pod",
        f'{ALIVE} and {SIM} == "fast" and .status.podIP == null',
        [status_patch(PRELUDE + with_root(conditions("true") + init_statuses() + container_statuses(
            container_id(0) + "  ready: true\n  restartCount: 0\n" + RUNNING_NOW) + pod_ips()
            + "phase: Running\nstartTime: {{ $now | Quote }}\n"))]))

    # Sandbox ready, image being pulled.
    stages.append(jq_stage("pod-create", "Pod",
        f'{ALIVE} and {SIM} != "fast" and .status.podIP == null',
        [status_patch(PRELUDE + with_root(conditions("false") + container_statuses(
            "  ready: false\n  restartCount: 0\n  started: false\n  state:\n    waiting:\n      reason: ContainerCreating\n")
            + pod_ips() + "phase: Pending\nstartTime: {{ $now | Quote }}\n"))]
        + each_container("Pulling", "Normal", "Pulling", 'printf "Pulling image %q" $c.image'),
        delay_ms=200, jitter_ms=900))

    # Pulled, created, started.
    ready = 'not (has $sim (list "not-ready" "crashloop"))'
    stages.append(jq_stage("pod-start", "Pod",
        f'{ALIVE} and ({SIM} | IN("", "crashloop", "oom", "not-ready", "fail")) and .status.phase == "Pending" '
        f'and .status.podIP != null and {waiting("ContainerCreating")}',
        [status_patch(PRELUDE + with_root(conditions(ready) + init_statuses() + container_statuses(
            container_id(0) + "  ready: {{ %s }}\n  restartCount: 0\n" % ready + RUNNING_NOW)
            + "phase: Running\n"))]
        + each_container("Pulled", "Normal", "Pulled",
                         'printf "Successfully pulled image %q in %vs (%vs including waiting). Image size: %d bytes." '
                         '$c.image (divf (randInt 900 4000) 1000) (divf (randInt 4000 6000) 1000) '
                         '(add 20000000 (mod (adler32sum $c.image | atoi) 380000000))')
        + each_container("Created", "Normal", "Created", '"Container created"')
        + each_container("Started", "Normal", "Started", '"Container started"'),
        delay_ms=1000, jitter_ms=2500))

    # Job pods finish: exit 0 by default, exit 1 with simulate=fail.
    for name, sim, phase, code, reason in (("pod-job-complete", "", "Succeeded", 0, "Completed"),
                                           ("pod-job-fail", "fail", "Failed", 1, "Error")):
        stages.append(jq_stage(name, "Pod",
            f'{ALIVE} and {SIM} == "{sim}" and {job_pod} and {running} and {all_running}',
            [status_patch(PRELUDE + with_root("""conditions:
{{ range list "Ready" "ContainersReady" }}
- type: {{ . }}
  status: "False"
  reason: PodCompleted
  lastProbeTime: null
  lastTransitionTime: {{ $now | Quote }}
{{ end }}
""" + container_statuses(container_id(0) + """  ready: false
  restartCount: 0
  started: false
  state:
    terminated:
      exitCode: %d
      reason: %s
      startedAt: {{ $cur.state.running.startedAt | Quote }}
      finishedAt: {{ $now | Quote }}
""" % (code, reason)) + "phase: %s\n" % phase))],
            delay_ms=3000, jitter_ms=6000))

    # CrashLoopBackOff. The short-lived running phase of each restart is folded
    # into one write, so the pod reads CrashLoopBackOff from the first crash on.
    crash_status = lambda started: PRELUDE + with_root(conditions("false") + container_statuses(
        container_id("(add1 $rc)") + "{{ $rc = add1 $rc }}\n" + BACKOFF + """  ready: false
  restartCount: {{ $rc }}
  started: false
  lastState:
    terminated:
      exitCode: 1
      reason: Error
      startedAt: %s
      finishedAt: {{ $now | Quote }}
      containerID: {{ printf "containerd://%%s" (sha256sum (printf "%%s/%%s/%%d" $root.metadata.uid $c.name (sub $rc 1))) | Quote }}
  state:
    waiting:
      reason: CrashLoopBackOff
      message: {{ printf "back-off %%s restarting failed container=%%s pod=%%s" $backoff $c.name (%s) | Quote }}
""" % (started, POD_REF)))
    backoff_event = each_container("BackOff", "Warning", "BackOff",
                                   'printf "Back-off restarting failed container %s in pod %s_%s(%s)" $c.name '
                                   '.metadata.name .metadata.namespace .metadata.uid',
                                   count="mul (add1 ((index .status.containerStatuses 0).restartCount | int)) 2")
    stages.append(jq_stage("pod-crash", "Pod",
        f'{ALIVE} and {SIM} == "crashloop" and {running} and {all_running}',
        [status_patch(crash_status("{{ $cur.state.running.startedAt | Quote }}"))] + backoff_event,
        delay_ms=3000, jitter_ms=4000))
    # Event steps render the pod as it was before this stage's status patch:
    # restart n+1 is start n+2, and the image was already there n+1 times.
    restarts = "add1 ((index .status.containerStatuses 0).restartCount | int)"
    starts = "add 2 ((index .status.containerStatuses 0).restartCount | int)"
    stages.append(jq_stage("pod-crash-restart", "Pod",
        f'{ALIVE} and {SIM} == "crashloop" and {waiting("CrashLoopBackOff")}',
        [status_patch(crash_status('{{ dateModify "-7s" now | date "2006-01-02T15:04:05Z07:00" | Quote }}'))]
        + each_container("Pulled-present", "Normal", "Pulled",
                         'printf "Container image %q already present on machine" $c.image', count=restarts)
        + each_container("Created", "Normal", "Created", '"Container created"', count=starts)
        + each_container("Started", "Normal", "Started", '"Container started"', count=starts)
        + backoff_event,
        delay_jq=BACKOFF_JQ))

    # OOMKilled now and then; the restart follows at once (a container that ran
    # for more than ten minutes gets no back-off), so the pod reads Running.
    stages.append(jq_stage("pod-oom-kill", "Pod",
        f'{ALIVE} and {SIM} == "oom" and {running} and {all_running}',
        [status_patch(PRELUDE + with_root(container_statuses(
            container_id("(add1 $rc)") + """  ready: true
  restartCount: {{ add1 $rc }}
  lastState:
    terminated:
      exitCode: 137
      reason: OOMKilled
      startedAt: {{ $cur.state.running.startedAt | Quote }}
      finishedAt: {{ $now | Quote }}
      containerID: {{ printf "containerd://%s" (sha256sum (printf "%s/%s/%d" $root.metadata.uid $c.name $rc)) | Quote }}
""" + RUNNING_NOW)))]
        + each_container("Pulled-present", "Normal", "Pulled",
                         'printf "Container image %q already present on machine" $c.image', count=restarts)
        + each_container("Created", "Normal", "Created", '"Container created"', count=starts)
        + each_container("Started", "Normal", "Started", '"Container started"', count=starts),
        delay_jq='if (.status.containerStatuses[0].restartCount // 0) == 0 then "4s" else "11m" end'))

    # Image pull with a missing pull secret: ErrImagePull, then back-off.
    secrets = '{{ $secrets := list }}{{ range .spec.imagePullSecrets }}{{ $secrets = append $secrets .name }}{{ end }}\n'
    pull_error = ('printf "rpc error: code = Unknown desc = failed to pull and unpack image \\"%s\\": failed to resolve reference \\"%s\\": '
                  'pull access denied, repository does not exist or may require authorization: '
                  'server message: insufficient_scope: authorization failed" $c.image $c.image')
    attempt = "add1 $attempts"
    stages.append(jq_stage("pod-image-pull-failed", "Pod",
        f'{ALIVE} and {SIM} == "image-pull" and .status.podIP != null '
        f'and ({waiting("ContainerCreating")} or {waiting("ImagePullBackOff")})',
        [status_patch(PRELUDE + with_root(conditions("false") + container_statuses(
            "  ready: false\n  restartCount: 0\n  started: false\n  state:\n    waiting:\n      reason: ErrImagePull\n"
            "      message: {{ %s | Quote }}\n" % pull_error)))]
        + [pod_event("FailedToRetrieveImagePullSecret", "Warning", "FailedToRetrieveImagePullSecret",
                     'printf "Unable to retrieve some image pull secrets (%s); attempting to pull the image may not succeed." '
                     '(join ", " $secrets)', count=attempt, prelude=secrets)]
        + [pod_event("Pulling", "Normal", "Pulling", 'printf "Pulling image %q" $c.image', count=attempt)]
        + [pod_event("Failed-pull", "Warning", "Failed",
                     'printf "Failed to pull image %%q: %%s" $c.image (%s)' % pull_error, count=attempt)]
        + [pod_event("Failed-ErrImagePull", "Warning", "Failed", '"Error: ErrImagePull"', count=attempt),
           count_attempts()],
        delay_jq='if ' + waiting("ImagePullBackOff") + ' then ([10,20,40,80,160,300][([(' + '.metadata.annotations["' + ATTEMPTS_KEY
                 + '"] // "1" | tonumber) - 1, 5] | min)] | "\\(.)s") else "1500ms" end'))
    stages.append(jq_stage("pod-image-pull-backoff", "Pod",
        f'{ALIVE} and {SIM} == "image-pull" and {waiting("ErrImagePull")}',
        [status_patch(PRELUDE + with_root(container_statuses(
            "  ready: false\n  restartCount: 0\n  started: false\n  state:\n    waiting:\n      reason: ImagePullBackOff\n"
            "      message: {{ printf \"Back-off pulling image %%q: ErrImagePull: %%s\" $c.image (%s) | Quote }}\n" % pull_error)))]
        + [pod_event("BackOff-pull", "Normal", "BackOff", 'printf "Back-off pulling image %q" $c.image', count="mul $attempts 3"),
           pod_event("Failed-ImagePullBackOff", "Warning", "Failed", '"Error: ImagePullBackOff"', count="mul $attempts 3")],
        delay_ms=800, jitter_ms=1500))

    # A configMapKeyRef to a key that does not exist.
    missing = """{{ $ref := dict }}{{ range $c := .spec.containers }}{{ range ($c.env | default list) }}{{ if and (not $ref) .valueFrom }}{{ with .valueFrom.configMapKeyRef }}{{ $ref = . }}{{ end }}{{ end }}{{ end }}{{ end }}
{{ $why := printf "couldn't find key %s in ConfigMap %s/%s" $ref.key .metadata.namespace $ref.name }}
"""
    stages.append(jq_stage("pod-config-error", "Pod",
        f'{ALIVE} and {SIM} == "config-error" and .status.podIP != null '
        f'and ({waiting("ContainerCreating")} or {waiting("CreateContainerConfigError")})',
        [status_patch(PRELUDE + missing + with_root(conditions("false") + container_statuses(
            "  ready: false\n  restartCount: 0\n  started: false\n  state:\n    waiting:\n"
            "      reason: CreateContainerConfigError\n      message: {{ $why | Quote }}\n")))]
        + [pod_event("Pulled-present", "Normal", "Pulled",
                     'printf "Container image %q already present on machine" $c.image', count=attempt),
           pod_event("Failed-config", "Warning", "Failed", 'printf "Error: %s" $why', count=attempt, prelude=missing),
           count_attempts()],
        delay_jq=f'if {waiting("ContainerCreating")} then "1s" else "30s" end'))

    # Readiness probe answering 503, probed every periodSeconds (default 10).
    stages.append(jq_stage("pod-probe-failing", "Pod",
        f'{ALIVE} and {SIM} == "not-ready" and {running} and {all_running}',
        [pod_event("Unhealthy", "Warning", "Unhealthy",
                   '"Readiness probe failed: HTTP probe failed with statuscode: 503"', count="mul (add1 $attempts) 3"),
         count_attempts()],
        delay_jq=f'if (.metadata.annotations["{ATTEMPTS_KEY}"] // "0") == "0" then "2s" else "30s" end'))

    # Graceful deletion: the kubelet stops the containers, then removes the pod.
    # In a namespace being deleted the Killing Events cannot be created
    # (NamespaceLifecycle refuses new objects there), kwok drops a stage whose
    # step fails, and the pod - with its namespace - would stay Terminating
    # forever. So the pod is first marked as being stopped; the mark's own
    # watch event selects pod-delete-stopped, which removes the pod a few
    # seconds later without writing anything, should the Events have failed.
    # Normally the first stage has deleted the pod long before.
    unmarked = f'(.metadata.annotations["{STOPPING_KEY}"] // "") == ""'
    stages.append(jq_stage("pod-delete", "Pod",
        f'.metadata.deletionTimestamp != null and (.metadata.finalizers // [] | length == 0) and {SIM} != "fast" '
        f'and .status.podIP != null and {unmarked}',
        [{"patch": {"type": "merge", "template": 'metadata:\n  annotations:\n    "' + STOPPING_KEY + '": "true"\n'}}]
        + each_container("Killing", "Normal", "Killing", 'printf "Stopping container %s" $c.name') + [{"delete": True}],
        delay_ms=500, jitter_ms=1500))
    stages.append(jq_stage("pod-delete-stopped", "Pod",
        f'.metadata.deletionTimestamp != null and (.metadata.finalizers // [] | length == 0) and ({unmarked} | not)',
        [{"delete": True}], delay_ms=3000))
    stages.append(jq_stage("pod-delete-fast", "Pod",
        f'.metadata.deletionTimestamp != null and (.metadata.finalizers // [] | length == 0) '
        f'and ({SIM} == "fast" or .status.podIP == null)',
        [{"delete": True}]))
    return stages


def node_stages(kwok_port):
    """Node status as a kubelet reports it, pointing the apiserver at kwok."""
    fresh = f'(.status.daemonEndpoints.kubeletEndpoint.Port // 0) == {kwok_port}'
    ready = '(.status.conditions // [] | any(.type == "Ready" and .status == "True"))'
    status = """{{ $now := Now }}
{{ $since := or .metadata.creationTimestamp $now }}
conditions:
{{ range NodeConditions }}
- type: {{ .type | Quote }}
  status: {{ .status | Quote }}
  reason: {{ .reason | Quote }}
  message: {{ .message | Quote }}
  lastHeartbeatTime: {{ $now | Quote }}
  lastTransitionTime: {{ $since | Quote }}
{{ end }}
daemonEndpoints:
  kubeletEndpoint:
    Port: %(port)d
""" % {"port": kwok_port}
    # Nodes made by up.sh and knobs.sh come with addresses and capacity; a
    # bare fake node gets loopback and a generous default.
    init = status + """{{ if not .status.addresses }}
addresses:
- type: InternalIP
  address: 127.0.0.1
- type: Hostname
  address: {{ .metadata.name | Quote }}
{{ end }}
{{ if not .status.capacity }}
capacity: {cpu: "32", memory: 128Gi, pods: "250", ephemeral-storage: 500Gi}
allocatable: {cpu: "32", memory: 128Gi, pods: "250", ephemeral-storage: 500Gi}
{{ end }}
{{ $id := sha256sum .metadata.name }}
nodeInfo:
  architecture: amd64
  bootID: {{ printf "%s-%s-%s-%s-%s" (substr 0 8 $id) (substr 8 12 $id) (substr 12 16 $id) (substr 16 20 $id) (substr 20 32 $id) | Quote }}
  containerRuntimeVersion: containerd://2.1.4
  kernelVersion: 6.12.48-amd64
  kubeProxyVersion: ""
  kubeletVersion: v1.36.3
  machineID: {{ substr 32 64 $id | Quote }}
  operatingSystem: linux
  osImage: Debian GNU/Linux 13 (trixie)
  systemUUID: {{ printf "ec2%s-%s-%s-%s-%s" (substr 0 5 $id) (substr 8 12 $id) (substr 12 16 $id) (substr 16 20 $id) (substr 20 32 $id) | Quote }}
"""
    return [
        jq_stage("node-initialize", "Node", f'({ready} and {fresh}) | not',
                 [status_patch(init),
                  node_event("Starting", '"Starting kubelet."'),
                  node_event("NodeAllocatableEnforced", '"Updated Node Allocatable limit across pods"'),
                  node_event("NodeReady", 'printf "Node %s status is now: NodeReady" .metadata.name')]),
        jq_stage("node-heartbeat", "Node", f'{ready} and {fresh}', [status_patch(status)],
                 delay_ms=240000, jitter_ms=300000),
    ]


def logs_and_forwards(state, demo_port):
    """kubectl logs and port-forward for the scenario, matched by container name."""
    logs = f"{state}/pod-logs"
    by_container = [
        ("storefront", "storefront.log", None),
        ("envoy", "envoy.log", None),
        ("orders-api", "orders-api-current.log", "orders-api-previous.log"),
        ("image-resizer", "image-resizer-current.log", "image-resizer-previous.log"),
        ("inventory", "inventory.log", None),
        ("postgres", "postgres.log", None),
        ("fluent-bit", "fluent-bit.log", None),
        ("db-backup", "db-backup.log", None),
        ("nightly-export", "nightly-export.log", None),
        ("coredns", "coredns.log", None),
        ("session-cleanup", "session-cleanup.log", None),
    ]
    # The files named "missing-*" do not exist, on purpose: a kubelet refuses
    # logs of a container that never started, or a previous instance that
    # never was, with HTTP 400, and kwok does so when it cannot open the file.
    never_started = f"{logs}/missing-container-never-started.log"
    no_previous = f"{logs}/missing-no-previous-instance.log"
    entries = [{"containers": ["payments", "checkout", "recommender"],
                "logsFile": never_started, "previousLogsFile": no_previous}]
    for container, current, previous in by_container:
        entries.append({"containers": [container], "logsFile": f"{logs}/{current}", "follow": True,
                        "previousLogsFile": f"{logs}/{previous}" if previous else no_previous})
    # Any other container logged nothing yet, as most bulk pods would.
    entries.append({"logsFile": f"{logs}/empty.log", "previousLogsFile": no_previous})
    return [
        {"apiVersion": "kwok.x-k8s.io/v1alpha1", "kind": "ClusterLogs", "metadata": {"name": "scenario"},
         "spec": {"logs": entries}},
        {"apiVersion": "kwok.x-k8s.io/v1alpha1", "kind": "ClusterPortForward", "metadata": {"name": "storefront"},
         "spec": {"forwards": [{"ports": [8080], "target": {"address": "127.0.0.1", "port": demo_port}}]}},
    ]


SCENARIO_NAMESPACES = ["shop", "batch", "infra", "kube-system"]
# A pod of this name, in any namespace, plays an image without a shell.
NO_SHELL_POD = "no-shell"


def shells(state):
    """kubectl exec and attach run a real command on this host, as kwok can.

    Each scenario namespace gets a working directory (and HOME) of its own
    under STATE_DIR/exec-root, which up.sh creates; pods of any other
    namespace (the tests') share exec-root/other. This is a working
    directory, not a chroot: the command is the host's, run as the user that
    runs kwok, which is why the cluster only ever listens on loopback.
    A pod named NO_SHELL_POD gets a working directory that does not exist, so
    every command fails to start with "no such file or directory", as in an
    image without /bin/bash and /bin/sh.
    """
    root = f"{state}/exec-root"

    def target(workdir):
        # kwok passes its own environment on, then these: the pod's shell
        # must not find the developer's home, kubeconfig or cloud profile.
        envs = {"HOME": workdir, "PATH": "/usr/local/bin:/usr/bin:/bin", "SHELL": "/bin/sh",
                "TERM": "xterm", "KUBECONFIG": f"{workdir}/.kube/config", "AWS_PROFILE": "",
                "PS1": "$ "}
        return [{"local": {"workDir": workdir,
                           "envs": [{"name": k, "value": v} for k, v in envs.items()]}}]

    docs = [{"apiVersion": "kwok.x-k8s.io/v1alpha1", "kind": "ClusterExec", "metadata": {"name": "no-shell"},
             "spec": {"selector": {"matchNames": [NO_SHELL_POD]},
                      "execs": target(f"{root}/missing-image-has-no-shell")}}]
    for ns in SCENARIO_NAMESPACES:
        docs.append({"apiVersion": "kwok.x-k8s.io/v1alpha1", "kind": "ClusterExec", "metadata": {"name": f"shell-{ns}"},
                     "spec": {"selector": {"matchNamespaces": [ns]}, "execs": target(f"{root}/{ns}")}})
    docs.append({"apiVersion": "kwok.x-k8s.io/v1alpha1", "kind": "ClusterExec", "metadata": {"name": "shell-other"},
                 "spec": {"execs": target(f"{root}/other")}})
    # kwok's attach follows a log file from its end (stdin is ignored): the
    # storefront container shows each request the demo server logs.
    docs.append({"apiVersion": "kwok.x-k8s.io/v1alpha1", "kind": "ClusterAttach", "metadata": {"name": "storefront"},
                 "spec": {"attaches": [{"containers": ["storefront"],
                                        "logsFile": f"{state}/pod-logs/storefront.log"}]}})
    return docs


def scenario_usage():
    """Resource usage of the scenario's containers, ahead of kwok's usage-from-annotation.

    kwok takes a container's usage from the first ClusterResourceUsage that
    matches the pod's namespace and has an entry for the container (by name,
    or one without names as the default), so this object decides for the
    scenario namespaces and kwok's own object for every other pod. Like kwok's,
    it reads kwok.x-k8s.io/usage-cpu and kwok.x-k8s.io/usage-memory, and adds:

    - no usage for pods that are not Running (image pull or config errors,
      completed jobs): a kubelet reports no container that does not run, and
      metrics-server drops zero samples, so these pods have no metrics either;
    - image-resizer's memory climbs towards its limit and falls back after
      each OOM kill, on the 11-minute cycle of the pod-oom-kill Stage (first
      kill about 8 s after creation, 4 s after Running);
    - fluent-bit on a node annotated kaji.dev/log-storm-cpu burns that much
      CPU: the one node that runs hot. DaemonSet pods are the only scenario
      pods whose node is fixed, which is why the heat is theirs.
    """
    def annotated(resource, default):
        key = "kwok.x-k8s.io/usage-" + resource
        return (f'("{key}" in pod.metadata.annotations ? Quantity(pod.metadata.annotations["{key}"]) '
                f': Quantity("{default}"))')

    def running(expression):
        return f'pod.status.phase == "Running" ? ({expression}) : Quantity("0")'

    storm = '"kaji.dev/log-storm-cpu"'
    climb = ('("memory" in container.resources.limits ? container.resources.limits["memory"] : Quantity("512Mi"))'
             ' * (0.45 + 0.53 * double((int(pod.SinceSecond()) + 652) % 660) / 660.0)')
    usages = [
        {"containers": ["image-resizer"],
         "usage": {"cpu": {"expression": running(annotated("cpu", "1m"))},
                   "memory": {"expression": running(climb)}}},
        {"containers": ["fluent-bit"],
         "usage": {"cpu": {"expression": running(
                       f'{storm} in node.metadata.annotations ? Quantity(node.metadata.annotations[{storm}]) '
                       f': {annotated("cpu", "1m")}')},
                   "memory": {"expression": running(annotated("memory", "1Mi"))}}},
        {"usage": {"cpu": {"expression": running(annotated("cpu", "1m"))},
                   "memory": {"expression": running(annotated("memory", "1Mi"))}}},
    ]
    return [{"apiVersion": "kwok.x-k8s.io/v1alpha1", "kind": "ClusterResourceUsage",
             "metadata": {"name": "kaji-scenario-usage"},
             "spec": {"selector": {"matchNamespaces": ["shop", "batch", "infra", "kube-system"]},
                      "usages": usages}}]


def main():
    state, kwok_port, demo_port = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    docs = [{
        "apiVersion": "config.kwok.x-k8s.io/v1alpha1",
        "kind": "KwokConfiguration",
        "options": {
            "manageNodesWithAnnotationSelector": "kwok.x-k8s.io/node=fake",
            "nodeIP": "127.0.0.1",
            "nodePort": kwok_port,
            "serverAddress": f"127.0.0.1:{kwok_port}",
            "tlsCertFile": f"{state}/pki/kwok.crt",
            "tlsPrivateKeyFile": f"{state}/pki/kwok.key",
            "cidr": "10.244.0.0/16",
            "nodeLeaseDurationSeconds": 40,
            # The config file gets no defaults, so every worker count is explicit.
            "podPlayStageParallelism": 8,
            "nodePlayStageParallelism": 4,
            "nodeLeaseParallelism": 4,
            "podsOnNodeSyncParallelism": 4,
            "enableDebuggingHandlers": True,
            "enablePodsOnNodeSyncStreamWatch": True,
            "enablePodsOnNodeSyncListPager": False,
        },
    }]
    docs += node_stages(kwok_port) + pod_stages() + logs_and_forwards(state, demo_port) + shells(state) + scenario_usage()
    # JSON is YAML, and sparing a YAML emitter keeps this stdlib-only.
    print("\n---\n".join(json.dumps(d, indent=1) for d in docs))


if __name__ == "__main__":
    main()
