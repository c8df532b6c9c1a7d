<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApplyReport</name>
    <message numerus="yes">
        <source>kaji: %1: %2: %n field(s) belong to another field manager:</source>
        <translation>
            <numerusform>kaji: %1: %2: %n field belongs to another field manager:</numerusform>
            <numerusform>kaji: %1: %2: %n fields belong to another field manager:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiagnoseCommand</name>
    <message numerus="yes">
        <source>%n finding(s): </source>
        <translation>
            <numerusform>%n finding: </numerusform>
            <numerusform>%n findings: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::App::Application</name>
    <message numerus="yes">
        <source> (namespace %1 only: you may not list pods in all namespaces)</source>
        <translation>
            <numerusform> (namespace %1 only: you may not list pods in all namespaces)</numerusform>
            <numerusform> (namespaces %1 only: you may not list pods in all namespaces)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::App::EditController</name>
    <message numerus="yes">
        <source>You have %n unsaved edit(s) in %1 from an earlier session:</source>
        <translation>
            <numerusform>You have %n unsaved edit in %1 from an earlier session:</numerusform>
            <numerusform>You have %n unsaved edits in %1 from an earlier session:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::App::KindPanes</name>
    <message numerus="yes">
        <source>Showing namespace %1 only: you may not list this kind in all namespaces.</source>
        <translation>
            <numerusform>Showing namespace %1 only: you may not list this kind in all namespaces.</numerusform>
            <numerusform>Showing namespaces %1 only: you may not list this kind in all namespaces.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::App::KubeconfigController</name>
    <message numerus="yes">
        <source>Skipped %n entries whose names were taken.</source>
        <translation>
            <numerusform>Skipped %n entry whose name was taken.</numerusform>
            <numerusform>Skipped %n entries whose names were taken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Models::ApplyResultModel</name>
    <message numerus="yes">
        <source>failed: %n field(s) owned by another manager</source>
        <translation>
            <numerusform>failed: %n field owned by another manager</numerusform>
            <numerusform>failed: %n fields owned by another manager</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Models::ArchitectureGraph</name>
    <message numerus="yes">
        <source>readyz: %n check(s) passed</source>
        <translation>
            <numerusform>readyz: %n check passed</numerusform>
            <numerusform>readyz: %n checks passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n leader change(s)</source>
        <translation>
            <numerusform>%n leader change</numerusform>
            <numerusform>%n leader changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Models::AwsCli</name>
    <message numerus="yes">
        <source>The aws CLI did not finish within %n second(s) and was stopped. Check your network and that the profile does not wait for a sign-in (for SSO profiles run &quot;aws sso login&quot; first).</source>
        <translation>
            <numerusform>The aws CLI did not finish within %n second and was stopped. Check your network and that the profile does not wait for a sign-in (for SSO profiles run &quot;aws sso login&quot; first).</numerusform>
            <numerusform>The aws CLI did not finish within %n seconds and was stopped. Check your network and that the profile does not wait for a sign-in (for SSO profiles run &quot;aws sso login&quot; first).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Models::ContainerStateRules</name>
    <message numerus="yes">
        <source>The container&apos;s memory use reached its limit of %1 and the kernel&apos;s OOM killer ended it (exit code 137); the kubelet restarted it (%n restart(s) so far). Unless the memory use is a leak, the limit is too low for the work it does.</source>
        <translation>
            <numerusform>The container&apos;s memory use reached its limit of %1 and the kernel&apos;s OOM killer ended it (exit code 137); the kubelet restarted it (%n restart so far). Unless the memory use is a leak, the limit is too low for the work it does.</numerusform>
            <numerusform>The container&apos;s memory use reached its limit of %1 and the kernel&apos;s OOM killer ended it (exit code 137); the kubelet restarted it (%n restarts so far). Unless the memory use is a leak, the limit is too low for the work it does.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Models::CrashLoopRules</name>
    <message numerus="yes">
        <source>Last state: Terminated (%1), exit code %2, finished %3; %n restart(s)</source>
        <translation>
            <numerusform>Last state: Terminated (%1), exit code %2, finished %3; %n restart</numerusform>
            <numerusform>Last state: Terminated (%1), exit code %2, finished %3; %n restarts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The application exits because %1 refused its connection, although Service %2/%3 has %n ready endpoint(s): check the port the application uses against the Service&apos;s ports.</source>
        <translation>
            <numerusform>The application exits because %1 refused its connection, although Service %2/%3 has %n ready endpoint: check the port the application uses against the Service&apos;s ports.</numerusform>
            <numerusform>The application exits because %1 refused its connection, although Service %2/%3 has %n ready endpoints: check the port the application uses against the Service&apos;s ports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Service %1/%2: %n ready endpoint(s)</source>
        <translation>
            <numerusform>Service %1/%2: %n ready endpoint</numerusform>
            <numerusform>Service %1/%2: %n ready endpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Models::Diagram</name>
    <message numerus="yes">
        <source>(%n restarts)</source>
        <translation>
            <numerusform>(%n restart)</numerusform>
            <numerusform>(%n restarts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Models::FindingBadges</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Models::NetworkGraph</name>
    <message numerus="yes">
        <source>%n endpoint(s), %1 ready</source>
        <translation>
            <numerusform>%n endpoint, %1 ready</numerusform>
            <numerusform>%n endpoints, %1 ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready endpoint(s)</source>
        <translation>
            <numerusform>%n ready endpoint</numerusform>
            <numerusform>%n ready endpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) match its selector, but none is ready</source>
        <translation>
            <numerusform>%n pod matches its selector, but it is not ready</numerusform>
            <numerusform>%n pods match its selector, but none is ready</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Models::PodFan</name>
    <message numerus="yes">
        <source>%n ready</source>
        <translation>
            <numerusform>%n ready</numerusform>
            <numerusform>%n ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n completed</numerusform>
            <numerusform>%n completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starting</source>
        <translation>
            <numerusform>%n starting</numerusform>
            <numerusform>%n starting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not ready</source>
        <translation>
            <numerusform>%n not ready</numerusform>
            <numerusform>%n not ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n crash-looping</source>
        <translation>
            <numerusform>%n crash-looping</numerusform>
            <numerusform>%n crash-looping</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n failing</numerusform>
            <numerusform>%n failing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n terminating</source>
        <translation>
            <numerusform>%n terminating</numerusform>
            <numerusform>%n terminating</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pods: %1</source>
        <translation>
            <numerusform>%n pod: %1</numerusform>
            <numerusform>%n pods: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Models::SchedulingRules</name>
    <message numerus="yes">
        <source>Pod cannot be scheduled: not enough CPU on %n node(s)</source>
        <translation>
            <numerusform>Pod cannot be scheduled: not enough CPU on %n node</numerusform>
            <numerusform>Pod cannot be scheduled: not enough CPU on %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pod cannot be scheduled: not enough memory on %n node(s)</source>
        <translation>
            <numerusform>Pod cannot be scheduled: not enough memory on %n node</numerusform>
            <numerusform>Pod cannot be scheduled: not enough memory on %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other node(s) have taints the pod does not tolerate.</source>
        <translation>
            <numerusform>%n other node has taints the pod does not tolerate.</numerusform>
            <numerusform>%n other nodes have taints the pod does not tolerate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pod cannot be scheduled: %n node(s) have taints it does not tolerate</source>
        <translation>
            <numerusform>Pod cannot be scheduled: %n node has taints it does not tolerate</numerusform>
            <numerusform>Pod cannot be scheduled: %n nodes have taints it does not tolerate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pod&apos;s node affinity excludes %n node(s); no node satisfies it.</source>
        <translation>
            <numerusform>The pod&apos;s node affinity excludes %n node; no node satisfies it.</numerusform>
            <numerusform>The pod&apos;s node affinity excludes %n nodes; no node satisfies it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pod&apos;s nodeSelector %1 matches %n node(s) of the cluster.</source>
        <translation>
            <numerusform>The pod&apos;s nodeSelector %1 matches %n node of the cluster.</numerusform>
            <numerusform>The pod&apos;s nodeSelector %1 matches %n nodes of the cluster.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Models::ServicePodFan</name>
    <message numerus="yes">
        <source>%n ready</source>
        <translation>
            <numerusform>%n ready</numerusform>
            <numerusform>%n ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starting</source>
        <translation>
            <numerusform>%n starting</numerusform>
            <numerusform>%n starting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not ready</source>
        <translation>
            <numerusform>%n not ready</numerusform>
            <numerusform>%n not ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n crash-looping</source>
        <translation>
            <numerusform>%n crash-looping</numerusform>
            <numerusform>%n crash-looping</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing to pull images</source>
        <translation>
            <numerusform>%n failing to pull images</numerusform>
            <numerusform>%n failing to pull images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n failing</numerusform>
            <numerusform>%n failing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>%n completed</numerusform>
            <numerusform>%n completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden</source>
        <translation>
            <numerusform>%n hidden</numerusform>
            <numerusform>%n hidden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s): %1</source>
        <translation>
            <numerusform>%n pod: %1</numerusform>
            <numerusform>%n pods: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s)</source>
        <translation>
            <numerusform>%n pod</numerusform>
            <numerusform>%n pods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without endpoint</source>
        <translation>
            <numerusform>%n without endpoint</numerusform>
            <numerusform>%n without endpoint</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Models::ServiceRules</name>
    <message numerus="yes">
        <source>Service %1 has no ready endpoints: %n matching pod(s) are not ready</source>
        <translation>
            <numerusform>Service %1 has no ready endpoints: %n matching pod is not ready</numerusform>
            <numerusform>Service %1 has no ready endpoints: %n matching pods are not ready</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Models::ServiceSelector</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Near miss: %n pod(s) with %1 instead of %2: %3</source>
        <translation>
            <numerusform>Near miss: %n pod with %1 instead of %2: %3</numerusform>
            <numerusform>Near miss: %n pods with %1 instead of %2: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected pod(s) declare no container port named %1 (%2) and get no traffic on port %3: %4</source>
        <translation>
            <numerusform>%n selected pod declares no container port named %1 (%2) and gets no traffic on port %3: %4</numerusform>
            <numerusform>%n selected pods declare no container port named %1 (%2) and get no traffic on port %3: %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Models::StorageGraph</name>
    <message numerus="yes">
        <source>%n kept after scaling down</source>
        <translation>
            <numerusform>%n kept after scaling down</numerusform>
            <numerusform>%n kept after scaling down</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Models::StorageRules</name>
    <message numerus="yes">
        <source>StorageClass %1 provisions nothing; volumes must be created by hand. %n Available PersistentVolume(s) of this class exist, none with room for %2 and the claim&apos;s access modes.</source>
        <translation>
            <numerusform>StorageClass %1 provisions nothing; volumes must be created by hand. %n Available PersistentVolume of this class exists, none with room for %2 and the claim&apos;s access modes.</numerusform>
            <numerusform>StorageClass %1 provisions nothing; volumes must be created by hand. %n Available PersistentVolumes of this class exist, none with room for %2 and the claim&apos;s access modes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Models::UsageRules</name>
    <message numerus="yes">
        <source>Memory of container %1 climbs toward its limit: %2% of %3, reached in about %n minute(s)</source>
        <translation>
            <numerusform>Memory of container %1 climbs toward its limit: %2% of %3, reached in about %n minute</numerusform>
            <numerusform>Memory of container %1 climbs toward its limit: %2% of %3, reached in about %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It grew from %1 to %2 in %n second(s).</source>
        <translation>
            <numerusform>It grew from %1 to %2 in %n second.</numerusform>
            <numerusform>It grew from %1 to %2 in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Models::WorkloadNodes</name>
    <message numerus="yes">
        <source>%n old ReplicaSets</source>
        <translation>
            <numerusform>%n old ReplicaSet</numerusform>
            <numerusform>%n old ReplicaSets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n nodes</source>
        <translation>
            <numerusform>on %n node</numerusform>
            <numerusform>on %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n misscheduled</source>
        <translation>
            <numerusform>%n misscheduled</numerusform>
            <numerusform>%n misscheduled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>%n succeeded</numerusform>
            <numerusform>%n succeeded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n failed attempts</source>
        <translation>
            <numerusform>Gave up after %n failed attempt</numerusform>
            <numerusform>Gave up after %n failed attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempts, retrying</source>
        <translation>
            <numerusform>%n failed attempt, retrying</numerusform>
            <numerusform>%n failed attempts, retrying</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n active</numerusform>
            <numerusform>%n active</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::ApplyWindow</name>
    <message numerus="yes">
        <source>Taking over the fields of %n document(s)…</source>
        <translation>
            <numerusform>Taking over the fields of %n document…</numerusform>
            <numerusform>Taking over the fields of %n documents…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying %n document(s)…</source>
        <translation>
            <numerusform>Applying %n document…</numerusform>
            <numerusform>Applying %n documents…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n document(s) would be refused.</source>
        <translation>
            <numerusform>Dry run: %n document would be refused.</numerusform>
            <numerusform>Dry run: %n documents would be refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not applied; your text is kept.</source>
        <translation>
            <numerusform>%n document not applied; your text is kept.</numerusform>
            <numerusform>%n documents not applied; your text is kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n warning(s), marked in the text.</source>
        <translation>
            <numerusform>The server sent %n warning, marked in the text.</numerusform>
            <numerusform>The server sent %n warnings, marked in the text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::CapacityChart</name>
    <message numerus="yes">
        <source>%n cores</source>
        <translation>
            <numerusform>%n core</numerusform>
            <numerusform>%n cores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::DiagramNodeItem</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::EditorSearchBar</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) left unchanged: %1</source>
        <translation>
            <numerusform>%n match left unchanged: %1</numerusform>
            <numerusform>%n matches left unchanged: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::EditorWindow</name>
    <message numerus="yes">
        <source>Saved: %n field(s) changed.</source>
        <translation>
            <numerusform>Saved: %n field changed.</numerusform>
            <numerusform>Saved: %n fields changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::EksClusterPage</name>
    <message numerus="yes">
        <source>%n cluster(s) in %1. Choose one.</source>
        <translation>
            <numerusform>%n cluster in %1. Choose it.</numerusform>
            <numerusform>%n clusters in %1. Choose one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::EmptyStateOverlay</name>
    <message numerus="yes">
        <source>The filter hides %Ln object(s).</source>
        <translation>
            <numerusform>The filter hides %Ln object.</numerusform>
            <numerusform>The filter hides %Ln objects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The filter and the namespaces chosen (%1) hide %Ln object(s).</source>
        <translation>
            <numerusform>The filter and the namespaces chosen (%1) hide %Ln object.</numerusform>
            <numerusform>The filter and the namespaces chosen (%1) hide %Ln objects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) are in other namespaces. Choose namespaces with Ctrl+Shift+N.</source>
        <translation>
            <numerusform>%Ln object is in another namespace. Choose namespaces with Ctrl+Shift+N.</numerusform>
            <numerusform>%Ln objects are in other namespaces. Choose namespaces with Ctrl+Shift+N.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::MainWindow</name>
    <message numerus="yes">
        <source>%n context(s) from %1</source>
        <translation>
            <numerusform>%n context from %1</numerusform>
            <numerusform>%n contexts from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kubeconfig file(s)</source>
        <translation>
            <numerusform>%n kubeconfig file</numerusform>
            <numerusform>%n kubeconfig files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::ManifestEditor</name>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::NamespacePicker</name>
    <message numerus="yes">
        <source>Namespaces: %n selected</source>
        <translation>
            <numerusform>Namespaces: %n selected</numerusform>
            <numerusform>Namespaces: %n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::OverviewPage</name>
    <message numerus="yes">
        <source>, %n cordoned</source>
        <translation>
            <numerusform>, %n cordoned</numerusform>
            <numerusform>, %n cordoned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complete</source>
        <translation>
            <numerusform>%n complete</numerusform>
            <numerusform>%n complete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n healthy</source>
        <translation>
            <numerusform>%n healthy</numerusform>
            <numerusform>%n healthy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rolling out</source>
        <translation>
            <numerusform>%n rolling out</numerusform>
            <numerusform>%n rolling out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n failing</numerusform>
            <numerusform>%n failing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::PodAnatomyText</name>
    <message numerus="yes">
        <source>Init containers, in order (%n)</source>
        <translation>
            <numerusform>Init containers, in order (%n)</numerusform>
            <numerusform>Init containers, in order (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sidecars (%n)</source>
        <translation>
            <numerusform>Sidecars (%n)</numerusform>
            <numerusform>Sidecars (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Containers (%n)</source>
        <translation>
            <numerusform>Containers (%n)</numerusform>
            <numerusform>Containers (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Volumes (%n)</source>
        <translation>
            <numerusform>Volumes (%n)</numerusform>
            <numerusform>Volumes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restarts</source>
        <translation>
            <numerusform>%n restart</numerusform>
            <numerusform>%n restarts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Token %1 expires after %n seconds</source>
        <translation>
            <numerusform>Token %1 expires after %n second</numerusform>
            <numerusform>Token %1 expires after %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::PodsPane</name>
    <message numerus="yes">
        <source>%Ln pod(s)</source>
        <translation>
            <numerusform>%Ln pod</numerusform>
            <numerusform>%Ln pods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln pod(s)</source>
        <translation>
            <numerusform>%1 of %Ln pod</numerusform>
            <numerusform>%1 of %Ln pods</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::ProblemsView</name>
    <message numerus="yes">
        <source>%n problem(s): %1 critical, %2 errors, %3 warnings, %4 info</source>
        <translation>
            <numerusform>%n problem: %1 critical, %2 errors, %3 warnings, %4 info</numerusform>
            <numerusform>%n problems: %1 critical, %2 errors, %3 warnings, %4 info</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::ResourcePane</name>
    <message numerus="yes">
        <source>%Ln object(s)</source>
        <translation>
            <numerusform>%Ln object</numerusform>
            <numerusform>%Ln objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln object(s)</source>
        <translation>
            <numerusform>%1 of %Ln object</numerusform>
            <numerusform>%1 of %Ln objects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::UsageView</name>
    <message numerus="yes">
        <source>%1: %n reading(s) since Kaji connected; gaps are readings without a sample.</source>
        <translation>
            <numerusform>%1: %n reading since Kaji connected; gaps are readings without a sample.</numerusform>
            <numerusform>%1: %n readings since Kaji connected; gaps are readings without a sample.</numerusform>
        </translation>
    </message>
</context>
</TS>
