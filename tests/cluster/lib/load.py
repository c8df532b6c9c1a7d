#!/usr/bin/env python3
"""Bulk load for the local cluster: many pods at once, or steady churn.

  load.py STATE_DIR scale N [NAMESPACES] [--schedule]  create N extra pods (default 10 namespaces)
  load.py STATE_DIR churn RATE DURATION                 RATE pod updates/deletes/creates per second

Load pods live in namespaces load-01.., carry the label kaji.dev/load=true
and run on extra fake nodes (kaji-scale-NNN, 200 pods each) that this script
adds as needed; the nodes are tainted so the scenario's pods stay as they are.
Pods are bound to those nodes at creation (spec.nodeName), which halves the
API writes per pod; --schedule leaves the binding to kube-scheduler instead.
kwok moves them straight to Running (kaji.dev/simulate=fast).
"""
import argparse
import concurrent.futures as cf
import math
import random
import sys
import threading
import time

from kube import ApiError, Kube

PODS_PER_NODE = 200
WORKERS = 16
LOAD_LABEL = "kaji.dev/load"


def namespace_names(count):
    return [f"load-{i:02d}" for i in range(1, count + 1)]


def ensure_namespaces(k, names):
    for ns in names:
        try:
            k.request("POST", "/api/v1/namespaces",
                      {"metadata": {"name": ns, "labels": {LOAD_LABEL: "true"}}})
        except ApiError as e:
            if e.status != 409:
                raise
    # The ServiceAccount admission refuses pods until the default account exists.
    deadline = time.monotonic() + 60
    for ns in names:
        while True:
            try:
                k.get(f"/api/v1/namespaces/{ns}/serviceaccounts/default")
                break
            except ApiError as e:
                if e.status != 404 or time.monotonic() > deadline:
                    raise
                time.sleep(0.2)


def scale_node(i):
    name = f"kaji-scale-{i:03d}"
    cidr = f"10.{245 + i // 256}.{i % 256}.0/24"
    size = {"cpu": "16", "memory": "64Gi", "pods": str(PODS_PER_NODE + 50), "ephemeral-storage": "200Gi"}
    return {
        "metadata": {
            "name": name,
            "labels": {"kubernetes.io/hostname": name, "kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64",
                       "node.kubernetes.io/instance-type": "m6i.4xlarge", "kaji.dev/pool": "scale",
                       "topology.kubernetes.io/region": "eu-central-1",
                       "topology.kubernetes.io/zone": "eu-central-1" + "abc"[i % 3]},
            "annotations": {"kwok.x-k8s.io/node": "fake", "node.alpha.kubernetes.io/ttl": "0"},
        },
        # Tainted so that scenario pods (the 12-CPU recommender) stay where they are.
        "spec": {"podCIDR": cidr, "podCIDRs": [cidr],
                 "taints": [{"key": "kaji.dev/pool", "value": "scale", "effect": "NoSchedule"}]},
        "status": {"capacity": size, "allocatable": size,
                   "addresses": [{"type": "InternalIP", "address": "127.0.0.1"},
                                 {"type": "Hostname", "address": name}]},
    }


def free_slots(k, nodes):
    """Node names, one per free load-pod slot, interleaved across the nodes;
    counts what earlier runs put there."""
    room = {}
    for i in range(1, nodes + 1):
        name = f"kaji-scale-{i:03d}"
        used = k.metadata_list(f"/api/v1/pods?labelSelector={LOAD_LABEL}%3Dtrue"
                               f"&fieldSelector=spec.nodeName%3D{name}").get("items") or []
        room[name] = max(0, PODS_PER_NODE - len(used))
    slots = []
    while any(room.values()):
        for name, free in room.items():
            if free:
                slots.append(name)
                room[name] = free - 1
    return slots


def ensure_scale_nodes(k, pods_wanted):
    existing = {n["metadata"]["name"] for n in k.items("/api/v1/nodes?labelSelector=kaji.dev/pool%3Dscale")}
    needed = math.ceil(pods_wanted / PODS_PER_NODE)
    for i in range(1, needed + 1):
        node = scale_node(i)
        if node["metadata"]["name"] not in existing:
            k.request("POST", "/api/v1/nodes", node)
    return needed


def load_pod(ns, node=None):
    """A load pod, bound to `node` directly or left to kube-scheduler."""
    pod = {
        "metadata": {"generateName": "load-", "namespace": ns,
                     "labels": {"app.kubernetes.io/name": "load", LOAD_LABEL: "true"},
                     "annotations": {"kaji.dev/simulate": "fast"}},
        "spec": {
            "nodeSelector": {"kaji.dev/pool": "scale"},
            "tolerations": [{"key": "kaji.dev/pool", "operator": "Equal", "value": "scale", "effect": "NoSchedule"}],
            "containers": [{"name": "app", "image": "registry.k8s.io/pause:3.10"}],
            "terminationGracePeriodSeconds": 0,
        },
    }
    if node:
        pod["spec"]["nodeName"] = node
    return pod


def count_load_pods(k, field_selector=""):
    """Counts load pods page by page, asking only for metadata."""
    total, token = 0, ""
    while True:
        path = f"/api/v1/pods?labelSelector={LOAD_LABEL}%3Dtrue&limit=5000{field_selector}"
        if token:
            path += f"&continue={token}"
        page = k.metadata_list(path)
        total += len(page.get("items") or [])
        token = page["metadata"].get("continue", "")
        if not token:
            return total


