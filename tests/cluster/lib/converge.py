#!/usr/bin/env python3
"""Waits until the scenario shows every state it is meant to show.

Exits 0 once all checks hold, or 1 after the timeout, listing what is
still missing.

Usage: converge.py STATE_DIR TIMEOUT_SECONDS
"""
import sys
import time

from kube import Kube


def pods_of(pods, ns, app):
    return [p for p in pods if p["metadata"]["namespace"] == ns
            and p["metadata"].get("labels", {}).get("app.kubernetes.io/name") == app
            and not p["metadata"].get("deletionTimestamp")]


def first_status(pod):
    statuses = pod.get("status", {}).get("containerStatuses") or [{}]
    return statuses[0]


def checks(k):
    pods = k.items("/api/v1/pods")
    nodes = k.items("/api/v1/nodes")
    deploys = {(d["metadata"]["namespace"], d["metadata"]["name"]): d for d in k.items("/apis/apps/v1/deployments")}
    jobs = {j["metadata"]["name"]: j for j in k.items("/apis/batch/v1/namespaces/batch/jobs")}
    pvcs = {p["metadata"]["name"]: p for p in k.items("/api/v1/namespaces/infra/persistentvolumeclaims")}
    sts = k.get("/apis/apps/v1/namespaces/infra/statefulsets/postgres")
    ds = k.get("/apis/apps/v1/namespaces/infra/daemonsets/fluent-bit")
    reasons = {e["reason"] for e in k.items("/api/v1/namespaces/shop/events")}

    def waiting(app, reason):
        return any(first_status(p).get("state", {}).get("waiting", {}).get("reason") == reason
                   for p in pods_of(pods, "shop", app))

    def available(ns, name):
        d = deploys.get((ns, name), {})
        return d.get("status", {}).get("availableReplicas", 0) == d.get("spec", {}).get("replicas", -1)

    def job_condition(name, ctype):
        return any(c["type"] == ctype and c["status"] == "True"
                   for c in jobs.get(name, {}).get("status", {}).get("conditions", []))

    ready_nodes = [n for n in nodes if any(c["type"] == "Ready" and c["status"] == "True"
                                           for c in n.get("status", {}).get("conditions", []))]
    resizer = pods_of(pods, "shop", "image-resizer")
    inventory = pods_of(pods, "shop", "inventory")
    recommender = pods_of(pods, "shop", "recommender")
    return {
        "all nodes Ready": len(nodes) >= 4 and len(ready_nodes) == len(nodes),
        "storefront available (3/3)": available("shop", "storefront"),
        "coredns available": available("kube-system", "coredns"),
        "orders-api in CrashLoopBackOff": waiting("orders-api", "CrashLoopBackOff"),
        "payments in ImagePullBackOff": waiting("payments", "ImagePullBackOff"),
        "checkout in CreateContainerConfigError": waiting("checkout", "CreateContainerConfigError"),
        "inventory running, not ready": any(p["status"].get("phase") == "Running" and not first_status(p).get("ready")
                                            for p in inventory),
        "inventory readiness probe failing (Unhealthy event)": "Unhealthy" in reasons,
        "recommender unschedulable (FailedScheduling event)": bool(recommender) and "FailedScheduling" in reasons,
        "image-resizer restarted after OOMKilled": any(
            first_status(p).get("lastState", {}).get("terminated", {}).get("reason") == "OOMKilled"
            and "running" in first_status(p).get("state", {}) for p in resizer),
        "nightly-export Complete": job_condition("nightly-export", "Complete"),
        "db-backup Failed": job_condition("db-backup", "Failed"),
        "postgres 2/2 ready": sts.get("status", {}).get("readyReplicas", 0) == 2,
        "postgres claims Bound": all(pvcs.get(f"data-postgres-{i}", {}).get("status", {}).get("phase") == "Bound"
                                     for i in (0, 1)),
        "grafana-data Pending": pvcs.get("grafana-data", {}).get("status", {}).get("phase") == "Pending",
        "fluent-bit on every node": ds.get("status", {}).get("numberReady", 0) == len(nodes) > 0,
    }


def main():
    k = Kube(sys.argv[1])
    deadline = time.monotonic() + float(sys.argv[2])
    while True:
        try:
            missing = [name for name, ok in checks(k).items() if not ok]
        except Exception as e:  # a restarting apiserver or a not-yet-created object
            missing = [f"cannot read the cluster yet: {e}"]
        if not missing:
            return 0
        if time.monotonic() > deadline:
            print("scenario did not converge; still missing:", file=sys.stderr)
            for name in missing:
                print(f"  - {name}", file=sys.stderr)
            return 1
        time.sleep(1)


if __name__ == "__main__":
    sys.exit(main())
