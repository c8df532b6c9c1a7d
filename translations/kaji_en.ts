<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</TS>