def scale(k, n, namespace_count, use_scheduler):
    namespaces = namespace_names(namespace_count)
    t0 = time.monotonic()
    ensure_namespaces(k, namespaces)
    existing = count_load_pods(k)
    nodes = ensure_scale_nodes(k, existing + n)
    t1 = time.monotonic()
    errors = []
    with cf.ThreadPoolExecutor(WORKERS) as pool:
        slots = [] if use_scheduler else free_slots(k, nodes)
        futures = []
        for i in range(n):
            ns = namespaces[i % len(namespaces)]
            node = slots[i] if i < len(slots) else None
            futures.append(pool.submit(k.request, "POST", f"/api/v1/namespaces/{ns}/pods", load_pod(ns, node)))
        for f in cf.as_completed(futures):
            if f.exception():
                errors.append(f.exception())
    t2 = time.monotonic()
    print(f"created {n - len(errors)} pods in {t2 - t1:.1f} s ({(n - len(errors)) / (t2 - t1):.0f}/s) "
          f"across {len(namespaces)} namespaces on {nodes} scale nodes", flush=True)
    if errors:
        print(f"{len(errors)} creations failed, first: {errors[0]}", file=sys.stderr)
        return 1
    # Then until the scheduler bound them and kwok reported them Running.
    while True:
        pending = count_load_pods(k, "&fieldSelector=status.phase!%3DRunning")
        if pending == 0:
            break
        if time.monotonic() - t2 > 600:
            print(f"{pending} load pods still not Running after 600 s", file=sys.stderr)
            return 1
        time.sleep(1)
    t3 = time.monotonic()
    print(f"all {existing + n} load pods Running {t3 - t1:.1f} s after the first create "
          f"(setup {t1 - t0:.1f} s)", flush=True)
    return 0


def churn(k, rate, duration):
    """Updates, deletes and creates load pods at RATE operations per second."""
    namespaces = namespace_names(2)
    ensure_namespaces(k, namespaces)
    pods = [(p["metadata"]["namespace"], p["metadata"]["name"])
            for p in k.metadata_list(f"/api/v1/pods?labelSelector={LOAD_LABEL}%3Dtrue").get("items") or []
            if not p["metadata"].get("deletionTimestamp")]
    nodes = ensure_scale_nodes(k, len(pods) + 200)
    lock = threading.Lock()
    done = {"update": 0, "delete": 0, "create": 0, "error": 0}
    rnd = random.Random()

    def one():
        with lock:
            op = rnd.choice(("update", "update", "delete", "create")) if pods else "create"
            target = pods.pop(rnd.randrange(len(pods))) if op in ("update", "delete") else None
        try:
            if op == "update":
                ns, name = target
                patch = {"metadata": {"annotations": {"kaji.dev/churn": str(time.time_ns())}}}
                k.request("PATCH", f"/api/v1/namespaces/{ns}/pods/{name}", patch, "application/merge-patch+json")
                target_back = target
            elif op == "delete":
                ns, name = target
                k.request("DELETE", f"/api/v1/namespaces/{ns}/pods/{name}")
                target_back = None
            else:
                ns = rnd.choice(namespaces)
                node = f"kaji-scale-{rnd.randint(1, nodes):03d}"
                created = k.request("POST", f"/api/v1/namespaces/{ns}/pods", load_pod(ns, node))
                target_back = (ns, created["metadata"]["name"])
            with lock:
                done[op] += 1
                if target_back:
                    pods.append(target_back)
        except ApiError:
            with lock:
                done["error"] += 1

    # Paced by the clock, not by completions, and never more than a small
    # backlog ahead of the server: a server slower than RATE shows as a lower
    # rate reached, not as a churn that runs on long after DURATION.
    start = time.monotonic()
    count = int(rate * duration)
    backlog = threading.BoundedSemaphore(WORKERS * 2)
    skipped = 0

    def paced():
        try:
            one()
        finally:
            backlog.release()

    with cf.ThreadPoolExecutor(WORKERS) as pool:
        for i in range(count):
            delay = start + i / rate - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            if not backlog.acquire(blocking=False):
                skipped += 1
                continue
            pool.submit(paced)
    took = time.monotonic() - start
    total = sum(done.values()) - done["error"]
    print(f"churn: {total} operations in {took:.1f} s ({total / took:.0f}/s of {rate}/s asked): "
          f"{done['update']} updates, {done['delete']} deletes, {done['create']} creates, {done['error']} errors, "
          f"{skipped} not sent while the server lagged", flush=True)
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("state_dir")
    sub = parser.add_subparsers(dest="cmd", required=True)
    sp = sub.add_parser("scale")
    sp.add_argument("n", type=int)
    sp.add_argument("namespaces", type=int, nargs="?", default=10)
    sp.add_argument("--schedule", action="store_true",
                    help="let kube-scheduler bind the pods (about 1.6x slower than binding them directly)")
    cp = sub.add_parser("churn")
    cp.add_argument("rate", type=float)
    cp.add_argument("duration", type=float)
    args = parser.parse_args()
    k = Kube(args.state_dir)
    if args.cmd == "scale":
        return scale(k, args.n, args.namespaces, args.schedule)
    return churn(k, args.rate, args.duration)


if __name__ == "__main__":
    sys.exit(main())
