#!/usr/bin/env python3
"""Records the local test cluster's scenario (tests/cluster) as a diagnosis
snapshot fixture: every kind the loader reads, managedFields dropped, Secret
and ConfigMap values replaced by null (only keys are kept, as the loader does),
and the previous logs of crash-looping containers.

Usage: KUBECONFIG=... record-scenario.py > scenario.json
"""
import datetime, json, subprocess, sys

KINDS = ["pods", "events", "services", "endpointslices", "deployments", "replicasets",
         "statefulsets", "daemonsets", "jobs", "cronjobs", "persistentvolumeclaims",
         "persistentvolumes", "storageclasses", "nodes", "secrets", "configmaps",
         "ingresses", "ingressclasses", "horizontalpodautoscalers", "poddisruptionbudgets",
         "csidrivers"]

def kubectl(*args):
    return subprocess.run(["kubectl", *args], check=True, capture_output=True, text=True).stdout

snapshot = {}
for kind in KINDS:
    items = json.loads(kubectl("get", kind, "-A", "-o", "json"))["items"]
    for item in items:
        item.get("metadata", {}).pop("managedFields", None)
        if kind in ("secrets", "configmaps"):
            for field in ("data", "binaryData", "stringData"):
                if field in item:
                    item[field] = {key: None for key in item[field]}
            item["metadata"].get("annotations", {}).pop(
                "kubectl.kubernetes.io/last-applied-configuration", None)
    snapshot[kind] = items

logs = {}
for pod in snapshot["pods"]:
    meta = pod["metadata"]
    for status in pod.get("status", {}).get("containerStatuses", []) + \
            pod.get("status", {}).get("initContainerStatuses", []):
        if "terminated" in status.get("lastState", {}):
            try:
                text = kubectl("logs", "-n", meta["namespace"], meta["name"], "-c", status["name"],
                               "--previous", "--tail=200")
            except subprocess.CalledProcessError:
                continue
            logs["%s/%s/%s/previous" % (meta["namespace"], meta["name"], status["name"])] = text
snapshot["logs"] = logs
# The tests diagnose "as of" this moment, so "recent" means the same forever.
snapshot["recordedAt"] = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
json.dump(snapshot, sys.stdout, indent=1, sort_keys=True)
sys.stdout.write("\n")
