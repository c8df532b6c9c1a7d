<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>ApplyCommand</name>
    <message>
        <source>kaji apply: %1</source>
        <translation>kaji apply: %1</translation>
    </message>
    <message>
        <source>Run 'kaji --help' for usage.</source>
        <translation>使い方は 'kaji --help' を実行してください。</translation>
    </message>
    <message>
        <source>kaji: no objects passed to apply</source>
        <translation>kaji: 適用するオブジェクトがありません</translation>
    </message>
</context>
<context>
    <name>ApplyReport</name>
    <message numerus="yes">
        <source>kaji: %1: %2: %n field(s) belong to another field manager:</source>
        <translation>
            <numerusform>kaji: %1: %2: %n 個のフィールドは別のフィールドマネージャーが管理しています:</numerusform>
        </translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>MANAGER</source>
        <translation>マネージャー</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Apply with --force-conflicts to take them over, or leave them out of the file to keep their managers' values.</source>
        <translation>引き継ぐには --force-conflicts を付けて適用してください。各マネージャーの値を残すには、それらのフィールドをファイルから外してください。</translation>
    </message>
    <message>
        <source>kaji: cannot reach %1: %2</source>
        <translation>kaji: %1 に接続できません: %2</translation>
    </message>
    <message>
        <source>kaji: %1: %2: %3</source>
        <translation>kaji: %1: %2: %3</translation>
    </message>
    <message>
        <source>Error from server: %1</source>
        <translation>サーバーからのエラー: %1</translation>
    </message>
    <message>
        <source>Error from server (%1): %2</source>
        <translation>サーバーからのエラー (%1): %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ApplySession</name>
    <message>
        <source>kaji: cannot reach %1: %2</source>
        <translation>kaji: %1 に接続できません: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown command "%1"</source>
        <translation>不明なコマンド "%1"</translation>
    </message>
    <message>
        <source>kaji: %1</source>
        <translation>kaji: %1</translation>
    </message>
    <message>
        <source>Run 'kaji --help' for usage.</source>
        <translation>使い方は 'kaji --help' を実行してください。</translation>
    </message>
    <message>
        <source>contexts: unexpected argument "%1"</source>
        <translation>contexts: 想定外の引数 "%1"</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>警告: %1: %2</translation>
    </message>
    <message>
        <source>Usage: kaji [COMMAND] [OPTIONS]

Kaji is a desktop dashboard for Kubernetes clusters. Without a command it
opens its window; with one it runs in the terminal.

Commands:
  apply -f FILE|- [-n NS] [--context C] [--dry-run=server] [--force-conflicts]
                      Server-side apply of manifests as field manager kaji:
                      namespaces and CRDs first, conflicts listed by field
  attach POD|TYPE/NAME [-n NS] [--context C] [-c CONTAINER] [-i] [-t]
                      Attach to the main process of a running container
  contexts [-o name]  List the contexts of your kubeconfig files
  diagnose [-n NS | -A] [--context C] [TYPE/NAME] [-o text|json]
                      Explain failing objects with evidence and next steps
                      (exit code 0 also when problems are found)
  diagram architecture|workloads|storage|network [-n NS | -A] [--context C]
          -o FILE.svg|FILE.png|dot|json
                      Draw the live cluster as the window does, or print
                      the graph (nodes, edges, states, reasons)
  diff -f FILE|- [-n NS] [--context C]
                      What apply would change, as a unified diff (exit
                      code 0: none, 1: differences, 2: an error)
  exec POD|TYPE/NAME [-n NS] [--context C] [-c CONTAINER] [-i] [-t] -- COMMAND [ARG...]
                      Run a command in a container as kubectl exec does:
                      stdin with -i, a terminal with -t, its exit code as kaji's
  get KIND [-n NS | -A] [--context C] [-o wide|name|json|yaml] [--watch]
                      List any kind (custom resources too) with the
                      columns kubectl prints, or the objects as JSON/YAML
  logs POD|TYPE/NAME [-n NS] [--context C] [-c CONTAINER | --all-containers]
       [-f] [-p] [--timestamps] [--since 5m | --since-time T] [--tail N]
       [--limit-bytes N] [--prefix]
                      Print a container's log as kubectl logs does
  port-forward [--context C] [-n NS] [--address ADDR] TYPE/NAME [LOCAL]:REMOTE ...
                      Forward local ports to a pod, deployment, statefulset,
                      replicaset or service until Ctrl+C; follows the
                      workload to a new pod when its pod goes away
  top nodes|pods [-n NS | -A] [--containers] [--sort-by cpu|memory] [--context C]
                      CPU and memory usage from metrics.k8s.io as kubectl
                      top prints it, or why there is none
  version             Print the version

Options:
  -h, --help          Show this help
  -v, --version       Print the version

Kaji reads the kubeconfig files named by KUBECONFIG, or ~/.kube/config.
</source>
        <translation>使い方: kaji [コマンド] [オプション]

Kaji は Kubernetes クラスタのためのデスクトップダッシュボードです。コマンドなしで
起動するとウィンドウを開き、コマンドを付けるとターミナルで動作します。

コマンド:
  apply -f FILE|- [-n NS] [--context C] [--dry-run=server] [--force-conflicts]
                      マニフェストをフィールドマネージャー kaji としてサーバーサイド適用:
                      Namespace と CRD を先に、競合はフィールドごとに一覧表示
  attach POD|TYPE/NAME [-n NS] [--context C] [-c CONTAINER] [-i] [-t]
                      実行中のコンテナのメインプロセスにアタッチ
  contexts [-o name]  kubeconfig ファイルのコンテキストを一覧表示
  diagnose [-n NS | -A] [--context C] [TYPE/NAME] [-o text|json]
                      失敗しているオブジェクトを証拠と次の手順付きで説明
                      (問題が見つかった場合も終了コードは 0)
  diagram architecture|workloads|storage|network [-n NS | -A] [--context C]
          -o FILE.svg|FILE.png|dot|json
                      ウィンドウと同じ図をライブのクラスターから描画、または
                      グラフ (ノード、エッジ、状態、理由) を出力
  diff -f FILE|- [-n NS] [--context C]
                      apply で変わる内容を unified diff で表示 (終了コード
                      0: 差分なし、1: 差分あり、2: エラー)
  exec POD|TYPE/NAME [-n NS] [--context C] [-c CONTAINER] [-i] [-t] -- COMMAND [ARG...]
                      kubectl exec と同じようにコンテナでコマンドを実行:
                      -i で標準入力、-t で端末、終了コードはコマンドのもの
  get KIND [-n NS | -A] [--context C] [-o wide|name|json|yaml] [--watch]
                      任意の種類 (カスタムリソースを含む) を kubectl と同じ列で
                      一覧表示、またはオブジェクトを JSON/YAML で出力
  logs POD|TYPE/NAME [-n NS] [--context C] [-c CONTAINER | --all-containers]
       [-f] [-p] [--timestamps] [--since 5m | --since-time T] [--tail N]
       [--limit-bytes N] [--prefix]
                      kubectl logs と同じようにコンテナのログを出力
  port-forward [--context C] [-n NS] [--address ADDR] TYPE/NAME [LOCAL]:REMOTE ...
                      ローカルポートを pod、deployment、statefulset、replicaset、
                      service へ Ctrl+C まで転送。Pod がなくなるとワークロードの
                      新しい Pod に追従
  top nodes|pods [-n NS | -A] [--containers] [--sort-by cpu|memory] [--context C]
                      metrics.k8s.io の CPU とメモリの使用量を kubectl top と
                      同じ形で表示。値がなければその理由を表示
  version             バージョンを表示

オプション:
  -h, --help          このヘルプを表示
  -v, --version       バージョンを表示

Kaji は KUBECONFIG に指定された kubeconfig ファイル、または ~/.kube/config を読み込みます。
</translation>
    </message>
</context>
<context>
    <name>DiagnoseCommand</name>
    <message>
        <source>kaji diagnose: %1</source>
        <translation>kaji diagnose: %1</translation>
    </message>
    <message>
        <source>Run 'kaji --help' for usage.</source>
        <translation>使い方は 'kaji --help' を実行してください。</translation>
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation>想定外の引数 "%1"</translation>
    </message>
    <message>
        <source>unsupported output format "%1" (use text or json)</source>
        <translation>未対応の出力形式 "%1" です (text か json を指定してください)</translation>
    </message>
    <message>
        <source>use either -n or -A, not both</source>
        <translation>-n と -A はどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>name the object as TYPE/NAME, e.g. pod/orders-api-7c9 or deploy/orders-api</source>
        <translation>対象は TYPE/NAME の形で指定してください (例: pod/orders-api-7c9、deploy/orders-api)</translation>
    </message>
    <message>
        <source>kaji: cannot read the cluster at %1: %2</source>
        <translation>kaji: %1 のクラスタを読み取れません: %2</translation>
    </message>
    <message>
        <source>the cluster was not read within %1 s</source>
        <translation>%1 秒以内にクラスターを読み取れませんでした</translation>
    </message>
    <message>
        <source>warning: not checked: %1</source>
        <translation>警告: 未確認: %1</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>No problems found in namespace %1.</source>
        <translation>名前空間 %1 に問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>原因: %1</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>根拠:</translation>
    </message>
    <message>
        <source>event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>previous log %1 line %2</source>
        <translation>前回のログ %1 %2 行目</translation>
    </message>
    <message>
        <source>log %1 line %2</source>
        <translation>ログ %1 %2 行目</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>次の手順:</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): </source>
        <translation>
            <numerusform>検出 %n 件: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 critical, %2 error, %3 warning, %4 info</source>
        <translation>重大 %1、エラー %2、警告 %3、情報 %4</translation>
    </message>
    <message>
        <source>warning: not checked: usage against limits (%1)</source>
        <translation>警告: 未確認: 上限に対する使用量 (%1)</translation>
    </message>
    <message>
        <source>unreadable metrics</source>
        <translation>読み取れないメトリクス</translation>
    </message>
</context>
<context>
    <name>DiagramCommand</name>
    <message>
        <source>kaji diagram: %1</source>
        <translation>kaji diagram: %1</translation>
    </message>
    <message>
        <source>Run 'kaji --help' for usage.</source>
        <translation>使い方は 'kaji --help' を実行してください。</translation>
    </message>
    <message>
        <source>unknown view "%1" (use architecture, workloads, storage or network)</source>
        <translation>不明なビュー "%1" (architecture、workloads、storage、network のいずれかを指定してください)</translation>
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation>想定外の引数 "%1"</translation>
    </message>
    <message>
        <source>name a view: architecture, workloads, storage or network</source>
        <translation>ビューを指定してください: architecture、workloads、storage、network</translation>
    </message>
    <message>
        <source>give -o FILE.svg, -o FILE.png, -o dot or -o json</source>
        <translation>-o FILE.svg、-o FILE.png、-o dot、-o json のいずれかを指定してください</translation>
    </message>
    <message>
        <source>use either -n or -A, not both</source>
        <translation>-n と -A は同時に指定できません</translation>
    </message>
    <message>
        <source>kaji: %1</source>
        <translation>kaji: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注記: %1</translation>
    </message>
    <message>
        <source>kaji: cannot write %1: %2</source>
        <translation>kaji: %1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>kaji diff: %1</source>
        <translation>kaji diff: %1</translation>
    </message>
    <message>
        <source>Run 'kaji --help' for usage.</source>
        <translation>使い方は 'kaji --help' を実行してください。</translation>
    </message>
    <message>
        <source>kaji: no objects passed to diff</source>
        <translation>kaji: 比較するオブジェクトがありません</translation>
    </message>
    <message>
        <source>kaji: %1: cannot read the live %2: %3</source>
        <translation>kaji: %1: クラスタ上の %2 を読み取れません: %3</translation>
    </message>
</context>
<context>
    <name>ExecCommand</name>
    <message>
        <source>kaji %1: %2</source>
        <translation>kaji %1: %2</translation>
    </message>
    <message>
        <source>Run 'kaji --help' for usage.</source>
        <translation>使い方は 'kaji --help' を実行してください。</translation>
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation>想定外の引数 "%1"</translation>
    </message>
    <message>
        <source>name a pod and a command, e.g. "kaji exec web-1 -- ls /"</source>
        <translation>Pod とコマンドを指定してください (例: "kaji exec web-1 -- ls /")</translation>
    </message>
    <message>
        <source>name a pod, or TYPE/NAME such as deployment/web</source>
        <translation>Pod、または deployment/web のような TYPE/NAME を指定してください</translation>
    </message>
    <message>
        <source>name the command after "--", e.g. "kaji exec %1 -- sh"</source>
        <translation>"--" の後にコマンドを指定してください (例: "kaji exec %1 -- sh")</translation>
    </message>
    <message>
        <source>attach takes no command</source>
        <translation>attach にはコマンドを指定できません</translation>
    </message>
    <message>
        <source>kaji: cannot reach %1: %2</source>
        <translation>kaji: %1 に接続できません: %2</translation>
    </message>
    <message>
        <source>Error from server (%1): %2</source>
        <translation>サーバーからのエラー (%1): %2</translation>
    </message>
    <message>
        <source>cannot pick a pod of a "%1"</source>
        <translation>"%1" から Pod を選べません</translation>
    </message>
    <message>
        <source>error: no pods found for %1 "%2"</source>
        <translation>エラー: %1 "%2" の Pod が見つかりません</translation>
    </message>
    <message>
        <source>Defaulted container "%1" out of: %2</source>
        <translation>コンテナ "%1" を選びました (候補: %2)</translation>
    </message>
    <message>
        <source>Unable to use a TTY - input is not a terminal or the right kind of file</source>
        <translation>TTY を使えません: 入力が端末ではないか、適切な種類のファイルではありません</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
</context>
<context>
    <name>GetCommand</name>
    <message>
        <source>kaji get: %1</source>
        <translation>kaji get: %1</translation>
    </message>
    <message>
        <source>Run 'kaji --help' for usage.</source>
        <translation>使い方は 'kaji --help' を実行してください。</translation>
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation>想定外の引数 "%1"</translation>
    </message>
    <message>
        <source>name the kind of resource to list, e.g. "kaji get pods"</source>
        <translation>一覧表示するリソースの種類を指定してください（例: "kaji get pods"）</translation>
    </message>
    <message>
        <source>kaji: cannot reach %1: %2</source>
        <translation>kaji: %1 に接続できません: %2</translation>
    </message>
    <message>
        <source>Error from server (%1): %2</source>
        <translation>サーバーからのエラー (%1): %2</translation>
    </message>
    <message>
        <source>No resources found</source>
        <translation>リソースが見つかりません</translation>
    </message>
    <message>
        <source>No resources found in %1 namespace.</source>
        <translation>名前空間 %1 にリソースが見つかりません。</translation>
    </message>
    <message>
        <source>unsupported output format "%1" (use wide, name, json or yaml)</source>
        <translation>未対応の出力形式「%1」です (wide、name、json、yaml のいずれかを指定してください)</translation>
    </message>
</context>
<context>
    <name>Kaji::App::Application</name>
    <message>
        <source>%1: cannot connect</source>
        <translation>%1: 接続できません</translation>
    </message>
    <message numerus="yes">
        <source> (namespace %1 only: you may not list pods in all namespaces)</source>
        <translation>
            <numerusform>（名前空間 %1 のみ: すべての名前空間の Pod を一覧する権限がありません）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: connecting…</source>
        <translation>%1: 接続中…</translation>
    </message>
    <message>
        <source>%1: connected, live</source>
        <translation>%1: 接続済み・ライブ更新中</translation>
    </message>
    <message>
        <source>%1: reconnecting</source>
        <translation>%1: 再接続中</translation>
    </message>
    <message>
        <source>Connection lost, retrying: %1. The table shows the last known state.</source>
        <translation>接続が切れたため再試行しています: %1。表には最後に確認できた状態を表示しています。</translation>
    </message>
    <message>
        <source>%1: forbidden</source>
        <translation>%1: 権限がありません</translation>
    </message>
    <message>
        <source>Access denied: %1</source>
        <translation>アクセスが拒否されました: %1</translation>
    </message>
    <message>
        <source>%1: error</source>
        <translation>%1: エラー</translation>
    </message>
    <message>
        <source>%1: disconnected</source>
        <translation>%1: 切断済み</translation>
    </message>
    <message>
        <source>Disconnected. Choose Connect in the context's right-click menu to connect again.</source>
        <translation>切断しました。再び接続するには、コンテキストの右クリックメニューから「接続して表示」を選んでください。</translation>
    </message>
    <message>
        <source>%1 (server %2)</source>
        <translation>%1 (サーバー %2)</translation>
    </message>
</context>
<context>
    <name>Kaji::App::ApplyController</name>
    <message>
        <source>Unapplied manifests</source>
        <translation>未適用のマニフェスト</translation>
    </message>
    <message>
        <source>You have manifest text for %1 that was not applied, from %2.</source>
        <translation>%1 向けの未適用のマニフェストのテキストがあります (%2)。</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>後で</translation>
    </message>
    <message>
        <source>The schema of %1 could not be read (%2): the template has only its apiVersion, kind and name.</source>
        <translation>%1 のスキーマを読み取れませんでした (%2)。テンプレートには apiVersion、kind、name だけが入っています。</translation>
    </message>
</context>
<context>
    <name>Kaji::App::CliOptions</name>
    <message>
        <source>kaji: %1</source>
        <translation>kaji: %1</translation>
    </message>
    <message>
        <source>cannot load the kubeconfig file %1: %2</source>
        <translation>kubeconfig ファイル %1 を読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>Kaji::App::ClusterActions</name>
    <message>
        <source>not connected</source>
        <translation>接続していません</translation>
    </message>
    <message>
        <source>your user may not %1 %2 in this namespace</source>
        <translation>このユーザーはこの名前空間で %2 を %1 する権限がありません</translation>
    </message>
    <message>
        <source>edits are saved from the editor</source>
        <translation>編集内容はエディタから保存されます</translation>
    </message>
</context>
<context>
    <name>Kaji::App::DiagnosisRunner</name>
    <message>
        <source>Not connected.</source>
        <translation>接続していません。</translation>
    </message>
    <message>
        <source>Waiting for the pods to be listed before diagnosing.</source>
        <translation>Pod の一覧が揃うのを待ってから診断します。</translation>
    </message>
    <message>
        <source>the cluster was not read within %1 s</source>
        <translation>%1 秒以内にクラスターを読み取れませんでした</translation>
    </message>
</context>
<context>
    <name>Kaji::App::DiagramReader</name>
    <message>
        <source>cannot read the cluster at %1: %2</source>
        <translation>%1 のクラスターを読み込めません: %2</translation>
    </message>
    <message>
        <source>the cluster at %1 did not answer within %2 s</source>
        <translation>%1 のクラスターが %2 秒以内に応答しませんでした</translation>
    </message>
</context>
<context>
    <name>Kaji::App::DiagramsController</name>
    <message>
        <source>Connect to a cluster to see its diagrams.</source>
        <translation>図を見るにはクラスターに接続してください。</translation>
    </message>
    <message>
        <source>Reading the cluster…</source>
        <translation>クラスターを読み込み中…</translation>
    </message>
</context>
<context>
    <name>Kaji::App::Docks</name>
    <message>
        <source>Logs</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Port forwards</source>
        <translation>ポートフォワード</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Select a pod or workload and press Logs to follow its log here.</source>
        <translation>Pod またはワークロードを選んで「ログ」を押すと、ここにログを表示します。</translation>
    </message>
    <message>
        <source>Diagnosing…</source>
        <translation>診断中…</translation>
    </message>
    <message>
        <source>Diagnosis failed, retrying every minute: %1</source>
        <translation>診断に失敗しました。1 分ごとに再試行します: %1</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>ターミナル</translation>
    </message>
</context>
<context>
    <name>Kaji::App::EditController</name>
    <message>
        <source>not connected</source>
        <translation>接続されていません</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>未保存の編集</translation>
    </message>
    <message numerus="yes">
        <source>You have %n unsaved edit(s) in %1 from an earlier session:</source>
        <translation>
            <numerusform>以前のセッションからの %1 の未保存の編集が %n 件あります:</numerusform>
        </translation>
    </message>
    <message>
        <source>Open them</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>破棄する</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>後で</translation>
    </message>
</context>
<context>
    <name>Kaji::App::ExecChannel</name>
    <message>
        <source>The session ended (exit code 0).</source>
        <translation>セッションが終了しました (終了コード 0)。</translation>
    </message>
    <message>
        <source>%1 ended (exit code 0).</source>
        <translation>%1 が終了しました (終了コード 0)。</translation>
    </message>
    <message>
        <source>The command ended with exit code %1.</source>
        <translation>コマンドは終了コード %1 で終了しました。</translation>
    </message>
    <message>
        <source>The session was ended.</source>
        <translation>セッションを終了しました。</translation>
    </message>
    <message>
        <source>The session ended.</source>
        <translation>セッションが終了しました。</translation>
    </message>
</context>
<context>
    <name>Kaji::App::KindPanes</name>
    <message>
        <source>Pods</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message numerus="yes">
        <source>Showing namespace %1 only: you may not list this kind in all namespaces.</source>
        <translation>
            <numerusform>名前空間 %1 のみを表示しています: この種類を全名前空間で一覧する権限がありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection lost, retrying: %1. The table shows the last known state.</source>
        <translation>接続が切れたため再試行中です: %1。表は最後に確認できた状態です。</translation>
    </message>
    <message>
        <source>Access denied: %1</source>
        <translation>アクセスが拒否されました: %1</translation>
    </message>
</context>
<context>
    <name>Kaji::App::KubeconfigController</name>
    <message>
        <source>Renamed context "%1" to "%2" in %3.</source>
        <translation>コンテキスト「%1」を「%2」に名前変更しました (%3)。</translation>
    </message>
    <message>
        <source>Context "%1" now uses the namespace "default" (%2).</source>
        <translation>コンテキスト「%1」は名前空間「default」を使うようになりました (%2)。</translation>
    </message>
    <message>
        <source>Context "%1" now uses the namespace "%2" (%3).</source>
        <translation>コンテキスト「%1」は名前空間「%2」を使うようになりました (%3)。</translation>
    </message>
    <message>
        <source>Deleted context "%1" from %2.</source>
        <translation>コンテキスト「%1」を %2 から削除しました。</translation>
    </message>
    <message>
        <source>It was the current context: choose another with kubectl config use-context.</source>
        <translation>これは現在のコンテキストでした。kubectl config use-context で別のコンテキストを選んでください。</translation>
    </message>
    <message>
        <source>Imported into a separate kubeconfig, %1.</source>
        <translation>別の kubeconfig (%1) にインポートしました。</translation>
    </message>
    <message>
        <source>Imported into %1.</source>
        <translation>%1 にインポートしました。</translation>
    </message>
    <message>
        <source>Renamed: %1.</source>
        <translation>名前変更: %1。</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n entries whose names were taken.</source>
        <translation>
            <numerusform>名前が使用済みの %n 個の項目をスキップしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Kubeconfig not changed</source>
        <translation>kubeconfig は変更されていません</translation>
    </message>
</context>
<context>
    <name>Kaji::App::NamespaceScope</name>
    <message>
        <source>You may not list namespaces in this cluster. Add the ones you work in by name; Kaji remembers them for this context.</source>
        <translation>このクラスタでは名前空間を一覧する権限がありません。作業する名前空間を名前で追加してください。Kaji はこのコンテキスト用に記憶します。</translation>
    </message>
</context>
<context>
    <name>Kaji::App::OverviewController</name>
    <message>
        <source>Not diagnosed yet.</source>
        <translation>まだ診断していません。</translation>
    </message>
    <message>
        <source>Diagnosing…</source>
        <translation>診断中…</translation>
    </message>
    <message>
        <source>Diagnosis failed, retrying every minute: %1</source>
        <translation>診断に失敗しました。1 分ごとに再試行します: %1</translation>
    </message>
    <message>
        <source>waiting for the first reading of metrics.k8s.io.</source>
        <translation>metrics.k8s.io の最初の読み取りを待っています。</translation>
    </message>
</context>
<context>
    <name>Kaji::App::ScreenshotOption</name>
    <message>
        <source>kaji: usage: --screenshot FILE [--screenshot-delay MS]</source>
        <translation>kaji: 使い方: --screenshot FILE [--screenshot-delay MS]</translation>
    </message>
    <message>
        <source>kaji: cannot write the screenshot to %1</source>
        <translation>kaji: スクリーンショットを %1 に書き込めません</translation>
    </message>
</context>
<context>
    <name>Kaji::App::TerminalController</name>
    <message>
        <source>Not connected to a cluster.</source>
        <translation>クラスターに接続していません。</translation>
    </message>
    <message>
        <source>Cannot read pod %1/%2: %3</source>
        <translation>Pod %1/%2 を読み取れません: %3</translation>
    </message>
    <message>
        <source>Pod %1/%2 has no containers.</source>
        <translation>Pod %1/%2 にはコンテナがありません。</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>コンテナ</translation>
    </message>
    <message>
        <source>Container of pod %1:</source>
        <translation>Pod %1 のコンテナ:</translation>
    </message>
    <message>
        <source>Pod %1/%2 has no container %3.</source>
        <translation>Pod %1/%2 にはコンテナ %3 がありません。</translation>
    </message>
    <message>
        <source>Run command</source>
        <translation>コマンドを実行</translation>
    </message>
    <message>
        <source>Command to run in %1 (arguments split as a shell would, without a shell):</source>
        <translation>%1 で実行するコマンド (引数はシェルと同じように分割され、シェルは使いません):</translation>
    </message>
</context>
<context>
    <name>Kaji::Kube::AccessChecker</name>
    <message>
        <source>rules are reviewed per namespace</source>
        <translation>ルールは名前空間ごとに確認されます</translation>
    </message>
</context>
<context>
    <name>Kaji::Kube::ApiClient</name>
    <message>
        <source>cannot read the token file %1: %2</source>
        <translation>トークンファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>the server answered with invalid JSON</source>
        <translation>サーバーの応答が正しい JSON ではありません</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>サーバーが HTTP %1 を返しました</translation>
    </message>
</context>
<context>
    <name>Kaji::Kube::ConnectionWorker</name>
    <message>
        <source>not connected yet</source>
        <translation>まだ接続していません</translation>
    </message>
</context>
<context>
    <name>Kaji::Kube::Discovery</name>
    <message>
        <source>the server does not offer aggregated discovery (Kubernetes 1.26 or newer is needed)</source>
        <translation>サーバーが集約ディスカバリーを提供していません (Kubernetes 1.26 以降が必要です)</translation>
    </message>
</context>
<context>
    <name>Kaji::Kube::ExecCredentialProvider</name>
    <message>
        <source>the exec plugin "%1" of context "%2" needs an interactive terminal (interactiveMode: Always), which Kaji cannot offer</source>
        <translation>コンテキスト "%2" の exec プラグイン "%1" は対話型ターミナルを必要としますが（interactiveMode: Always）、Kaji では提供できません</translation>
    </message>
    <message>
        <source>the exec plugin "%1" of context "%2" was not found in PATH or in your login shell's PATH</source>
        <translation>コンテキスト "%2" の exec プラグイン "%1" が PATH にもログインシェルの PATH にも見つかりません</translation>
    </message>
    <message>
        <source>the exec plugin "%1" of context "%2" did not finish within %3 seconds</source>
        <translation>コンテキスト "%2" の exec プラグイン "%1" が %3 秒以内に終了しませんでした</translation>
    </message>
    <message>
        <source>the exec plugin "%1" of context "%2" failed with exit code %3: %4</source>
        <translation>コンテキスト "%2" の exec プラグイン "%1" が終了コード %3 で失敗しました: %4</translation>
    </message>
    <message>
        <source>the exec plugin "%1" of context "%2" printed no valid ExecCredential</source>
        <translation>コンテキスト "%2" の exec プラグイン "%1" が有効な ExecCredential を出力しませんでした</translation>
    </message>
</context>
<context>
    <name>Kaji::Kube::ExecPrecheck</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>phase %1</source>
        <translation>フェーズ %1</translation>
    </message>
    <message>
        <source>Container %1 is not running: pod %2 is not scheduled to a node yet (%3).</source>
        <translation>コンテナ %1 は実行されていません: Pod %2 はまだノードにスケジュールされていません (%3)。</translation>
    </message>
    <message>
        <source>waiting, %1</source>
        <translation>待機中、%1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由の記載なし</translation>
    </message>
    <message>
        <source>waiting, %1 (%2)</source>
        <translation>待機中、%1 (%2)</translation>
    </message>
    <message>
        <source>; it last exited with code %1</source>
        <translation>。前回は終了コード %1 で終了しました</translation>
    </message>
    <message>
        <source>terminated, exit code %1</source>
        <translation>終了済み、終了コード %1</translation>
    </message>
    <message>
        <source>terminated, %1, exit code %2</source>
        <translation>終了済み、%1、終了コード %2</translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation>まだ起動していません</translation>
    </message>
    <message>
        <source>; the pod has completed (phase %1)</source>
        <translation>。Pod は完了しています (フェーズ %1)</translation>
    </message>
    <message>
        <source>Container %1 in pod %2 is not running: %3.</source>
        <translation>Pod %2 のコンテナ %1 は実行されていません: %3。</translation>
    </message>
</context>
<context>
    <name>Kaji::Kube::ExecSession</name>
    <message>
        <source>No command to run.</source>
        <translation>実行するコマンドがありません。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The server does not speak the exec protocols v5.channel.k8s.io or v4.channel.k8s.io (it chose: %1).</source>
        <translation>サーバーは exec のプロトコル v5.channel.k8s.io と v4.channel.k8s.io のどちらにも対応していません (選ばれたもの: %1)。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Not allowed: "create %1" is forbidden in namespace %2 (%3)</source>
        <translation>許可されていません: Namespace %2 での "create %1" は禁止されています (%3)</translation>
    </message>
    <message>
        <source>The connection to the server ended before the command did.</source>
        <translation>コマンドの終了前にサーバーとの接続が切れました。</translation>
    </message>
    <message>
        <source>The connection to the server was lost: %1</source>
        <translation>サーバーとの接続が失われました: %1</translation>
    </message>
    <message>
        <source>command terminated with exit code %1</source>
        <translation>コマンドは終了コード %1 で終了しました</translation>
    </message>
</context>
<context>
    <name>Kaji::Kube::HttpClient</name>
    <message>
        <source>cannot reach the proxy %1: %2</source>
        <translation>プロキシ %1 に接続できません: %2</translation>
    </message>
</context>
<context>
    <name>Kaji::Kube::KubeConfig</name>
    <message>
        <source>names cluster "%1", which no file defines</source>
        <translation>クラスタ "%1" を指定していますが、どのファイルにも定義がありません</translation>
    </message>
    <message>
        <source>names user "%1", which no file defines</source>
        <translation>ユーザー "%1" を指定していますが、どのファイルにも定義がありません</translation>
    </message>
    <message>
        <source>names context "%1", which no file defines</source>
        <translation>コンテキスト "%1" を指定していますが、どのファイルにも定義がありません</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>ファイルが見つかりません</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>文字列である必要があります</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true または false である必要があります</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>文字列のリストである必要があります</translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation>有効な base64 ではありません</translation>
    </message>
    <message>
        <source>each entry needs a name and a value</source>
        <translation>各エントリには name と value が必要です</translation>
    </message>
    <message>
        <source>expected a list of name/value pairs</source>
        <translation>name/value の組のリストである必要があります</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>がありません</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>リストである必要があります</translation>
    </message>
    <message>
        <source>entry has no name</source>
        <translation>エントリに名前がありません</translation>
    </message>
    <message>
        <source>expected a map</source>
        <translation>マップである必要があります</translation>
    </message>
    <message>
        <source>not valid YAML at line %1, column %2: %3</source>
        <translation>%1 行 %2 列目が YAML として不正です: %3</translation>
    </message>
    <message>
        <source>expected a kubeconfig map at the top level</source>
        <translation>トップレベルは kubeconfig のマップである必要があります</translation>
    </message>
    <message>
        <source>is larger than %1 MB</source>
        <translation>%1 MB を超えています</translation>
    </message>
    <message>
        <source>nests too deep (over %1 levels) at line %2</source>
        <translation>%2 行目の入れ子が深すぎます (%1 階層超)</translation>
    </message>
    <message>
        <source>is not valid UTF-8 at line %1, column %2</source>
        <translation>%1 行 %2 列目が正しい UTF-8 ではありません</translation>
    </message>
    <message>
        <source>uses aliases that expand to more than %1 nodes (a YAML alias bomb?)</source>
        <translation>エイリアスを展開すると %1 ノードを超えます (YAML のエイリアス爆弾?)</translation>
    </message>
    <message>
        <source>has more than %1 YAML nodes</source>
        <translation>YAML のノードが %1 個を超えています</translation>
    </message>
    <message>
        <source>is defined more than once in this file: kubectl refuses the file, and Kaji reads none of the entries of that name</source>
        <translation>このファイルで複数回定義されています。kubectl はこのファイルを読み込まず、Kaji もこの名前の項目をどれも読み込みません</translation>
    </message>
</context>
<context>
    <name>Kaji::Kube::KubeConfigEditor</name>
    <message>
        <source>There is no context "%1".</source>
        <translation>コンテキスト「%1」はありません。</translation>
    </message>
    <message>
        <source>A context needs a name.</source>
        <translation>コンテキストには名前が必要です。</translation>
    </message>
    <message>
        <source>Cannot rename "%1": a context named "%2" already exists.</source>
        <translation>「%1」の名前を変更できません。「%2」という名前のコンテキストがすでにあります。</translation>
    </message>
    <message>
        <source>%1 no longer defines context "%2"; reload and try again.</source>
        <translation>%1 にはコンテキスト「%2」がもうありません。再読み込みしてやり直してください。</translation>
    </message>
</context>
<context>
    <name>Kaji::Kube::KubeConfigFile</name>
    <message>
        <source>%1: file not found</source>
        <translation>%1: ファイルが見つかりません</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 読み取れません: %2</translation>
    </message>
    <message>
        <source>%1: not valid YAML (line %2): %3</source>
        <translation>%1: 正しい YAML ではありません (%2 行目): %3</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>貼り付けたテキスト</translation>
    </message>
    <message>
        <source>%1: not a kubeconfig (expected a map at the top)</source>
        <translation>%1: kubeconfig ではありません (最上位はマップである必要があります)</translation>
    </message>
    <message>
        <source>%1: "%2" is not a list</source>
        <translation>%1: 「%2」がリストではありません</translation>
    </message>
    <message>
        <source>%1: an entry of "%2" has no name</source>
        <translation>%1: 「%2」に名前のない項目があります</translation>
    </message>
    <message>
        <source>%1: "current-context" is not a string</source>
        <translation>%1: 「current-context」が文字列ではありません</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>Kaji::Kube::KubeConfigImport</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 読み取れません: %2</translation>
    </message>
    <message>
        <source>This kubeconfig defines no contexts, clusters or users.</source>
        <translation>この kubeconfig にはコンテキスト、クラスタ、ユーザーが定義されていません。</translation>
    </message>
    <message>
        <source>Renaming clashing entries needs a suffix.</source>
        <translation>重複する項目の名前を変更するには接尾辞が必要です。</translation>
    </message>
</context>
<context>
    <name>Kaji::Kube::LabelSelector</name>
    <message>
        <source>"%1" is not a valid label selector term</source>
        <translation>「%1」はラベルセレクターの条件として正しくありません</translation>
    </message>
</context>
<context>
    <name>Kaji::Kube::LogStream</name>
    <message>
        <source>the log stream ended while the container still runs</source>
        <translation>コンテナーの実行中にログのストリームが終了しました</translation>
    </message>
</context>
<context>
    <name>Kaji::Kube::ManifestReader</name>
    <message>
        <source>a document must be a mapping of fields (apiVersion, kind, metadata, …)</source>
        <translation>ドキュメントはフィールドのマッピング (apiVersion、kind、metadata など) でなければなりません</translation>
    </message>
    <message>
        <source>%1 not set</source>
        <translation>%1 が設定されていません</translation>
    </message>
</context>
<context>
    <name>Kaji::Kube::OpenApiCache</name>
    <message>
        <source>no cache directory, or a hash that names no file</source>
        <translation>キャッシュディレクトリがないか、ファイル名にできないハッシュです</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>Kaji::Kube::OpenApiIndex</name>
    <message>
        <source>the OpenAPI v3 index has no paths</source>
        <translation>OpenAPI v3 のインデックスに paths がありません</translation>
    </message>
    <message>
        <source>could not reach the server for %1: %2</source>
        <translation>%1 を取得するためにサーバーに接続できませんでした: %2</translation>
    </message>
    <message>
        <source>the server publishes no OpenAPI v3 document %1 (Kubernetes 1.24 or newer serves them)</source>
        <translation>サーバーは OpenAPI v3 文書 %1 を公開していません（Kubernetes 1.24 以降が提供します）</translation>
    </message>
    <message>
        <source>the answer for %1 broke off: %2</source>
        <translation>%1 の応答が途中で切れました: %2</translation>
    </message>
    <message>
        <source>the server could not send %1: %2</source>
        <translation>サーバーは %1 を送れませんでした: %2</translation>
    </message>
    <message>
        <source>the server did not accept the credentials for %1: %2</source>
        <translation>%1 の取得でサーバーが認証情報を受け付けませんでした: %2</translation>
    </message>
    <message>
        <source>not allowed to read the cluster's schemas (%1): %2</source>
        <translation>クラスターのスキーマ（%1）を読む権限がありません: %2</translation>
    </message>
</context>
<context>
    <name>Kaji::Kube::OpenApiLoader</name>
    <message>
        <source>the server publishes no schema for %1</source>
        <translation>サーバーは %1 のスキーマを公開していません</translation>
    </message>
</context>
<context>
    <name>Kaji::Kube::PortForwardResolver</name>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>%1 に接続できません: %2</translation>
    </message>
    <message>
        <source>forbidden: %1 (port-forward needs get on %2 and create on pods/portforward in namespace %3)</source>
        <translation>禁止されています: %1（ポートフォワードには名前空間 %3 で %2 の get 権限と pods/portforward の create 権限が必要です）</translation>
    </message>
    <message>
        <source>%1 not found in namespace %2</source>
        <translation>%1 は名前空間 %2 に見つかりません</translation>
    </message>
    <message>
        <source>pod %1 is not running (phase %2)</source>
        <translation>Pod %1 は実行中ではありません（フェーズ %2）</translation>
    </message>
    <message>
        <source>pod %1 has no container port named "%2"</source>
        <translation>Pod %1 には "%2" という名前のコンテナポートがありません</translation>
    </message>
    <message>
        <source>%1 has no running and ready pod</source>
        <translation>%1 には実行中で Ready の Pod がありません</translation>
    </message>
    <message>
        <source>service %1 does not have a service port %2</source>
        <translation>Service %1 にはサービスポート %2 がありません</translation>
    </message>
    <message>
        <source>service %1 has no ready endpoints</source>
        <translation>Service %1 には Ready のエンドポイントがありません</translation>
    </message>
</context>
<context>
    <name>Kaji::Kube::PortForwardSession</name>
    <message>
        <source>unable to listen on %1:%2: %3</source>
        <translation>%1:%2 で待ち受けできません: %3</translation>
    </message>
    <message>
        <source>pod %1 no longer exists</source>
        <translation>Pod %1 はもう存在しません</translation>
    </message>
    <message>
        <source>forbidden: your user may not create pods/portforward in namespace %1</source>
        <translation>禁止されています: このユーザーには名前空間 %1 で pods/portforward を create する権限がありません</translation>
    </message>
    <message>
        <source>the server refused the port-forward WebSocket (HTTP %1): %2</source>
        <translation>サーバーがポートフォワードの WebSocket を拒否しました（HTTP %1）: %2</translation>
    </message>
    <message>
        <source>pod %1 is gone; looking for another pod of %2</source>
        <translation>Pod %1 がなくなりました。%2 の別の Pod を探しています</translation>
    </message>
    <message>
        <source>one WebSocket, SPDY streams</source>
        <translation>1 本の WebSocket（SPDY ストリーム）</translation>
    </message>
    <message>
        <source>a WebSocket per connection</source>
        <translation>接続ごとに WebSocket</translation>
    </message>
</context>
<context>
    <name>Kaji::Kube::PortForwardTunnel</name>
    <message>
        <source>the server did not accept the WebSocket protocol %1</source>
        <translation>サーバーが WebSocket プロトコル %1 を受け付けませんでした</translation>
    </message>
</context>
<context>
    <name>Kaji::Kube::Reflector</name>
    <message>
        <source>the server answered a list with something that is not a list</source>
        <translation>サーバーが一覧の要求に一覧ではない応答を返しました</translation>
    </message>
</context>
<context>
    <name>Kaji::Kube::RestConfig</name>
    <message>
        <source>context "%1" is not defined in %2</source>
        <translation>コンテキスト "%1" は %2 に定義されていません</translation>
    </message>
    <message>
        <source>context "%1" names cluster "%2", which is not defined</source>
        <translation>コンテキスト "%1" が指定するクラスタ "%2" は定義されていません</translation>
    </message>
    <message>
        <source>cluster "%1" has no server address</source>
        <translation>クラスタ "%1" にサーバーアドレスがありません</translation>
    </message>
    <message>
        <source>context "%1" names user "%2", which is not defined</source>
        <translation>コンテキスト "%1" が指定するユーザー "%2" は定義されていません</translation>
    </message>
    <message>
        <source>no kubeconfig file was found (KUBECONFIG is unset or names no file, and ~/.kube/config does not exist)</source>
        <translation>kubeconfig ファイルが見つかりません（KUBECONFIG が未設定か存在しないファイルを指しており、~/.kube/config もありません）</translation>
    </message>
    <message>
        <source>no context given and no current-context set in %1</source>
        <translation>コンテキストが指定されておらず、%1 に current-context も設定されていません</translation>
    </message>
</context>
<context>
    <name>Kaji::Kube::ScopedWatch</name>
    <message>
        <source>namespace %1: %2</source>
        <translation>名前空間 %1: %2</translation>
    </message>
</context>
<context>
    <name>Kaji::Kube::ServerSideApply</name>
    <message>
        <source>no matches for kind "%1" in version "%2": its CustomResourceDefinition is in the file, but a dry run does not create it</source>
        <translation>バージョン "%2" に kind "%1" がありません: その CustomResourceDefinition はファイル内にありますが、ドライランでは作成されません</translation>
    </message>
    <message>
        <source>no matches for kind "%1" in version "%2": is its CustomResourceDefinition installed?</source>
        <translation>バージョン "%2" に kind "%1" がありません: その CustomResourceDefinition はインストールされていますか?</translation>
    </message>
    <message>
        <source>the CustomResourceDefinition %1 was not established within %2 s</source>
        <translation>CustomResourceDefinition %1 が %2 秒以内に Established になりませんでした</translation>
    </message>
    <message>
        <source>the server does not serve the kind %1 of %2 yet</source>
        <translation>サーバーはまだ %2 の kind %1 を提供していません</translation>
    </message>
    <message>
        <source>the namespace from the provided object "%1" does not match the namespace "%2". You must pass '--namespace=%1' to perform this operation.</source>
        <translation>オブジェクトの namespace "%1" が namespace "%2" と一致しません。この操作には '--namespace=%1' を指定してください。</translation>
    </message>
    <message>
        <source>metadata.name is missing (or metadata.generateName, for a name the server picks)</source>
        <translation>metadata.name がありません (サーバーに名前を決めさせるなら metadata.generateName)</translation>
    </message>
    <message>
        <source>no matches for kind "%1" in version "%2"</source>
        <translation>バージョン "%2" に kind "%1" がありません</translation>
    </message>
</context>
<context>
    <name>Kaji::Kube::SpdyTunnel</name>
    <message>
        <source>the server did not accept the WebSocket protocol %1</source>
        <translation>サーバーが WebSocket プロトコル %1 を受け入れませんでした</translation>
    </message>
    <message>
        <source>the server closed the tunnel</source>
        <translation>サーバーがトンネルを閉じました</translation>
    </message>
    <message>
        <source>the server sent a header block that cannot be read</source>
        <translation>サーバーが読み取れないヘッダーブロックを送りました</translation>
    </message>
    <message>
        <source>the tunnel stopped answering pings</source>
        <translation>トンネルが ping に応答しなくなりました</translation>
    </message>
</context>
<context>
    <name>Kaji::Kube::StreamWatchdog</name>
    <message>
        <source>nothing arrived for %1 s and %2</source>
        <translation>%1 秒間何も届かず、%2</translation>
    </message>
</context>
<context>
    <name>Kaji::Kube::Timeouts</name>
    <message>
        <source>the server did not answer within %1 s</source>
        <translation>サーバーが %1 秒以内に応答しませんでした</translation>
    </message>
</context>
<context>
    <name>Kaji::Kube::WebSocketConnection</name>
    <message>
        <source>the server closed the connection</source>
        <translation>サーバーが接続を閉じました</translation>
    </message>
    <message>
        <source>the server's answer is not HTTP</source>
        <translation>サーバーの応答が HTTP ではありません</translation>
    </message>
    <message>
        <source>the upgrade was refused, status code: %1 %2</source>
        <translation>アップグレードが拒否されました。status code: %1 %2</translation>
    </message>
    <message>
        <source>the server's WebSocket answer is not valid</source>
        <translation>サーバーの WebSocket 応答が不正です</translation>
    </message>
    <message>
        <source>the server sent a frame too large</source>
        <translation>サーバーが大きすぎるフレームを送りました</translation>
    </message>
    <message>
        <source>the server sent a WebSocket frame with reserved bits set</source>
        <translation>サーバーが予約ビットの立った WebSocket フレームを送りました</translation>
    </message>
    <message>
        <source>the server sent a WebSocket frame of unknown type</source>
        <translation>サーバーが未知の種類の WebSocket フレームを送りました</translation>
    </message>
    <message>
        <source>the server sent a fragmented WebSocket control frame</source>
        <translation>サーバーが分割された WebSocket 制御フレームを送りました</translation>
    </message>
    <message>
        <source>the server broke the order of a fragmented WebSocket message</source>
        <translation>サーバーが分割された WebSocket メッセージの順序を守っていません</translation>
    </message>
</context>
<context>
    <name>Kaji::Kube::WebSocketRequest</name>
    <message>
        <source>cannot read the CA file %1</source>
        <translation>CA ファイル %1 を読み込めません</translation>
    </message>
    <message>
        <source>cannot read the client certificate or key</source>
        <translation>クライアント証明書または鍵を読み込めません</translation>
    </message>
    <message>
        <source>the client certificate or key is not valid PEM</source>
        <translation>クライアント証明書または鍵が有効な PEM ではありません</translation>
    </message>
</context>
<context>
    <name>Kaji::Kube::YamlReader</name>
    <message>
        <source>the document contains excessive aliasing</source>
        <translation>ドキュメントのエイリアス展開が多すぎます</translation>
    </message>
    <message>
        <source>a &lt;&lt; merge takes a mapping or a sequence of mappings</source>
        <translation>&lt;&lt; マージに指定できるのはマッピングか、マッピングのシーケンスだけです</translation>
    </message>
    <message>
        <source>the key "%1" is set twice in this mapping, once by a &lt;&lt; merge (line %2); Strict field validation rejects that</source>
        <translation>キー "%1" がこのマッピングで二度設定されています (一方は &lt;&lt; マージ、%2 行目)。Strict フィールド検証はこれを拒否します</translation>
    </message>
    <message>
        <source>the key "%1" is repeated (first at line %2)</source>
        <translation>キー "%1" が重複しています (最初は %2 行目)</translation>
    </message>
    <message>
        <source>!!binary value contains invalid base64 data</source>
        <translation>!!binary の値が不正な base64 データです</translation>
    </message>
    <message>
        <source>cannot read %1 as !!%2</source>
        <translation>%1 を !!%2 として読めません</translation>
    </message>
    <message>
        <source>a mapping or a sequence cannot be a key</source>
        <translation>マッピングやシーケンスはキーにできません</translation>
    </message>
    <message>
        <source>a key cannot be null</source>
        <translation>キーを null にはできません</translation>
    </message>
    <message>
        <source>the key %1 is too large a number</source>
        <translation>キー %1 は大きすぎる数値です</translation>
    </message>
    <message>
        <source>%1 is not a number JSON can hold</source>
        <translation>%1 は JSON で表せない数値です</translation>
    </message>
    <message>
        <source>an anchor's value contains an alias of itself</source>
        <translation>アンカーの値が自分自身へのエイリアスを含んでいます</translation>
    </message>
    <message>
        <source>only the first document is read: the text after "..." is ignored</source>
        <translation>読み込むのは最初のドキュメントだけです: "..." 以降のテキストは無視されます</translation>
    </message>
    <message>
        <source>the text is not UTF-8 here</source>
        <translation>ここのテキストは UTF-8 ではありません</translation>
    </message>
    <message>
        <source>the text ends inside a UTF-8 character</source>
        <translation>テキストが UTF-8 文字の途中で終わっています</translation>
    </message>
    <message>
        <source>the character U+%1 is not allowed in YAML</source>
        <translation>文字 U+%1 は YAML で使えません</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML 構文エラー: %1</translation>
    </message>
    <message>
        <source>unknown anchor '%1' referenced</source>
        <translation>未定義のアンカー '%1' が参照されています</translation>
    </message>
</context>
<context>
    <name>Kaji::Kube::YamlScalar</name>
    <message>
        <source>%1 is read as the boolean %2: quote it ("%1") to keep it as text</source>
        <translation>%1 は真偽値 %2 として読まれます。文字列のままにするには引用符で囲んでください ("%1")</translation>
    </message>
    <message>
        <source>%1 is read as the octal number %2: quote it ("%1") to keep it as text</source>
        <translation>%1 は 8 進数 %2 として読まれます。文字列のままにするには引用符で囲んでください ("%1")</translation>
    </message>
    <message>
        <source>%1 is read as the number %2: quote it ("%1") to keep it as text</source>
        <translation>%1 は数値 %2 として読まれます。文字列のままにするには引用符で囲んでください ("%1")</translation>
    </message>
</context>
<context>
    <name>Kaji::Kube::YamlStream</name>
    <message>
        <source>"%1" after the document separator "---": only a comment may follow it</source>
        <translation>ドキュメント区切り "---" の後に "%1" があります: 後ろに置けるのはコメントだけです</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::AddonComponents</name>
    <message>
        <source>%1/%2 ready</source>
        <translation>%1/%2 準備完了</translation>
    </message>
    <message>
        <source>It runs no pod</source>
        <translation>Pod を 1 つも動かしていません</translation>
    </message>
    <message>
        <source>%1 of %2 pods are not ready</source>
        <translation>%2 個中 %1 個の Pod が準備できていません</translation>
    </message>
    <message>
        <source>No DaemonSet kube-proxy in kube-system: a network plugin (Cilium, for one) may do its work</source>
        <translation>kube-system に DaemonSet kube-proxy がありません。ネットワークプラグイン (Cilium など) がその役目を担っている可能性があります</translation>
    </message>
    <message>
        <source>No kube-proxy pod is ready: Service IPs work on no node</source>
        <translation>準備完了の kube-proxy Pod がありません。どのノードでも Service IP が機能しません</translation>
    </message>
    <message>
        <source>No DNS pod is ready: name lookups inside the cluster fail</source>
        <translation>準備完了の DNS Pod がありません。クラスター内の名前解決が失敗します</translation>
    </message>
    <message>
        <source>Service %1 at %2</source>
        <translation>Service %1 (%2)</translation>
    </message>
    <message>
        <source>cluster DNS</source>
        <translation>クラスター DNS</translation>
    </message>
    <message>
        <source>No CoreDNS or kube-dns Deployment or Service in kube-system: the cluster's DNS may be run another way</source>
        <translation>kube-system に CoreDNS や kube-dns の Deployment も Service もありません。クラスターの DNS は別の方法で動いている可能性があります</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::ApplyResultModel</name>
    <message>
        <source>waiting…</source>
        <translation>待機中…</translation>
    </message>
    <message>
        <source>would be created (dry run)</source>
        <translation>作成される (ドライラン)</translation>
    </message>
    <message>
        <source>created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>would be configured (dry run)</source>
        <translation>更新される (ドライラン)</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>unchanged (dry run)</source>
        <translation>変更なし (ドライラン)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message numerus="yes">
        <source>failed: %n field(s) owned by another manager</source>
        <translation>
            <numerusform>失敗: %n 個のフィールドを別のマネージャーが所有しています</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::ArchitectureGraph</name>
    <message>
        <source>Managed control plane (%1)</source>
        <translation>マネージド コントロールプレーン (%1)</translation>
    </message>
    <message>
        <source>Run by %1: a client sees the API server and little else</source>
        <translation>%1 が運用しています。クライアントから見えるのは API サーバーとわずかな情報だけです</translation>
    </message>
    <message>
        <source>The control plane is managed by %1: what it keeps out of sight is drawn as not observable, which is no fault.</source>
        <translation>コントロールプレーンは %1 が管理しています。見えない部分は「観測不可」として描いていますが、障害ではありません。</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>%1 上</translation>
    </message>
    <message>
        <source>Pod %1: %2</source>
        <translation>Pod %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>readyz: %n check(s) passed</source>
        <translation>
            <numerusform>readyz: %n 件のチェックに合格</numerusform>
        </translation>
    </message>
    <message>
        <source>readyz check %1 fails</source>
        <translation>readyz のチェック %1 が失敗しています</translation>
    </message>
    <message>
        <source>readyz hidden by permissions</source>
        <translation>readyz は権限により非表示</translation>
    </message>
    <message>
        <source>readyz answers %1: the API server is not ready</source>
        <translation>readyz の応答は %1 です。API サーバーは準備できていません</translation>
    </message>
    <message>
        <source>readyz failing: %1</source>
        <translation>readyz 失敗: %1</translation>
    </message>
    <message>
        <source>readyz could not be read: %1</source>
        <translation>readyz を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>まだ読み取っていません</translation>
    </message>
    <message>
        <source>%1, renewed %2 ago</source>
        <translation>%1 (%2 前に更新)</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n インスタンス</numerusform>
        </translation>
    </message>
    <message>
        <source>Endpoints %1</source>
        <translation>エンドポイント %1</translation>
    </message>
    <message>
        <source>The API server's etcd check passes</source>
        <translation>API サーバーの etcd チェックは合格しています</translation>
    </message>
    <message>
        <source>The API server's etcd check fails</source>
        <translation>API サーバーの etcd チェックが失敗しています</translation>
    </message>
    <message>
        <source>The API server's etcd check fails: the cluster's state can be neither read nor written</source>
        <translation>API サーバーの etcd チェックが失敗しています。クラスターの状態を読むことも書くこともできません</translation>
    </message>
    <message>
        <source>Run by %1 out of a client's sight</source>
        <translation>%1 がクライアントから見えない所で運用しています</translation>
    </message>
    <message>
        <source>The API server's readyz checks are not read yet</source>
        <translation>API サーバーの readyz チェックはまだ読み取っていません</translation>
    </message>
    <message>
        <source>The API server's readyz lists no etcd check</source>
        <translation>API サーバーの readyz に etcd チェックがありません</translation>
    </message>
    <message>
        <source>No instance holds its leader Lease</source>
        <translation>どのインスタンスもリーダー Lease を保持していません</translation>
    </message>
    <message>
        <source>Leader %1</source>
        <translation>リーダー %1</translation>
    </message>
    <message>
        <source>Renewed %1 ago</source>
        <translation>%1 前に更新</translation>
    </message>
    <message>
        <source>Its leader Lease was last renewed %1 ago and lasts %2 s: the leader may have stopped</source>
        <translation>リーダー Lease の最終更新は %1 前で、有効期間は %2 秒です。リーダーが停止している可能性があります</translation>
    </message>
    <message numerus="yes">
        <source>%n leader change(s)</source>
        <translation>
            <numerusform>リーダー交代 %n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>No leader Lease kube-system/%1: it runs with leader election off, out of Kaji's sight, or not at all</source>
        <translation>リーダー Lease kube-system/%1 がありません。リーダー選出なしで動いているか、Kaji から見えない所で動いているか、まったく動いていません</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::AwsCli</name>
    <message numerus="yes">
        <source>The aws CLI did not finish within %n second(s) and was stopped. Check your network and that the profile does not wait for a sign-in (for SSO profiles run "aws sso login" first).</source>
        <translation>
            <numerusform>aws CLI が %n 秒以内に終わらなかったため停止しました。ネットワークと、プロファイルがサインイン待ちになっていないかを確認してください(SSO プロファイルでは先に "aws sso login" を実行してください)。</numerusform>
        </translation>
    </message>
    <message>
        <source>The aws CLI was not found on your PATH or your login shell's PATH. Install AWS CLI v2:
• Linux: the official installer: curl "https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip" -o awscliv2.zip &amp;&amp; unzip awscliv2.zip &amp;&amp; sudo ./aws/install
• macOS: brew install awscli, or the official .pkg installer
• Windows: the MSI from https://awscli.amazonaws.com/AWSCLIV2.msi
Then run "aws configure" (or "aws configure sso") to set up a profile, and open this wizard again.</source>
        <translation>aws CLI が PATH にもログインシェルの PATH にも見つかりません。AWS CLI v2 をインストールしてください:
• Linux: 公式インストーラー: curl "https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip" -o awscliv2.zip &amp;&amp; unzip awscliv2.zip &amp;&amp; sudo ./aws/install
• macOS: brew install awscli、または公式の .pkg インストーラー
• Windows: https://awscli.amazonaws.com/AWSCLIV2.msi の MSI
その後 "aws configure"(または "aws configure sso")でプロファイルを設定し、このウィザードをもう一度開いてください。</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>%1 を起動できませんでした: %2</translation>
    </message>
    <message>
        <source>The aws CLI crashed.</source>
        <translation>aws CLI が異常終了しました。</translation>
    </message>
    <message>
        <source>The aws CLI finished but did not say which context it wrote.</source>
        <translation>aws CLI は終了しましたが、どのコンテキストを書き込んだかを出力しませんでした。</translation>
    </message>
    <message>
        <source>The aws CLI answered with something other than a cluster list: %1</source>
        <translation>aws CLI の応答がクラスタ一覧ではありません: %1</translation>
    </message>
    <message>
        <source>(it wrote no error message)</source>
        <translation>(エラーメッセージの出力はありません)</translation>
    </message>
    <message>
        <source>The aws CLI failed (exit code %1):
%2</source>
        <translation>aws CLI が失敗しました(終了コード %1):
%2</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::ClaimStates</name>
    <message>
        <source>no StorageClass</source>
        <translation>StorageClass なし</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (デフォルト)</translation>
    </message>
    <message>
        <source>ephemeral, of pod %1</source>
        <translation>エフェメラル (Pod %1)</translation>
    </message>
    <message>
        <source>Being deleted; kept while a pod uses it</source>
        <translation>削除中。Pod が使用している間は保持されます</translation>
    </message>
    <message>
        <source>Its volume is gone (Lost)</source>
        <translation>ボリュームが失われました (Lost)</translation>
    </message>
    <message>
        <source>StorageClass %1 does not exist</source>
        <translation>StorageClass %1 が存在しません</translation>
    </message>
    <message>
        <source>Provisioning failed</source>
        <translation>プロビジョニングに失敗しました</translation>
    </message>
    <message>
        <source>No volume can be bound</source>
        <translation>バインドできるボリュームがありません</translation>
    </message>
    <message>
        <source>Waits for the first pod that uses it</source>
        <translation>最初に使用する Pod を待っています</translation>
    </message>
    <message>
        <source>Waiting for provisioner %1</source>
        <translation>プロビジョナー %1 を待っています</translation>
    </message>
    <message>
        <source>Still waiting for provisioner %1 after %2</source>
        <translation>%2 経過してもプロビジョナー %1 を待っています</translation>
    </message>
    <message>
        <source>Still waiting for provisioner %1</source>
        <translation>プロビジョナー %1 をまだ待っています</translation>
    </message>
    <message>
        <source>Waiting for volume %1</source>
        <translation>ボリューム %1 を待っています</translation>
    </message>
    <message>
        <source>Static binding only: waiting for a matching PersistentVolume</source>
        <translation>静的バインドのみ: 一致する PersistentVolume を待っています</translation>
    </message>
    <message>
        <source>No StorageClass and no default: waiting for a matching PersistentVolume</source>
        <translation>StorageClass もデフォルトもありません: 一致する PersistentVolume を待っています</translation>
    </message>
    <message>
        <source>Waiting for a volume</source>
        <translation>ボリュームを待っています</translation>
    </message>
    <message>
        <source>No volume bound yet</source>
        <translation>まだボリュームがバインドされていません</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::ColumnNames</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Nominated Node</source>
        <translation>指名ノード</translation>
    </message>
    <message>
        <source>Readiness Gates</source>
        <translation>Readiness Gate</translation>
    </message>
    <message>
        <source>Up-to-date</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>利用可能</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>コンテナ</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>セレクター</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>希望数</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>現在数</translation>
    </message>
    <message>
        <source>Node Selector</source>
        <translation>ノードセレクター</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>完了数</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>Timezone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Last Schedule</source>
        <translation>最終実行</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Cluster-IP</source>
        <translation>Cluster-IP</translation>
    </message>
    <message>
        <source>External-IP</source>
        <translation>External-IP</translation>
    </message>
    <message>
        <source>Port(s)</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>AddressType</source>
        <translation>アドレス種別</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>クラス</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ数</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Access Modes</source>
        <translation>アクセスモード</translation>
    </message>
    <message>
        <source>StorageClass</source>
        <translation>StorageClass</translation>
    </message>
    <message>
        <source>VolumeAttributesClass</source>
        <translation>VolumeAttributesClass</translation>
    </message>
    <message>
        <source>VolumeMode</source>
        <translation>ボリュームモード</translation>
    </message>
    <message>
        <source>Reclaim Policy</source>
        <translation>回収ポリシー</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>クレーム</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Provisioner</source>
        <translation>プロビジョナー</translation>
    </message>
    <message>
        <source>VolumeBindingMode</source>
        <translation>バインドモード</translation>
    </message>
    <message>
        <source>AllowVolumeExpansion</source>
        <translation>拡張可否</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Internal-IP</source>
        <translation>内部 IP</translation>
    </message>
    <message>
        <source>OS-Image</source>
        <translation>OS イメージ</translation>
    </message>
    <message>
        <source>Kernel-Version</source>
        <translation>カーネル</translation>
    </message>
    <message>
        <source>Container-Runtime</source>
        <translation>コンテナランタイム</translation>
    </message>
    <message>
        <source>Last Seen</source>
        <translation>最終発生</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Subobject</source>
        <translation>対象の一部</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>発生元</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>First Seen</source>
        <translation>初回発生</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>回数</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::ComponentExplanations</name>
    <message>
        <source>The one entrance to the cluster. kubectl, Kaji, every controller and every kubelet read and change the cluster only through it, and it alone talks to etcd. When it is down, nothing can be created, changed or watched: pods that run keep running, but nothing is scheduled, scaled or repaired until it returns.</source>
        <translation>クラスターへの唯一の入り口です。kubectl も Kaji も、すべてのコントローラーと kubelet も、クラスターの読み書きは必ずこれを通して行い、etcd と話すのもこれだけです。止まると、何も作成・変更・監視できなくなります。動いている Pod はそのまま動き続けますが、復旧するまでスケジューリングもスケールも修復も行われません。</translation>
    </message>
    <message>
        <source>The cluster's memory: a replicated key-value store that holds every object. The API server keeps all state in it. When etcd loses its quorum, the API server can neither read nor write, so the cluster stays frozen as it was; data lost without a backup stays lost.</source>
        <translation>クラスターの記憶です。すべてのオブジェクトを保持する、複製されたキーバリューストアで、API サーバーはあらゆる状態をここに保存します。etcd がクォーラムを失うと API サーバーは読むことも書くこともできず、クラスターはその時点の状態で凍りつきます。バックアップのないまま失われたデータは戻りません。</translation>
    </message>
    <message>
        <source>Picks a node for every new pod, weighing its requests, affinities, taints and spreading rules. Only one instance decides at a time; the leader Lease names it. When it stops, new pods stay Pending without a node, while pods already placed go on running.</source>
        <translation>新しい Pod それぞれに、リクエスト、アフィニティ、taint、分散のルールを比べてノードを選びます。決めるのは常に 1 つのインスタンスだけで、リーダー Lease がそれを示します。止まると新しい Pod はノードが決まらず Pending のままになりますが、すでに配置された Pod は動き続けます。</translation>
    </message>
    <message>
        <source>Runs the control loops that make the cluster match what was asked: Deployments become ReplicaSets and pods, Jobs become pods, Service selectors become EndpointSlices, lost nodes lead to evictions. One instance leads, named by its Lease. When it stops, the cluster stops reacting: no rollouts, no replacement for lost pods, endpoints that no longer follow the pods.</source>
        <translation>クラスターを求められた姿に合わせる制御ループを動かします。Deployment から ReplicaSet と Pod を、Job から Pod を、Service のセレクターから EndpointSlice を作り、失われたノードの Pod を退避させます。リーダーは 1 つで、Lease がそれを示します。止まるとクラスターは反応しなくなります。ロールアウトも、失われた Pod の補充も行われず、エンドポイントは Pod の変化に追従しなくなります。</translation>
    </message>
    <message>
        <source>The agent on every node. It takes the pods assigned to its node, has the container runtime start them, runs their probes, reports node and pod status to the API server and renews the node's Lease as a heartbeat. When it stops, the node turns NotReady after about 40 seconds, its pods are no longer looked after, and later they are evicted.</source>
        <translation>各ノードのエージェントです。自分のノードに割り当てられた Pod を受け取り、コンテナランタイムに起動させ、プローブを実行し、ノードと Pod の状態を API サーバーに報告し、ハートビートとしてノードの Lease を更新します。止まると約 40 秒後にノードは NotReady になり、Pod は誰にも見守られなくなり、やがて退避されます。</translation>
    </message>
    <message>
        <source>Pulls images and runs a pod's containers for the kubelet, which talks to it through the Container Runtime Interface (CRI); containerd and CRI-O are the usual ones. When it fails, new pods on this node hang in ContainerCreating or image pull errors, and the kubelet reports the node not ready.</source>
        <translation>kubelet に代わってイメージを取得し、Pod のコンテナを動かします。kubelet とは Container Runtime Interface (CRI) で話し、containerd や CRI-O がよく使われます。故障すると、このノードの新しい Pod は ContainerCreating やイメージ取得エラーで止まり、kubelet はノードを準備未完了と報告します。</translation>
    </message>
    <message>
        <source>Runs on every node and writes the node's packet rules (iptables, IPVS or nftables) so that a Service's virtual IP leads to one of its ready pods. When it breaks, connections to Service IPs from that node fail or reach pods that are gone, while traffic straight to pod IPs still works. Some network plugins, Cilium for one, do this work themselves; then there is no kube-proxy.</source>
        <translation>各ノードで動き、Service の仮想 IP が準備完了の Pod のどれかにつながるよう、ノードのパケットルール (iptables、IPVS、nftables) を書きます。壊れると、そのノードから Service IP への接続は失敗するか、もう存在しない Pod に届きます。Pod の IP への直接の通信は引き続き動きます。Cilium など、この仕事を自分で行うネットワークプラグインもあり、その場合 kube-proxy はありません。</translation>
    </message>
    <message>
        <source>Answers name lookups inside the cluster, turning names such as orders.shop.svc into Service IPs. When it fails, pods can no longer find each other, or hosts outside, by name: most applications fail although the network itself still works.</source>
        <translation>クラスター内の名前解決に答え、orders.shop.svc のような名前を Service IP に変えます。故障すると、Pod は互いを、また外部のホストを名前で見つけられなくなります。ネットワーク自体は動いていても、ほとんどのアプリケーションが失敗します。</translation>
    </message>
    <message>
        <source>A machine, virtual or physical, that runs pods. Its kubelet and container runtime do the work; the control plane decides what runs here. When a node fails, its pods are lost and their controllers create them again on other nodes, if there is room.</source>
        <translation>Pod を動かすマシン (仮想または物理) です。実際の仕事は kubelet とコンテナランタイムが行い、ここで何を動かすかはコントロールプレーンが決めます。ノードが故障するとその Pod は失われ、余裕があればコントローラーが別のノードに作り直します。</translation>
    </message>
    <message>
        <source>The cloud provider runs the API server, etcd, the scheduler and the controller manager on machines of its own, outside the cluster. A client sees the API server's answers and little else, so most of the control plane cannot be observed from here, which is not a fault. When it fails, the provider's status page and support are the way forward.</source>
        <translation>クラウド事業者が API サーバー、etcd、スケジューラー、コントローラーマネージャーをクラスターの外の自社マシンで動かしています。クライアントから見えるのは API サーバーの応答とわずかな情報だけなので、コントロールプレーンの大部分はここからは観測できませんが、障害ではありません。故障したときは、事業者のステータスページとサポートが頼りです。</translation>
    </message>
    <message>
        <source>A control-plane component run by the kubelet of a control-plane node from a manifest file (a static pod); the API server shows it as a mirror pod. Deleting the mirror pod does not stop the component: only changing the file on that node does.</source>
        <translation>コントロールプレーンのノードの kubelet がマニフェストファイルから動かしているコンポーネント (静的 Pod) で、API サーバーにはミラー Pod として見えます。ミラー Pod を削除してもコンポーネントは止まりません。止めるにはそのノード上のファイルを変更するしかありません。</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::ConfigMapRules</name>
    <message>
        <source>ConfigMap %1 holds %2 bytes, more than the 1 MiB limit</source>
        <translation>ConfigMap %1 は %2 バイトあり、上限の 1 MiB を超えています</translation>
    </message>
    <message>
        <source>The API server rejects ConfigMaps over 1 MiB, so any update of this one fails; large files belong in a volume or an image.</source>
        <translation>API サーバーは 1 MiB を超える ConfigMap を受け付けないため、この ConfigMap の更新はすべて失敗します。大きなファイルはボリュームかイメージに置いてください。</translation>
    </message>
    <message>
        <source>%1 keys, %2 bytes</source>
        <translation>キー %1 個、%2 バイト</translation>
    </message>
    <message>
        <source>Move the large values out of the ConfigMap.</source>
        <translation>大きな値を ConfigMap の外へ移してください。</translation>
    </message>
    <message>
        <source>ConfigMap %1 is empty</source>
        <translation>ConfigMap %1 は空です</translation>
    </message>
    <message>
        <source>It has no data and no binaryData: a pod that reads a key from it finds nothing.</source>
        <translation>data も binaryData もありません。ここからキーを読む Pod は何も得られません。</translation>
    </message>
    <message>
        <source>0 keys</source>
        <translation>キー 0 個</translation>
    </message>
    <message>
        <source>Fill it, or delete it if nothing needs it.</source>
        <translation>中身を入れるか、使うものがなければ削除してください。</translation>
    </message>
    <message>
        <source>ConfigMap %1 is not used by any pod in %2</source>
        <translation>ConfigMap %1 は %2 のどの Pod にも使われていません</translation>
    </message>
    <message>
        <source>No pod and no pod template of a workload in the namespace mounts it or reads it into its environment. It may be left over, or a pod may name it with a typo.</source>
        <translation>この名前空間の Pod もワークロードの Pod テンプレートも、これをマウントせず、環境変数にも読み込んでいません。使われなくなった残りか、Pod 側で名前を書き間違えている可能性があります。</translation>
    </message>
    <message>
        <source>referenced by 0 pods and 0 pod templates</source>
        <translation>参照元: Pod 0 個、Pod テンプレート 0 個</translation>
    </message>
    <message>
        <source>Check whether something outside pods reads it; delete it if not.</source>
        <translation>Pod 以外に読むものがないか確かめ、なければ削除してください。</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::ContainerConfigRules</name>
    <message>
        <source>Container %1 may not run as root, but its image runs as root</source>
        <translation>コンテナ %1 は root での実行が禁止されていますが、イメージが root で動作します</translation>
    </message>
    <message>
        <source>The securityContext sets runAsNonRoot: true and the image's user is root (or numeric 0 is unknown), so the kubelet refuses to create the container.</source>
        <translation>securityContext で runAsNonRoot: true が指定されていますが、イメージのユーザーが root (または UID が不明) のため、kubelet はコンテナを作成しません。</translation>
    </message>
    <message>
        <source>Set securityContext.runAsUser to a non-zero UID, or build the image with a non-root USER.</source>
        <translation>securityContext.runAsUser に 0 以外の UID を指定するか、root 以外の USER でイメージをビルドしてください。</translation>
    </message>
    <message>
        <source>Container %1 cannot be created: %2</source>
        <translation>コンテナ %1 を作成できません: %2</translation>
    </message>
    <message>
        <source>The kubelet could not assemble the container's configuration: %1</source>
        <translation>kubelet がコンテナの設定を組み立てられませんでした: %1</translation>
    </message>
    <message>
        <source>Look at the pod's events.</source>
        <translation>Pod のイベントを確認してください。</translation>
    </message>
    <message>
        <source> (read into environment variable %1)</source>
        <translation> (環境変数 %1 として読み込み)</translation>
    </message>
    <message>
        <source>Container %1 cannot start: %2 %3 does not exist</source>
        <translation>コンテナ %1 を起動できません: %2 %3 が存在しません</translation>
    </message>
    <message>
        <source>The container reads %1 %2/%3%4, which does not exist, so the kubelet cannot build its environment and does not start it.</source>
        <translation>コンテナは %1 %2/%3%4 を参照していますが、存在しないため、kubelet は環境を構築できずコンテナを起動しません。</translation>
    </message>
    <message>
        <source>%1 %2/%3: not found</source>
        <translation>%1 %2/%3: 見つかりません</translation>
    </message>
    <message>
        <source>Create the %1 in namespace %2, or mark the reference optional.</source>
        <translation>名前空間 %2 に %1 を作成するか、参照を optional にしてください。</translation>
    </message>
    <message>
        <source>Container %1 cannot start: key %2 is missing in %3 %4/%5</source>
        <translation>コンテナ %1 を起動できません: %3 %4/%5 にキー %2 がありません</translation>
    </message>
    <message>
        <source>%1 %2/%3 exists, but has no key %4%5, so the kubelet cannot build the container's environment and does not start it. The keys it has: %6.</source>
        <translation>%1 %2/%3 は存在しますが、キー %4%5 がないため、kubelet はコンテナの環境を構築できず起動しません。存在するキー: %6。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 %2/%3: keys %4</source>
        <translation>%1 %2/%3: キー %4</translation>
    </message>
    <message>
        <source>Add the key to the %1 (or fix the key name in the pod template).</source>
        <translation>%1 にキーを追加してください (または Pod テンプレートのキー名を修正してください)。</translation>
    </message>
    <message>
        <source>The kubelet retries on its own once the reference resolves; restarting is not needed.</source>
        <translation>参照が解決されれば kubelet が自動で再試行するため、再起動は不要です。</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::ContainerStateRules</name>
    <message>
        <source>Container %1 was OOMKilled (no memory limit set)</source>
        <translation>コンテナ %1 が OOMKilled されました (メモリ制限なし)</translation>
    </message>
    <message>
        <source>Container %1 was OOMKilled at its memory limit of %2</source>
        <translation>コンテナ %1 がメモリ制限 %2 に達して OOMKilled されました</translation>
    </message>
    <message>
        <source>The kernel's OOM killer ended the container (exit code 137). It has no memory limit, so the node ran out of memory.</source>
        <translation>カーネルの OOM killer がコンテナを終了させました (終了コード 137)。メモリ制限が設定されていないため、ノード自体のメモリが不足しています。</translation>
    </message>
    <message numerus="yes">
        <source>The container's memory use reached its limit of %1 and the kernel's OOM killer ended it (exit code 137); the kubelet restarted it (%n restart(s) so far). Unless the memory use is a leak, the limit is too low for the work it does.</source>
        <translation>
            <numerusform>コンテナのメモリ使用量が制限 %1 に達し、カーネルの OOM killer が終了させました (終了コード 137)。kubelet が再起動しています (これまでに %n 回)。メモリリークでなければ、処理内容に対して制限が低すぎます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Its memory request is %1.</source>
        <translation>メモリ要求 (requests) は %1 です。</translation>
    </message>
    <message>
        <source>Terminated (OOMKilled), exit code %1, finished %2</source>
        <translation>Terminated (OOMKilled)、終了コード %1、終了時刻 %2</translation>
    </message>
    <message>
        <source>Memory limit: %1</source>
        <translation>メモリ制限: %1</translation>
    </message>
    <message>
        <source>Raise the memory limit in the pod template, or reduce the memory the work needs.</source>
        <translation>Pod テンプレートのメモリ制限を引き上げるか、処理に必要なメモリを減らしてください。</translation>
    </message>
    <message>
        <source>See what the container did before it was killed.</source>
        <translation>終了させられる前のコンテナの動作を確認してください。</translation>
    </message>
    <message>
        <source>Liveness probe of container %1 fails; the kubelet restarts it</source>
        <translation>コンテナ %1 の liveness probe が失敗し、kubelet が再起動しています</translation>
    </message>
    <message>
        <source>Startup probe of container %1 fails; the kubelet restarts it</source>
        <translation>コンテナ %1 の startup probe が失敗し、kubelet が再起動しています</translation>
    </message>
    <message>
        <source>The kubelet kills a container whose %1 fails failureThreshold times in a row and starts it again. Either the application hangs, or the probe asks too early or too strictly (path, port, timeout).</source>
        <translation>kubelet は %1 が failureThreshold 回連続で失敗したコンテナを停止し、再起動します。アプリケーションが応答していないか、プローブの開始が早すぎるか条件が厳しすぎます (パス、ポート、タイムアウト)。</translation>
    </message>
    <message>
        <source>Container %1 is running but not ready: its readiness probe fails</source>
        <translation>コンテナ %1 は起動していますが Ready になりません: readiness probe が失敗しています</translation>
    </message>
    <message>
        <source>While the readiness probe fails the pod is removed from its Services' endpoints, so it gets no traffic. The application answers the probe with an error: "%1".</source>
        <translation>readiness probe が失敗している間、Pod は Service のエンドポイントから外され、トラフィックを受けません。アプリケーションはプローブにエラーを返しています: "%1"。</translation>
    </message>
    <message>
        <source>Check what the application answers on the probe's endpoint, and its log.</source>
        <translation>プローブのエンドポイントに対するアプリケーションの応答と、ログを確認してください。</translation>
    </message>
    <message>
        <source>Container %1 cannot be started: %2</source>
        <translation>コンテナ %1 を起動できません: %2</translation>
    </message>
    <message>
        <source>The container runtime failed to %1 the container: "%2". A wrong command or entrypoint, a missing binary in the image, or a mount the runtime cannot make are the usual reasons.</source>
        <translation>コンテナランタイムがコンテナの%1に失敗しました: "%2"。コマンドやエントリポイントの誤り、イメージ内のバイナリの欠落、ランタイムが実行できないマウントがよくある原因です。</translation>
    </message>
    <message>
        <source>create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>start</source>
        <translation>起動</translation>
    </message>
    <message>
        <source>Check the container's command and args against the image.</source>
        <translation>コンテナの command と args をイメージの内容と照らし合わせてください。</translation>
    </message>
    <message>
        <source>Pod is stuck creating: a volume cannot be mounted</source>
        <translation>Pod が作成中のまま止まっています: ボリュームをマウントできません</translation>
    </message>
    <message>
        <source>The kubelet cannot mount a volume, so no container starts: "%1". A missing ConfigMap, Secret or claim, or a volume attached to another node, are the usual reasons.</source>
        <translation>kubelet がボリュームをマウントできないため、どのコンテナも起動しません: "%1"。ConfigMap、Secret、PVC の欠落や、別ノードにアタッチされたままのボリュームがよくある原因です。</translation>
    </message>
    <message>
        <source>Pod is stuck creating: its sandbox (network namespace) cannot be created</source>
        <translation>Pod が作成中のまま止まっています: サンドボックス (ネットワーク名前空間) を作成できません</translation>
    </message>
    <message>
        <source>The container runtime or the CNI plugin failed to set up the pod: "%1". Check the CNI pods on node %2 and the node's free IP addresses.</source>
        <translation>コンテナランタイムまたは CNI プラグインが Pod のセットアップに失敗しました: "%1"。ノード %2 の CNI の Pod と、ノードの空き IP アドレスを確認してください。</translation>
    </message>
    <message>
        <source>Read the pod's events.</source>
        <translation>Pod のイベントを確認してください。</translation>
    </message>
    <message>
        <source>Init container %1 failed (exit code %2); the app containers never start</source>
        <translation>init コンテナ %1 が失敗しました (終了コード %2)。アプリのコンテナは起動しません</translation>
    </message>
    <message>
        <source>Init containers must all succeed, in order, before the pod's containers start.</source>
        <translation>Pod のコンテナが起動する前に、init コンテナがすべて順に成功する必要があります。</translation>
    </message>
    <message>
        <source>Terminated (%1), exit code %2</source>
        <translation>Terminated (%1)、終了コード %2</translation>
    </message>
    <message>
        <source>Its log ends with: "%1".</source>
        <translation>ログの最後: "%1"。</translation>
    </message>
    <message>
        <source>Read the init container's log.</source>
        <translation>init コンテナのログを確認してください。</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::ContextListModel</name>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Connected, live</source>
        <translation>接続済み（ライブ更新中）</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>再接続中</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>権限なし</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>%1
%2
Not connected</source>
        <translation>%1
%2
未接続</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::CrashLoopRules</name>
    <message>
        <source>Exit code 0: the process ended successfully, but a Deployment's container must keep running.</source>
        <translation>終了コード 0: プロセスは正常終了しましたが、Deployment のコンテナは動き続ける必要があります。</translation>
    </message>
    <message>
        <source>Exit code 1: the application stopped itself with a general error; its log says why.</source>
        <translation>終了コード 1: アプリケーションが一般的なエラーで自ら終了しました。理由はログにあります。</translation>
    </message>
    <message>
        <source>Exit code 2: misuse of a shell command or bad command-line arguments.</source>
        <translation>終了コード 2: シェルコマンドの誤用、またはコマンドライン引数の誤りです。</translation>
    </message>
    <message>
        <source>Exit code 126: the command was found but is not executable (permissions or a wrong binary format).</source>
        <translation>終了コード 126: コマンドは見つかりましたが実行できません (権限、またはバイナリ形式の誤り)。</translation>
    </message>
    <message>
        <source>Exit code 127: the command was not found in the image (check command/args and PATH).</source>
        <translation>終了コード 127: イメージ内にコマンドが見つかりません (command/args と PATH を確認してください)。</translation>
    </message>
    <message>
        <source>Exit code 134 (SIGABRT): the process aborted itself, often a failed assertion or a native crash.</source>
        <translation>終了コード 134 (SIGABRT): プロセスが自らアボートしました。アサーション失敗やネイティブコードのクラッシュが多い原因です。</translation>
    </message>
    <message>
        <source>Exit code 137 (SIGKILL): killed from outside, by the OOM killer, a failed liveness probe or an unfinished shutdown.</source>
        <translation>終了コード 137 (SIGKILL): 外部から強制終了されました。OOM killer、liveness probe の失敗、終了処理のタイムアウトのいずれかです。</translation>
    </message>
    <message>
        <source>Exit code 139 (SIGSEGV): the process crashed on an invalid memory access (a native bug or an incompatible library).</source>
        <translation>終了コード 139 (SIGSEGV): 不正なメモリアクセスでクラッシュしました (ネイティブコードのバグ、または互換性のないライブラリ)。</translation>
    </message>
    <message>
        <source>Exit code 143 (SIGTERM): the process was asked to stop, e.g. by a failed liveness probe or a rollout, and exited.</source>
        <translation>終了コード 143 (SIGTERM): liveness probe の失敗やロールアウトなどで停止を求められ、終了しました。</translation>
    </message>
    <message>
        <source>Exit code %1: killed by signal %2.</source>
        <translation>終了コード %1: シグナル %2 で終了させられました。</translation>
    </message>
    <message>
        <source>Exit code %1: an application-specific failure; its log says why.</source>
        <translation>終了コード %1: アプリケーション固有のエラーです。理由はログにあります。</translation>
    </message>
    <message numerus="yes">
        <source>Last state: Terminated (%1), exit code %2, finished %3; %n restart(s)</source>
        <translation>
            <numerusform>前回の状態: Terminated (%1)、終了コード %2、終了時刻 %3、再起動 %n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>Init container %1</source>
        <translation>init コンテナ %1</translation>
    </message>
    <message>
        <source>Container %1</source>
        <translation>コンテナ %1</translation>
    </message>
    <message>
        <source>%1 is killed for exceeding its memory limit %2 and restarts in a loop</source>
        <translation>%1 がメモリ制限 %2 を超えて強制終了され、再起動を繰り返しています</translation>
    </message>
    <message>
        <source>(none set)</source>
        <translation>(未設定)</translation>
    </message>
    <message>
        <source>The kernel's OOM killer ended the container (exit 137); it has no memory limit, so the node itself ran out of memory.</source>
        <translation>カーネルの OOM killer がコンテナを終了させました (終了コード 137)。メモリ制限がないため、ノード自体のメモリが不足しています。</translation>
    </message>
    <message>
        <source>The container used more than its memory limit of %1 and the kernel's OOM killer ended it (exit 137). It is restarted and killed again.</source>
        <translation>コンテナがメモリ制限 %1 を超えて使用し、カーネルの OOM killer が終了させました (終了コード 137)。再起動しては再び強制終了されています。</translation>
    </message>
    <message>
        <source>Raise the memory limit, or find what grows in the previous log.</source>
        <translation>メモリ制限を引き上げるか、前回のログで何が増え続けているかを調べてください。</translation>
    </message>
    <message>
        <source>%1 crashes at start and restarts in a loop (exit code %2)</source>
        <translation>%1 が起動時にクラッシュし、再起動を繰り返しています (終了コード %2)</translation>
    </message>
    <message>
        <source>The last error in its previous log: "%1".</source>
        <translation>前回のログの最後のエラー: "%1"。</translation>
    </message>
    <message>
        <source>The previous log could not be read.</source>
        <translation>前回のログを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Read the log of the instance that crashed.</source>
        <translation>クラッシュしたインスタンスのログを確認してください。</translation>
    </message>
    <message>
        <source>%1 crashes: %2 migration %3 fails</source>
        <translation>%1 がクラッシュ: %2 のマイグレーション %3 が失敗しています</translation>
    </message>
    <message>
        <source>%1 crashes: %2 migration %3 fails: %4</source>
        <translation>%1 がクラッシュ: %2 のマイグレーション %3 が失敗しています: %4</translation>
    </message>
    <message>
        <source>At start the application runs its %1 database migrations. Migration %2 fails%3, so the application exits and the kubelet restarts it, only for the same migration to fail again. Restarting will not help: the migration or the schema it expects must change.</source>
        <translation>アプリケーションは起動時に %1 のデータベースマイグレーションを実行します。マイグレーション %2 が失敗し%3、アプリケーションは終了します。kubelet が再起動しても同じマイグレーションが再び失敗します。再起動では解決しません。マイグレーションか、それが前提とするスキーマを修正する必要があります。</translation>
    </message>
    <message>
        <source> with "%1"</source>
        <translation> ("%1")</translation>
    </message>
    <message>
        <source>Fix the migration (or the schema it expects) and roll out a new image; if the tool recorded a failed run, repair its history table first.</source>
        <translation>マイグレーション (またはそれが前提とするスキーマ) を修正し、新しいイメージをロールアウトしてください。ツールが失敗を記録している場合は、先に履歴テーブルを修復してください。</translation>
    </message>
    <message>
        <source>%1 crashes: host %2 cannot be resolved</source>
        <translation>%1 がクラッシュ: ホスト %2 を名前解決できません</translation>
    </message>
    <message>
        <source>The application cannot resolve "%1" and exits. There is no Service %2 in namespace %3, so cluster DNS has no such name.</source>
        <translation>アプリケーションが "%1" を名前解決できずに終了しています。名前空間 %3 に Service %2 がないため、クラスタ DNS にその名前は存在しません。</translation>
    </message>
    <message>
        <source>Service %1/%2: not found</source>
        <translation>Service %1/%2: 見つかりません</translation>
    </message>
    <message>
        <source>Create the Service, or fix the host name in the application's configuration.</source>
        <translation>Service を作成するか、アプリケーションの設定のホスト名を修正してください。</translation>
    </message>
    <message>
        <source>The application cannot resolve "%1" and exits: "%2".</source>
        <translation>アプリケーションが "%1" を名前解決できずに終了しています: "%2"。</translation>
    </message>
    <message>
        <source>%1 crashes: environment variable %2 is missing</source>
        <translation>%1 がクラッシュ: 環境変数 %2 がありません</translation>
    </message>
    <message>
        <source>The application exits because %1 is missing or empty, although the container spec sets it: check the value it gets.</source>
        <translation>コンテナの spec では設定されていますが、%1 が欠落しているか空のためアプリケーションが終了しています。渡されている値を確認してください。</translation>
    </message>
    <message>
        <source>The application exits because %1 is not set, and the container spec does not define it in env (it may be expected from envFrom).</source>
        <translation>%1 が設定されていないためアプリケーションが終了しています。コンテナの spec の env にも定義がありません (envFrom から渡される想定かもしれません)。</translation>
    </message>
    <message>
        <source>Set the variable in the pod template.</source>
        <translation>Pod テンプレートで変数を設定してください。</translation>
    </message>
    <message>
        <source>%1 crashes: file %2 is missing</source>
        <translation>%1 がクラッシュ: ファイル %2 がありません</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(名前不明)</translation>
    </message>
    <message>
        <source>The application exits because a file it needs does not exist: "%1". A ConfigMap or Secret volume not mounted there, a missing key in it, or a wrong path in the image are the usual reasons.</source>
        <translation>必要なファイルが存在しないためアプリケーションが終了しています: "%1"。ConfigMap や Secret のボリュームがそこにマウントされていない、キーが欠けている、イメージ内のパスが誤っている、がよくある原因です。</translation>
    </message>
    <message>
        <source>Compare the path with the container's volumeMounts.</source>
        <translation>パスをコンテナの volumeMounts と比べてください。</translation>
    </message>
    <message>
        <source>%1 crashes: permission denied</source>
        <translation>%1 がクラッシュ: 権限がありません (permission denied)</translation>
    </message>
    <message>
        <source>The application exits on "%1". The user the container runs as (securityContext.runAsUser), a read-only root filesystem or the volume's ownership (fsGroup) do not allow it.</source>
        <translation>アプリケーションが "%1" で終了しています。コンテナの実行ユーザー (securityContext.runAsUser)、読み取り専用のルートファイルシステム、またはボリュームの所有者 (fsGroup) がその操作を許可していません。</translation>
    </message>
    <message>
        <source>Check the pod's and the container's securityContext.</source>
        <translation>Pod とコンテナの securityContext を確認してください。</translation>
    </message>
    <message>
        <source>%1 crashes: connection to %2 refused</source>
        <translation>%1 がクラッシュ: %2 への接続が拒否されています</translation>
    </message>
    <message>
        <source>a dependency</source>
        <translation>依存先</translation>
    </message>
    <message>
        <source>The application exits because %1 refused its connection, and there is no Service %2 in namespace %3.</source>
        <translation>%1 に接続を拒否されたためアプリケーションが終了しています。名前空間 %3 に Service %2 は存在しません。</translation>
    </message>
    <message>
        <source>The application exits because %1 refused its connection: Service %2/%3 has no ready endpoints, so nothing answers behind it. Fix the pods behind that Service first; this container will then start.</source>
        <translation>%1 に接続を拒否されたためアプリケーションが終了しています。Service %2/%3 に Ready なエンドポイントがなく、応答する Pod がありません。先にその Service の背後の Pod を直してください。そうすればこのコンテナも起動します。</translation>
    </message>
    <message>
        <source>Service %1/%2: 0 ready endpoints</source>
        <translation>Service %1/%2: Ready なエンドポイント 0 件</translation>
    </message>
    <message numerus="yes">
        <source>The application exits because %1 refused its connection, although Service %2/%3 has %n ready endpoint(s): check the port the application uses against the Service's ports.</source>
        <translation>
            <numerusform>Service %2/%3 には Ready なエンドポイントが %n 件ありますが、%1 に接続を拒否されたためアプリケーションが終了しています。アプリケーションが使うポートと Service のポートを照合してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Service %1/%2: %n ready endpoint(s)</source>
        <translation>
            <numerusform>Service %1/%2: Ready なエンドポイント %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the endpoints of the Service it connects to.</source>
        <translation>接続先の Service のエンドポイントを確認してください。</translation>
    </message>
    <message>
        <source>The application exits because the connection to %1 was refused: nothing listens there, or the dependency is not up yet.</source>
        <translation>%1 への接続が拒否されたためアプリケーションが終了しています。そこで待ち受けているものがないか、依存先がまだ起動していません。</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::DiagnosisLoader</name>
    <message>
        <source>listing across all namespaces is forbidden; diagnosing namespace %1 only</source>
        <translation>全名前空間の一覧取得が禁止されているため、名前空間 %1 のみを診断します</translation>
    </message>
    <message>
        <source>the server's list of %1 was not JSON</source>
        <translation>サーバーが返した %1 の一覧が JSON ではありませんでした</translation>
    </message>
    <message>
        <source>logs of %1 more containers were not read</source>
        <translation>さらに %1 個のコンテナのログは読み取っていません</translation>
    </message>
    <message>
        <source>logs of %1 containers did not arrive in time</source>
        <translation>%1 個のコンテナのログが時間内に届きませんでした</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::Diagram</name>
    <message numerus="yes">
        <source>(%n restarts)</source>
        <translation>
            <numerusform>(再起動 %n 回)</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>低下</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>存在しない</translation>
    </message>
    <message>
        <source>Hidden by permissions</source>
        <translation>権限により非表示</translation>
    </message>
    <message>
        <source>Not observable</source>
        <translation>観測不可</translation>
    </message>
    <message>
        <source>Not detected</source>
        <translation>未検出</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::DiagramAccess</name>
    <message>
        <source>Not read yet</source>
        <translation>まだ読み取っていません</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>読み取れませんでした</translation>
    </message>
    <message>
        <source>%1 were read only in the namespaces %2: listing them across namespaces was refused.</source>
        <translation>%1 は名前空間 %2 でのみ読み取りました: 名前空間をまたいだ一覧取得は拒否されました。</translation>
    </message>
    <message>
        <source>Your permissions do not allow listing %1: what they would show is drawn as hidden.</source>
        <translation>権限により %1 を一覧取得できません: 表示されるはずのものは非表示として描画します。</translation>
    </message>
    <message>
        <source>The server does not serve %1.</source>
        <translation>サーバーは %1 を提供していません。</translation>
    </message>
    <message>
        <source>%1 are still being read.</source>
        <translation>%1 はまだ読み取り中です。</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 を読み取れませんでした。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>Hidden by permissions</source>
        <translation>権限により非表示</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::DiagramAssembly</name>
    <message>
        <source>Referenced, but does not exist</source>
        <translation>参照されていますが存在しません</translation>
    </message>
    <message>
        <source>Your permissions do not allow reading %1</source>
        <translation>権限がないため %1 を読み取れません</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>%1 not loaded yet</source>
        <translation>%1 はまだ読み込まれていません</translation>
    </message>
    <message>
        <source>Kaji does not read %1 objects</source>
        <translation>Kaji は %1 オブジェクトを読み取りません</translation>
    </message>
    <message>
        <source>%1 read only in namespaces %2 (permissions)</source>
        <translation>%1 は名前空間 %2 でのみ読み取り (権限による)</translation>
    </message>
    <message>
        <source>Hidden by permissions: %1</source>
        <translation>権限により非表示: %1</translation>
    </message>
    <message>
        <source>Still loading: %1</source>
        <translation>読み込み中: %1</translation>
    </message>
    <message>
        <source>Not served by this cluster: %1</source>
        <translation>このクラスターでは提供されていません: %1</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::DiagramFilter</name>
    <message>
        <source>Label selector not applied: %1</source>
        <translation>ラベルセレクターは適用されていません: %1</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::DraftStore</name>
    <message>
        <source>cannot create the drafts folder %1</source>
        <translation>下書きフォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot write the draft %1: %2</source>
        <translation>下書き %1 を書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::EditChange</name>
    <message>
        <source>a key is set twice: the server would refuse the object</source>
        <translation>同じキーが 2 回設定されています: サーバーはこのオブジェクトを拒否します</translation>
    </message>
    <message>
        <source>the text holds no object</source>
        <translation>テキストにオブジェクトがありません</translation>
    </message>
    <message>
        <source>%1 cannot change in an edit (it was "%2"): change it back, or create a new object from the text instead</source>
        <translation>%1 は編集では変更できません (元は "%2"): 元に戻すか、このテキストから新しいオブジェクトを作成してください</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::EditErrors</name>
    <message>
        <source>The cluster could not be reached: %1. Nothing was saved; your text is kept.</source>
        <translation>クラスターに接続できませんでした: %1。何も保存されていません。テキストはそのまま残っています。</translation>
    </message>
    <message>
        <source>Preview unavailable: %1. Saving is still possible.</source>
        <translation>プレビューは利用できません: %1。保存は引き続き可能です。</translation>
    </message>
    <message>
        <source>The server did not accept your credentials: %1. Log in again and save; your text is kept.</source>
        <translation>サーバーが認証情報を受け付けませんでした: %1。再ログインしてから保存してください。テキストはそのまま残っています。</translation>
    </message>
    <message>
        <source>You may not change this object: %1. Nothing was saved; your text is kept.</source>
        <translation>このオブジェクトを変更する権限がありません: %1。何も保存されていません。テキストはそのまま残っています。</translation>
    </message>
    <message>
        <source>The server refused the object: %1</source>
        <translation>サーバーがオブジェクトを拒否しました: %1</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1): %2. Nothing was saved; your text is kept.</source>
        <translation>サーバーでエラーが発生しました (HTTP %1): %2。何も保存されていません。テキストはそのまま残っています。</translation>
    </message>
    <message>
        <source>The server refused the change (HTTP %1): %2</source>
        <translation>サーバーが変更を拒否しました (HTTP %1): %2</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::EditSession</name>
    <message>
        <source>The object was deleted on the server while you edited it. Your text is kept: you can create the object again from your edits.</source>
        <translation>編集中にオブジェクトがサーバーで削除されました。テキストはそのまま残っています: 編集内容からオブジェクトを作成し直せます。</translation>
    </message>
    <message>
        <source>Someone else changed fields you changed since the object was shown. Choose for each whether to keep yours or take theirs; nothing was saved.</source>
        <translation>表示した後に、あなたが変更したフィールドを他の誰かも変更しました。フィールドごとに自分の値を残すか相手の値を採るか選んでください。何も保存されていません。</translation>
    </message>
    <message>
        <source>The object kept changing on the server (%1 tries). Nothing was saved; your text is kept: save again.</source>
        <translation>サーバー上でオブジェクトが変更され続けました (%1 回試行)。何も保存されていません。テキストはそのまま残っています: もう一度保存してください。</translation>
    </message>
    <message>
        <source>An object of this name exists again: %1. Your text is kept.</source>
        <translation>この名前のオブジェクトが既に存在します: %1。テキストはそのまま残っています。</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::EditableText</name>
    <message>
        <source>base64: this value is not UTF-8 text</source>
        <translation>base64: この値は UTF-8 テキストではありません</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::EksAccessHint</name>
    <message>
        <source>EKS did not recognise the IAM principal this context signs in as (profile %1). Most likely it has no access entry in cluster %2, and no mapping in the aws-auth ConfigMap either. See which principal that is with `%3`, then have an administrator of the cluster check `%4` (or `kubectl describe configmap aws-auth -n kube-system`) and add it.</source>
        <translation>EKS はこのコンテキストがサインインに使う IAM プリンシパル (プロファイル %1) を認識しませんでした。おそらくクラスター %2 にそのアクセスエントリがなく、aws-auth ConfigMap にもマッピングがありません。`%3` でどのプリンシパルかを確認し、クラスターの管理者に `%4` (または `kubectl describe configmap aws-auth -n kube-system`) を確認して追加してもらってください。</translation>
    </message>
    <message>
        <source>EKS knows the IAM principal of this context but its permissions do not allow this. Its access policies (`%1`, with the ARN `%2` prints) or the RBAC groups of its aws-auth mapping decide what it may do; `kubectl auth can-i --list` shows what it may.</source>
        <translation>EKS はこのコンテキストの IAM プリンシパルを認識していますが、権限がこの操作を許可していません。できることはアクセスポリシー (`%1`。ARN は `%2` で表示されます) か、aws-auth マッピングの RBAC グループで決まります。許可されている操作は `kubectl auth can-i --list` で確認できます。</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::Finding</name>
    <message>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::FindingBadges</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…ほか %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Models::FindingModel</name>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::ImagePullRules</name>
    <message>
        <source>Container %1 has an invalid image reference "%2"</source>
        <translation>コンテナ %1 のイメージ参照 "%2" が不正です</translation>
    </message>
    <message>
        <source>The kubelet cannot parse the image reference "%1", so it never tries to pull it. Image references are [registry/]repository[:tag][@digest], lowercase, without spaces or a scheme such as https://.</source>
        <translation>kubelet がイメージ参照 "%1" を解析できないため、pull は一度も試みられません。イメージ参照は [registry/]repository[:tag][@digest] の形式で、小文字、空白なし、https:// などのスキームなしで書きます。</translation>
    </message>
    <message>
        <source>Fix the image reference in the workload's pod template.</source>
        <translation>ワークロードの Pod テンプレートでイメージ参照を修正してください。</translation>
    </message>
    <message>
        <source>Image pull fails: pull secret %1 does not exist</source>
        <translation>イメージの pull に失敗: pull secret %1 が存在しません</translation>
    </message>
    <message>
        <source>Pod %1 names the image pull secret %2, but there is no Secret of that name in namespace %3. Without its credentials the registry %4 refuses to serve %5, and the kubelet retries with growing back-off (ImagePullBackOff).</source>
        <translation>Pod %1 はイメージ pull secret %2 を指定していますが、名前空間 %3 にその名前の Secret がありません。認証情報がないためレジストリ %4 は %5 の取得を拒否し、kubelet は間隔を延ばしながら再試行しています (ImagePullBackOff)。</translation>
    </message>
    <message>
        <source>Secret %1/%2: not found</source>
        <translation>Secret %1/%2: 見つかりません</translation>
    </message>
    <message>
        <source>Create the pull secret with credentials for %1 in namespace %2.</source>
        <translation>名前空間 %2 に %1 の認証情報を持つ pull secret を作成してください。</translation>
    </message>
    <message>
        <source>Or fix the name in spec.imagePullSecrets if the secret exists under another name.</source>
        <translation>別の名前で Secret が存在する場合は、spec.imagePullSecrets の名前を修正してください。</translation>
    </message>
    <message>
        <source>Image pull fails: pull secret %1 is of type %2, not kubernetes.io/dockerconfigjson</source>
        <translation>イメージの pull に失敗: pull secret %1 のタイプが kubernetes.io/dockerconfigjson ではなく %2 です</translation>
    </message>
    <message>
        <source>The kubelet only reads registry credentials from Secrets of type kubernetes.io/dockerconfigjson (or the older kubernetes.io/dockercfg). Secret %1 has type %2, so the pull of %3 goes out without credentials.</source>
        <translation>kubelet がレジストリの認証情報を読むのは kubernetes.io/dockerconfigjson (または旧形式の kubernetes.io/dockercfg) タイプの Secret だけです。Secret %1 のタイプは %2 のため、%3 の pull は認証情報なしで行われます。</translation>
    </message>
    <message>
        <source>Secret %1: type %2</source>
        <translation>Secret %1: タイプ %2</translation>
    </message>
    <message>
        <source>Recreate the secret as a docker-registry secret.</source>
        <translation>docker-registry タイプの Secret として作り直してください。</translation>
    </message>
    <message>
        <source>Image pull fails: pull secret %1 has no credentials for %2</source>
        <translation>イメージの pull に失敗: pull secret %1 に %2 の認証情報がありません</translation>
    </message>
    <message>
        <source>The image %1 is served by %2, but the docker config in Secret %3 lists other registries only, so the kubelet pulls without credentials and the registry refuses.</source>
        <translation>イメージ %1 は %2 から配信されますが、Secret %3 の docker config には別のレジストリしか登録されていません。そのため kubelet は認証情報なしで pull し、レジストリに拒否されます。</translation>
    </message>
    <message>
        <source>Secret %1: no entry for %2</source>
        <translation>Secret %1: %2 のエントリがありません</translation>
    </message>
    <message>
        <source>Add an entry for %1 to the secret, or name a secret that has one.</source>
        <translation>Secret に %1 のエントリを追加するか、エントリを持つ Secret を指定してください。</translation>
    </message>
    <message>
        <source>Image %1 was not found in %2</source>
        <translation>イメージ %1 が %2 に見つかりません</translation>
    </message>
    <message>
        <source>The registry answered that the repository or tag of %1 does not exist. A typo in the tag, a tag that was never pushed, or one deleted by a retention policy are the usual reasons.</source>
        <translation>レジストリは %1 のリポジトリまたはタグが存在しないと応答しました。タグの打ち間違い、push されていないタグ、保持ポリシーで削除されたタグがよくある原因です。</translation>
    </message>
    <message>
        <source>Check which tags exist in the registry and fix the image in the pod template.</source>
        <translation>レジストリに存在するタグを確認し、Pod テンプレートのイメージを修正してください。</translation>
    </message>
    <message>
        <source>Registry %1 denied the pull of %2</source>
        <translation>レジストリ %1 が %2 の pull を拒否しました</translation>
    </message>
    <message>
        <source>The registry refused the pull and the pod names no image pull secret. A private registry needs credentials through spec.imagePullSecrets or the ServiceAccount's imagePullSecrets.</source>
        <translation>レジストリが pull を拒否しましたが、Pod はイメージ pull secret を指定していません。プライベートレジストリには spec.imagePullSecrets か ServiceAccount の imagePullSecrets で認証情報を渡す必要があります。</translation>
    </message>
    <message>
        <source>The registry refused the credentials of pull secret %1: they may be expired, or lack read access to this repository.</source>
        <translation>レジストリが pull secret %1 の認証情報を拒否しました。期限切れか、このリポジトリの読み取り権限がない可能性があります。</translation>
    </message>
    <message>
        <source>Give the pod a pull secret with valid credentials for %1.</source>
        <translation>%1 の有効な認証情報を持つ pull secret を Pod に指定してください。</translation>
    </message>
    <message>
        <source>Registry %1 cannot be reached from node %2</source>
        <translation>ノード %2 からレジストリ %1 に到達できません</translation>
    </message>
    <message>
        <source>The node could not connect to the registry (DNS, firewall, proxy or an outage), so no image was pulled.</source>
        <translation>ノードがレジストリに接続できなかったため (DNS、ファイアウォール、プロキシ、または障害)、イメージを取得できませんでした。</translation>
    </message>
    <message>
        <source>Check the node's DNS and egress to the registry.</source>
        <translation>ノードの DNS と、レジストリへの外向き通信を確認してください。</translation>
    </message>
    <message>
        <source>Image %1 cannot be pulled</source>
        <translation>イメージ %1 を pull できません</translation>
    </message>
    <message>
        <source>The kubelet reports %1 without saying why; the pod's events tell more.</source>
        <translation>kubelet は理由を示さずに %1 を報告しています。詳細は Pod のイベントにあります。</translation>
    </message>
    <message>
        <source>The kubelet reports: %1</source>
        <translation>kubelet の報告: %1</translation>
    </message>
    <message>
        <source>Kaji may not read Secrets here, so it could not check pull secret %1.</source>
        <translation>Kaji にはここで Secret を読む権限がないため、pull secret %1 を確認できませんでした。</translation>
    </message>
    <message>
        <source>Look at the pod's events.</source>
        <translation>Pod のイベントを確認してください。</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::IngressRoutes</name>
    <message>
        <source>Default class</source>
        <translation>デフォルトクラス</translation>
    </message>
    <message>
        <source>Route %1: Service %2 has no port %3</source>
        <translation>ルート %1: Service %2 にポート %3 がありません</translation>
    </message>
    <message>
        <source>Ingress %1 routes to it, but no such Service exists</source>
        <translation>Ingress %1 がここへルーティングしていますが、その Service は存在しません</translation>
    </message>
    <message>
        <source>Route %1: Service %2 does not exist</source>
        <translation>ルート %1: Service %2 は存在しません</translation>
    </message>
    <message>
        <source>Kaji does not read %1 objects</source>
        <translation>Kaji は %1 オブジェクトを読み取りません</translation>
    </message>
    <message>
        <source>default backend</source>
        <translation>デフォルトバックエンド</translation>
    </message>
    <message>
        <source>Address %1</source>
        <translation>アドレス %1</translation>
    </message>
    <message>
        <source>None of its routes leads anywhere</source>
        <translation>どのルートもどこにもつながっていません</translation>
    </message>
    <message>
        <source>It has no route and no default backend</source>
        <translation>ルートもデフォルトバックエンドもありません</translation>
    </message>
    <message>
        <source>It names no IngressClass and no class is the default: only a controller set to take Ingresses without a class serves it</source>
        <translation>IngressClass を指定しておらず、デフォルトのクラスもありません。クラスなしの Ingress を受け付けるよう設定されたコントローラーだけが処理します</translation>
    </message>
    <message>
        <source>default class</source>
        <translation>デフォルトクラス</translation>
    </message>
    <message>
        <source>Ingresses name it, but no such IngressClass exists</source>
        <translation>Ingress が指定していますが、その IngressClass は存在しません</translation>
    </message>
    <message>
        <source>IngressClass %1 does not exist: no controller serves this Ingress</source>
        <translation>IngressClass %1 は存在しません。この Ingress を処理するコントローラーはありません</translation>
    </message>
    <message>
        <source>TLS with the controller's default certificate</source>
        <translation>コントローラーのデフォルト証明書による TLS</translation>
    </message>
    <message>
        <source>Ingress %1 names it for TLS, but no such Secret exists</source>
        <translation>Ingress %1 が TLS 用に指定していますが、その Secret は存在しません</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS 証明書</translation>
    </message>
    <message>
        <source>TLS Secret %1 does not exist: the controller serves its default certificate, which clients will not trust</source>
        <translation>TLS Secret %1 は存在しません。コントローラーはデフォルト証明書を返し、クライアントはそれを信頼しません</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::JobRules</name>
    <message>
        <source>Job %1 failed: its pods failed more than backoffLimit (%2) allows</source>
        <translation>Job %1 が失敗: Pod の失敗回数が backoffLimit (%2) を超えました</translation>
    </message>
    <message>
        <source>Job %1 failed: it ran longer than activeDeadlineSeconds</source>
        <translation>Job %1 が失敗: 実行時間が activeDeadlineSeconds を超えました</translation>
    </message>
    <message>
        <source>Job %1 failed (%2)</source>
        <translation>Job %1 が失敗しました (%2)</translation>
    </message>
    <message>
        <source>Pod %1: Terminated (%2), exit code %3</source>
        <translation>Pod %1: Terminated (%2)、終了コード %3</translation>
    </message>
    <message>
        <source>The Job controller gave up: "%1". It will not start more pods.</source>
        <translation>Job コントローラーが処理を打ち切りました: "%1"。これ以上 Pod は起動されません。</translation>
    </message>
    <message>
        <source>The failed pod's log ends with: "%1".</source>
        <translation>失敗した Pod のログの最後: "%1"。</translation>
    </message>
    <message>
        <source>Read the log of a failed pod.</source>
        <translation>失敗した Pod のログを確認してください。</translation>
    </message>
    <message>
        <source>After fixing the cause, delete the Job and create it again (Jobs are not restarted).</source>
        <translation>原因を直したら、Job を削除して作り直してください (Job は再実行されません)。</translation>
    </message>
    <message>
        <source>CronJob %1 has an invalid schedule "%2"</source>
        <translation>CronJob %1 のスケジュール "%2" が不正です</translation>
    </message>
    <message>
        <source>The schedule must have five fields (minute hour day-of-month month day-of-week) or be a macro such as @hourly; the controller cannot run this one.</source>
        <translation>スケジュールは 5 つのフィールド (分 時 日 月 曜日) か @hourly などのマクロで書く必要があります。このスケジュールではコントローラーが実行できません。</translation>
    </message>
    <message>
        <source>Fix the schedule.</source>
        <translation>スケジュールを修正してください。</translation>
    </message>
    <message>
        <source>CronJob %1 is suspended</source>
        <translation>CronJob %1 は一時停止中です</translation>
    </message>
    <message>
        <source>spec.suspend is true, so no Jobs are created on the schedule "%1".</source>
        <translation>spec.suspend が true のため、スケジュール "%1" で Job は作成されません。</translation>
    </message>
    <message>
        <source>Resume it when it should run again.</source>
        <translation>再び実行させる時に再開してください。</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::KindTreeModel</name>
    <message>
        <source>Workloads</source>
        <translation>ワークロード</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Access control</source>
        <translation>アクセス制御</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Custom resources</source>
        <translation>カスタムリソース</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>StatefulSets</source>
        <translation>StatefulSet</translation>
    </message>
    <message>
        <source>DaemonSets</source>
        <translation>DaemonSet</translation>
    </message>
    <message>
        <source>ReplicaSets</source>
        <translation>ReplicaSet</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>CronJobs</source>
        <translation>CronJob</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>EndpointSlices</source>
        <translation>EndpointSlice</translation>
    </message>
    <message>
        <source>Ingresses</source>
        <translation>Ingress</translation>
    </message>
    <message>
        <source>IngressClasses</source>
        <translation>IngressClass</translation>
    </message>
    <message>
        <source>NetworkPolicies</source>
        <translation>NetworkPolicy</translation>
    </message>
    <message>
        <source>ConfigMaps</source>
        <translation>ConfigMap</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>HorizontalPodAutoscalers</source>
        <translation>HorizontalPodAutoscaler</translation>
    </message>
    <message>
        <source>PodDisruptionBudgets</source>
        <translation>PodDisruptionBudget</translation>
    </message>
    <message>
        <source>ResourceQuotas</source>
        <translation>ResourceQuota</translation>
    </message>
    <message>
        <source>LimitRanges</source>
        <translation>LimitRange</translation>
    </message>
    <message>
        <source>PersistentVolumeClaims</source>
        <translation>PersistentVolumeClaim</translation>
    </message>
    <message>
        <source>PersistentVolumes</source>
        <translation>PersistentVolume</translation>
    </message>
    <message>
        <source>StorageClasses</source>
        <translation>StorageClass</translation>
    </message>
    <message>
        <source>ServiceAccounts</source>
        <translation>ServiceAccount</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>RoleBindings</source>
        <translation>RoleBinding</translation>
    </message>
    <message>
        <source>ClusterRoles</source>
        <translation>ClusterRole</translation>
    </message>
    <message>
        <source>ClusterRoleBindings</source>
        <translation>ClusterRoleBinding</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation>名前空間</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::ManagedControlPlane</name>
    <message>
        <source>The API server's version %1 is %2's</source>
        <translation>API サーバーのバージョン %1 は %2 のものです</translation>
    </message>
    <message>
        <source>Every node runs on Azure (providerID azure://) and no control-plane component of the cluster's own is visible</source>
        <translation>すべてのノードが Azure 上で動いており (providerID azure://)、クラスター自身のコントロールプレーン コンポーネントは見えません</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::MetricsGap</name>
    <message>
        <source>Reading usage is forbidden: %1. It needs permission to list pods.metrics.k8s.io and nodes.metrics.k8s.io (the system:aggregated-metrics-reader role grants it).</source>
        <translation>使用量の読み取りが禁止されています: %1。pods.metrics.k8s.io と nodes.metrics.k8s.io を list する権限が必要です (system:aggregated-metrics-reader ロールで付与できます)。</translation>
    </message>
    <message>
        <source>No metrics API: the cluster has no APIService v1beta1.metrics.k8s.io, so metrics-server (or another provider of metrics.k8s.io) is not installed.</source>
        <translation>メトリクス API がありません: クラスターに APIService v1beta1.metrics.k8s.io がないため、metrics-server (または metrics.k8s.io の別の提供元) はインストールされていません。</translation>
    </message>
    <message>
        <source>The metrics API is registered but not available (%1): %2</source>
        <translation>メトリクス API は登録されていますが利用できません (%1): %2</translation>
    </message>
    <message>
        <source>No metrics API: the server does not serve metrics.k8s.io.</source>
        <translation>メトリクス API がありません: サーバーは metrics.k8s.io を提供していません。</translation>
    </message>
    <message>
        <source>The metrics API did not answer: %1</source>
        <translation>メトリクス API が応答しませんでした: %1</translation>
    </message>
    <message>
        <source>Reading usage failed: %1</source>
        <translation>使用量の読み取りに失敗しました: %1</translation>
    </message>
    <message>
        <source>No sample of %1 yet: metrics-server scrapes every 15 s or so, and drops a container's first sample. A node without running pods gets none.</source>
        <translation>%1 のサンプルはまだありません: metrics-server はおよそ 15 秒ごとに収集し、コンテナの最初のサンプルは捨てます。実行中の Pod がないノードにはサンプルがありません。</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::NetworkGraph</name>
    <message>
        <source>EndpointSlice %1 lists it, but no such pod exists</source>
        <translation>EndpointSlice %1 に載っていますが、その Pod は存在しません</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s), %1 ready</source>
        <translation>
            <numerusform>エンドポイント %n 個、準備完了 %1 個</numerusform>
        </translation>
    </message>
    <message>
        <source>It lists no endpoint</source>
        <translation>エンドポイントが 1 つもありません</translation>
    </message>
    <message>
        <source>%1 of %2 endpoints are not ready</source>
        <translation>%2 個中 %1 個のエンドポイントが準備できていません</translation>
    </message>
    <message>
        <source>ExternalName → %1</source>
        <translation>ExternalName → %1</translation>
    </message>
    <message>
        <source>Headless: no cluster IP, DNS names its pods</source>
        <translation>ヘッドレス: クラスター IP はなく、DNS が Pod を直接返します</translation>
    </message>
    <message>
        <source>External %1</source>
        <translation>外部 %1</translation>
    </message>
    <message>
        <source>No selector: its endpoints are kept by hand or by another controller</source>
        <translation>セレクターなし: エンドポイントは手作業か別のコントローラーが管理しています</translation>
    </message>
    <message>
        <source>LoadBalancer without an external address: no load balancer has been provisioned (yet)</source>
        <translation>外部アドレスのない LoadBalancer です。ロードバランサーが (まだ) 用意されていません</translation>
    </message>
    <message>
        <source>no endpoint</source>
        <translation>エンドポイントなし</translation>
    </message>
    <message numerus="yes">
        <source>%n ready endpoint(s)</source>
        <translation>
            <numerusform>準備完了のエンドポイント %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Its selector %1 matches no pod in namespace %2: it sends traffic nowhere</source>
        <translation>セレクター %1 に一致する Pod が名前空間 %2 にありません。トラフィックはどこにも届きません</translation>
    </message>
    <message>
        <source>Neither its endpoints nor its pods could be read</source>
        <translation>エンドポイントも Pod も読み取れませんでした</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) match its selector, but none is ready</source>
        <translation>
            <numerusform>セレクターに一致する Pod は %n 個ありますが、どれも準備できていません</numerusform>
        </translation>
    </message>
    <message>
        <source>It has no ready endpoint</source>
        <translation>準備完了のエンドポイントがありません</translation>
    </message>
    <message>
        <source>%1 of %2 selected pods are ready</source>
        <translation>選択された Pod %2 個中 %1 個が準備完了です</translation>
    </message>
    <message>
        <source>EndpointSlices name it, but no such Service exists</source>
        <translation>EndpointSlice が指定していますが、その Service は存在しません</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::NodeCards</name>
    <message>
        <source>Pods %1/%2</source>
        <translation>Pod %1/%2</translation>
    </message>
    <message>
        <source>Pods %1</source>
        <translation>Pod %1</translation>
    </message>
    <message>
        <source>Control-plane node</source>
        <translation>コントロールプレーンのノード</translation>
    </message>
    <message>
        <source>container runtime</source>
        <translation>コンテナランタイム</translation>
    </message>
    <message>
        <source>The node reports no container runtime</source>
        <translation>ノードがコンテナランタイムを報告していません</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>準備未完了</translation>
    </message>
    <message>
        <source>Not ready: %1</source>
        <translation>準備未完了: %1</translation>
    </message>
    <message>
        <source>Not reporting</source>
        <translation>報告なし</translation>
    </message>
    <message>
        <source>The node stopped reporting: %1</source>
        <translation>ノードが報告を止めました: %1</translation>
    </message>
    <message>
        <source>It stopped reporting to the API server</source>
        <translation>API サーバーへの報告が止まりました</translation>
    </message>
    <message>
        <source>Its node stopped reporting</source>
        <translation>ノードが報告を止めました</translation>
    </message>
    <message>
        <source>It reports no Ready condition yet</source>
        <translation>Ready 状態をまだ報告していません</translation>
    </message>
    <message>
        <source>Taints: %1</source>
        <translation>taint: %1</translation>
    </message>
    <message>
        <source>Cordoned: no new pods</source>
        <translation>cordon 済み: 新しい Pod は配置されません</translation>
    </message>
    <message>
        <source>Full: %1 of %2 pods</source>
        <translation>満杯: Pod %2 個中 %1 個</translation>
    </message>
    <message>
        <source>Heartbeat hidden by permissions</source>
        <translation>ハートビートは権限により非表示</translation>
    </message>
    <message>
        <source>It has no heartbeat Lease in kube-node-lease</source>
        <translation>kube-node-lease にハートビートの Lease がありません</translation>
    </message>
    <message>
        <source>Heartbeat %1 ago</source>
        <translation>ハートビート %1 前</translation>
    </message>
    <message>
        <source>No heartbeat for %1 (its Lease lasts %2 s)</source>
        <translation>%1 の間ハートビートがありません (Lease の有効期間は %2 秒)</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::NodeRules</name>
    <message>
        <source>Node %1 stopped reporting (Ready=Unknown)</source>
        <translation>ノード %1 からの報告が途絶えています (Ready=Unknown)</translation>
    </message>
    <message>
        <source>Node %1 is NotReady</source>
        <translation>ノード %1 が NotReady です</translation>
    </message>
    <message>
        <source>The kubelet on %1 has not posted its status since %2: the machine may be down, or cut off from the control plane. Its pods are evicted after the toleration period (5 minutes by default).</source>
        <translation>%1 の kubelet は %2 以降ステータスを送っていません。マシンが停止しているか、コントロールプレーンから切り離されている可能性があります。許容期間 (デフォルト 5 分) を過ぎるとその Pod は退避されます。</translation>
    </message>
    <message>
        <source>The kubelet reports the node not ready: "%1". No new pods are scheduled to it.</source>
        <translation>kubelet がノードを Not Ready と報告しています: "%1"。新しい Pod はスケジュールされません。</translation>
    </message>
    <message>
        <source>Check the node's conditions and the kubelet on it.</source>
        <translation>ノードの condition と、そのノードの kubelet を確認してください。</translation>
    </message>
    <message>
        <source>Node %1 reports %2</source>
        <translation>ノード %1 が %2 を報告しています</translation>
    </message>
    <message>
        <source>%1: "%2". The kubelet evicts pods and the scheduler avoids the node until it recovers.</source>
        <translation>%1: "%2"。回復するまで、kubelet は Pod を退避させ、スケジューラーはこのノードを避けます。</translation>
    </message>
    <message>
        <source>See what uses the node's resources.</source>
        <translation>ノードのリソースを何が使っているか確認してください。</translation>
    </message>
    <message>
        <source>Node %1 is cordoned</source>
        <translation>ノード %1 は cordon されています</translation>
    </message>
    <message>
        <source>spec.unschedulable is true: running pods stay, new ones go elsewhere.</source>
        <translation>spec.unschedulable が true です。実行中の Pod は残り、新しい Pod は他のノードに配置されます。</translation>
    </message>
    <message>
        <source>Uncordon it when maintenance is over.</source>
        <translation>メンテナンスが終わったら uncordon してください。</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::ObjectSummary</name>
    <message>
        <source>Running since %1</source>
        <translation>%1 から実行中</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>待機中: %1</translation>
    </message>
    <message>
        <source>Terminated: %1 (exit %2)</source>
        <translation>終了: %1 (終了コード %2)</translation>
    </message>
    <message>
        <source>%1 (exit %2) at %3</source>
        <translation>%1 (終了コード %2、%3)</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::PaletteModel</name>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>名前空間</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::PodFan</name>
    <message numerus="yes">
        <source>%n ready</source>
        <translation>
            <numerusform>準備完了 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>完了 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starting</source>
        <translation>
            <numerusform>起動中 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>保留中 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not ready</source>
        <translation>
            <numerusform>未準備 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n crash-looping</source>
        <translation>
            <numerusform>クラッシュループ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>異常 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n terminating</source>
        <translation>
            <numerusform>終了中 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>起動中</translation>
    </message>
    <message>
        <source>Not scheduled yet</source>
        <translation>まだスケジュールされていません</translation>
    </message>
    <message>
        <source>Running, but not ready</source>
        <translation>実行中ですが準備ができていません</translation>
    </message>
    <message>
        <source>Crash-looping</source>
        <translation>クラッシュループ中</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>実行されていません: %1</translation>
    </message>
    <message>
        <source>Being deleted</source>
        <translation>削除中</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ほか %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pods: %1</source>
        <translation>
            <numerusform>Pod %n 個: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Models::PodLogWorker</name>
    <message>
        <source>connection lost (%1), reconnecting (attempt %2)</source>
        <translation>接続が切れました (%1)。再接続しています (%2 回目)</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::PodRules</name>
    <message>
        <source>Pod was evicted from node %1</source>
        <translation>Pod がノード %1 から退避 (evict) されました</translation>
    </message>
    <message>
        <source>The kubelet evicted the pod to protect the node: "%1". Pods that use more than they request are evicted first; the controller has made a replacement, but this record stays until deleted.</source>
        <translation>kubelet がノードを守るために Pod を退避させました: "%1"。要求 (requests) より多く使っている Pod から先に退避されます。コントローラーが代わりの Pod を作成済みですが、この記録は削除するまで残ります。</translation>
    </message>
    <message>
        <source>Set requests close to real use; delete the evicted pod record when done.</source>
        <translation>requests を実際の使用量に近づけてください。確認が済んだら退避された Pod の記録を削除してください。</translation>
    </message>
    <message>
        <source>Pod failed</source>
        <translation>Pod が失敗しました</translation>
    </message>
    <message>
        <source>Container %1: Terminated (%2), exit code %3</source>
        <translation>コンテナ %1: Terminated (%2)、終了コード %3</translation>
    </message>
    <message>
        <source>The pod ended with a failure and, with restartPolicy %1, will not be restarted.</source>
        <translation>Pod は失敗で終了しました。restartPolicy が %1 のため再起動されません。</translation>
    </message>
    <message>
        <source>Read the pod's log.</source>
        <translation>Pod のログを確認してください。</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::PodTableModel</name>
    <message>
        <source>Namespace</source>
        <translation>名前空間</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>No usage: the pod is not running (%1).</source>
        <translation>使用量なし: Pod が実行中ではありません (%1)。</translation>
    </message>
    <message>
        <source>CPU in use (millicores), from metrics.k8s.io as kubectl top shows it</source>
        <translation>使用中の CPU (ミリコア)。metrics.k8s.io の値で、kubectl top と同じ</translation>
    </message>
    <message>
        <source>CPU in use as a percentage of the pod's CPU request</source>
        <translation>使用中の CPU が Pod の CPU 要求 (request) に占める割合</translation>
    </message>
    <message>
        <source>CPU in use as a percentage of the pod's CPU limit: at 100% the kernel throttles it</source>
        <translation>使用中の CPU が Pod の CPU 上限 (limit) に占める割合。100% ではカーネルがスロットリングします</translation>
    </message>
    <message>
        <source>Memory in use (working set), from metrics.k8s.io as kubectl top shows it</source>
        <translation>使用中のメモリ (ワーキングセット)。metrics.k8s.io の値で、kubectl top と同じ</translation>
    </message>
    <message>
        <source>Memory in use as a percentage of the pod's memory request</source>
        <translation>使用中のメモリが Pod のメモリ要求 (request) に占める割合</translation>
    </message>
    <message>
        <source>Memory in use as a percentage of the pod's memory limit: at 100% it is OOM-killed</source>
        <translation>使用中のメモリが Pod のメモリ上限 (limit) に占める割合。100% で OOM Kill されます</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CPU/R</source>
        <translation>CPU/要求</translation>
    </message>
    <message>
        <source>CPU/L</source>
        <translation>CPU/上限</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Mem/R</source>
        <translation>メモリ/要求</translation>
    </message>
    <message>
        <source>Mem/L</source>
        <translation>メモリ/上限</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::PolicyRules</name>
    <message>
        <source>HorizontalPodAutoscaler %1 scales %2 %3, which does not exist</source>
        <translation>HorizontalPodAutoscaler %1 のスケール対象 %2 %3 が存在しません</translation>
    </message>
    <message>
        <source>The autoscaler has nothing to scale; the target may have been renamed or deleted.</source>
        <translation>オートスケーラーにスケール対象がありません。対象の名前が変わったか、削除された可能性があります。</translation>
    </message>
    <message>
        <source>%1 %2: not found</source>
        <translation>%1 %2: 見つかりません</translation>
    </message>
    <message>
        <source>Point scaleTargetRef at the workload, or delete the autoscaler.</source>
        <translation>scaleTargetRef をワークロードに向けるか、オートスケーラーを削除してください。</translation>
    </message>
    <message>
        <source>HorizontalPodAutoscaler %1 cannot compute a scale</source>
        <translation>HorizontalPodAutoscaler %1 がスケールを計算できません</translation>
    </message>
    <message>
        <source>ScalingActive is False (%1): "%2". Missing metrics (no metrics-server, or pods without resource requests) are the usual reasons.</source>
        <translation>ScalingActive が False です (%1): "%2"。メトリクスの欠落 (metrics-server がない、または Pod に resource requests がない) がよくある原因です。</translation>
    </message>
    <message>
        <source>Read the autoscaler's conditions.</source>
        <translation>オートスケーラーの condition を確認してください。</translation>
    </message>
    <message>
        <source>Expected pods %1, healthy %2, desired healthy %3, disruptions allowed %4</source>
        <translation>想定 Pod 数 %1、正常 %2、必要な正常数 %3、許容される中断 %4</translation>
    </message>
    <message>
        <source>PodDisruptionBudget %1 selects no pod</source>
        <translation>PodDisruptionBudget %1 が選択する Pod がありません</translation>
    </message>
    <message>
        <source>Its selector matches no pod in namespace %1, so it protects nothing.</source>
        <translation>セレクターが名前空間 %1 のどの Pod にも一致しないため、何も保護していません。</translation>
    </message>
    <message>
        <source>PodDisruptionBudget %1 allows no disruption: node drains will block</source>
        <translation>PodDisruptionBudget %1 が中断を一切許可していません: ノードの drain が止まります</translation>
    </message>
    <message>
        <source>With %1 of %2 pods healthy and %3 required, evicting any pod would break the budget, so `kubectl drain` and cluster upgrades wait forever.</source>
        <translation>%2 個中 %1 個の Pod が正常で、%3 個が必要なため、どの Pod を退避させても budget を破ることになり、`kubectl drain` やクラスタのアップグレードは永遠に待ち続けます。</translation>
    </message>
    <message>
        <source>Check the budget against the workload's replicas.</source>
        <translation>budget をワークロードのレプリカ数と照らし合わせてください。</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::PortForwardModel</name>
    <message>
        <source>Starting</source>
        <translation>開始中</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>再接続中</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>%1 (pod %2)</source>
        <translation>%1（Pod %2）</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>ローカルアドレス</translation>
    </message>
    <message>
        <source>Remote port</source>
        <translation>リモートポート</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続数</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>直近のエラー</translation>
    </message>
    <message>
        <source>Carried by</source>
        <translation>転送方式</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::ResourceTableModel</name>
    <message>
        <source>Namespace</source>
        <translation>名前空間</translation>
    </message>
    <message>
        <source>The node's allocatable resources are not known yet.</source>
        <translation>ノードの割り当て可能なリソースはまだ分かりません。</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Memory %</source>
        <translation>メモリ %</translation>
    </message>
    <message>
        <source>CPU in use (millicores), from metrics.k8s.io as kubectl top shows it</source>
        <translation>使用中の CPU (ミリコア)。kubectl top と同じく metrics.k8s.io から</translation>
    </message>
    <message>
        <source>CPU in use as a percentage of the node's allocatable CPU</source>
        <translation>ノードの割り当て可能な CPU に対する使用中の CPU の割合</translation>
    </message>
    <message>
        <source>Memory in use (working set), from metrics.k8s.io as kubectl top shows it</source>
        <translation>使用中のメモリ (ワーキングセット)。kubectl top と同じく metrics.k8s.io から</translation>
    </message>
    <message>
        <source>Memory in use as a percentage of the node's allocatable memory</source>
        <translation>ノードの割り当て可能なメモリに対する使用中のメモリの割合</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::SchedulingRules</name>
    <message>
        <source>Node %1: allocatable %2, requested by its pods %3, free %4</source>
        <translation>ノード %1: 割り当て可能 %2、Pod の要求合計 %3、空き %4</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>The pod requests %1 %2.</source>
        <translation>Pod は %2 を %1 要求しています。</translation>
    </message>
    <message>
        <source>The pod requests %1 %2, more than any node can offer: the largest has %3 allocatable (%4). Lower the request or add bigger nodes.</source>
        <translation>Pod は %2 を %1 要求していますが、どのノードでも提供できません。最大のノードでも割り当て可能量は %3 です (%4)。要求を下げるか、より大きなノードを追加してください。</translation>
    </message>
    <message>
        <source>The pod requests %1 %2; the most any schedulable node has free is %3 (%4 of %5 allocatable is requested by other pods).</source>
        <translation>Pod は %2 を %1 要求していますが、スケジュール可能なノードの空きは最大でも %3 です (%4: 割り当て可能 %5 のうち残りは他の Pod が要求済み)。</translation>
    </message>
    <message numerus="yes">
        <source>Pod cannot be scheduled: not enough CPU on %n node(s)</source>
        <translation>
            <numerusform>Pod をスケジュールできません: %n 台のノードで CPU が不足しています</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pod cannot be scheduled: not enough memory on %n node(s)</source>
        <translation>
            <numerusform>Pod をスケジュールできません: %n 台のノードでメモリが不足しています</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other node(s) have taints the pod does not tolerate.</source>
        <translation>
            <numerusform>他の %n 台のノードには、Pod が許容 (toleration) していない taint があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Lower the pod's resource requests, or add nodes with room (cluster autoscaler or a bigger node pool).</source>
        <translation>Pod の resource requests を下げるか、余裕のあるノードを追加してください (cluster autoscaler、または大きなノードプール)。</translation>
    </message>
    <message>
        <source>Node %1: taint %2</source>
        <translation>ノード %1: taint %2</translation>
    </message>
    <message numerus="yes">
        <source>Pod cannot be scheduled: %n node(s) have taints it does not tolerate</source>
        <translation>
            <numerusform>Pod をスケジュールできません: %n 台のノードに許容していない taint があります</numerusform>
        </translation>
    </message>
    <message>
        <source>Every node the pod could use carries a taint without a matching toleration in the pod: %1.</source>
        <translation>Pod が使えるノードにはすべて、Pod に対応する toleration のない taint が付いています: %1。</translation>
    </message>
    <message>
        <source>Add a toleration to the pod template, or remove the taint if the node should take any pod.</source>
        <translation>Pod テンプレートに toleration を追加するか、どの Pod も受け入れるべきノードなら taint を外してください。</translation>
    </message>
    <message>
        <source>Pod cannot be scheduled: no node matches its node selector or affinity</source>
        <translation>Pod をスケジュールできません: nodeSelector または affinity に一致するノードがありません</translation>
    </message>
    <message numerus="yes">
        <source>The pod's node affinity excludes %n node(s); no node satisfies it.</source>
        <translation>
            <numerusform>Pod の node affinity により %n 台のノードが除外され、条件を満たすノードがありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pod's nodeSelector %1 matches %n node(s) of the cluster.</source>
        <translation>
            <numerusform>Pod の nodeSelector %1 に一致するクラスタのノードは %n 台です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare the selector with the nodes' labels.</source>
        <translation>セレクターをノードのラベルと比べてください。</translation>
    </message>
    <message>
        <source>Pod cannot be scheduled: its PersistentVolumeClaim is not bound</source>
        <translation>Pod をスケジュールできません: PersistentVolumeClaim がバインドされていません</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>PersistentVolumeClaim %1: %2</source>
        <translation>PersistentVolumeClaim %1: %2</translation>
    </message>
    <message>
        <source>The pod needs PersistentVolumeClaim %1, which has no volume yet; the scheduler waits for it. See the claim's own finding for why it is not bound.</source>
        <translation>Pod は PersistentVolumeClaim %1 を必要としていますが、まだボリュームがないため、スケジューラーは待機しています。バインドされない理由は PVC 自身の検出結果を見てください。</translation>
    </message>
    <message>
        <source>Look at the claim.</source>
        <translation>PVC を確認してください。</translation>
    </message>
    <message>
        <source>Pod cannot be scheduled</source>
        <translation>Pod をスケジュールできません</translation>
    </message>
    <message>
        <source>The scheduler reports: %1</source>
        <translation>スケジューラーの報告: %1</translation>
    </message>
    <message>
        <source>Scheduler's tally per reason: %1.</source>
        <translation>スケジューラーの理由別集計: %1。</translation>
    </message>
    <message>
        <source>Read the scheduler's events for the pod.</source>
        <translation>Pod に対するスケジューラーのイベントを確認してください。</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::SchemaExplain</name>
    <message>
        <source>(format %1)</source>
        <translation>（形式 %1）</translation>
    </message>
    <message>
        <source>-required-</source>
        <translation>-必須-</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>既定値: %1</translation>
    </message>
    <message>
        <source>Allowed values: %1</source>
        <translation>使用できる値: %1</translation>
    </message>
    <message>
        <source>Required fields: %1</source>
        <translation>必須フィールド: %1</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::SchemaProvider</name>
    <message>
        <source>the schema of %1 is unusable: %2</source>
        <translation>%1 のスキーマを使用できません: %2</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::SchemaSet</name>
    <message>
        <source>the schema document is not valid JSON</source>
        <translation>スキーマ文書が正しい JSON ではありません</translation>
    </message>
    <message>
        <source>the schema document is not a JSON object</source>
        <translation>スキーマ文書が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>the schema document has no components.schemas</source>
        <translation>スキーマ文書に components.schemas がありません</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::SchemaValidator</name>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>真偽値</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>マッピング</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>must be an integer or a string, not %1</source>
        <translation>整数か文字列でなければなりません（%1 になっています）</translation>
    </message>
    <message>
        <source>must be a quantity ("500m", 2), not %1</source>
        <translation>数量（"500m"、2 など）でなければなりません（%1 になっています）</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>%1 でなければなりません（%2 になっています）</translation>
    </message>
    <message>
        <source>missing required field "%1"</source>
        <translation>必須フィールド "%1" がありません</translation>
    </message>
    <message>
        <source>duplicate entry: item %1 has the same %2 (%3)</source>
        <translation>重複した項目: 項目 %1 と %2 が同じです（%3）</translation>
    </message>
    <message>
        <source>unknown field "%1"</source>
        <translation>不明なフィールド "%1"</translation>
    </message>
    <message>
        <source>unknown field "%1" (did you mean "%2"?)</source>
        <translation>不明なフィールド "%1"（"%2" のことですか?）</translation>
    </message>
    <message>
        <source>unsupported value %1: must be one of %2</source>
        <translation>サポートされていない値 %1: 次のいずれかにしてください: %2</translation>
    </message>
    <message>
        <source>no schema for %1 in %2: its fields are not checked</source>
        <translation>%2 の %1 にはスキーマがありません: フィールドは検査されません</translation>
    </message>
    <message>
        <source>no apiVersion and kind: the fields are not checked</source>
        <translation>apiVersion と kind がありません: フィールドは検査されません</translation>
    </message>
    <message>
        <source>the cluster's schema is unavailable, fields are not checked: %1</source>
        <translation>クラスターのスキーマを利用できないため、フィールドは検査されません: %1</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::ServicePodFan</name>
    <message numerus="yes">
        <source>%n ready</source>
        <translation>
            <numerusform>準備完了 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starting</source>
        <translation>
            <numerusform>起動中 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not ready</source>
        <translation>
            <numerusform>未準備 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>保留中 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n crash-looping</source>
        <translation>
            <numerusform>クラッシュループ %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing to pull images</source>
        <translation>
            <numerusform>イメージ取得失敗 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>失敗 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n completed</source>
        <translation>
            <numerusform>完了 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>存在しない %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden</source>
        <translation>
            <numerusform>非表示 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s): %1</source>
        <translation>
            <numerusform>Pod %n 個: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s)</source>
        <translation>
            <numerusform>Pod %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without endpoint</source>
        <translation>
            <numerusform>エンドポイントなし %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 ready</source>
        <translation>%2 中 %1 準備完了</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::ServiceRules</name>
    <message>
        <source>Selector: %1</source>
        <translation>セレクター: %1</translation>
    </message>
    <message>
        <source>Service %1 has no endpoints: its selector matches no pod</source>
        <translation>Service %1 にエンドポイントがありません: セレクターに一致する Pod がありません</translation>
    </message>
    <message>
        <source>No pod in namespace %1 has the labels %2, so the Service has nowhere to send traffic and clients get connection refused or timeouts. The selector may have a typo, or the workload behind it is missing or scaled to zero.</source>
        <translation>名前空間 %1 にラベル %2 を持つ Pod がないため、Service はトラフィックの送り先がなく、クライアントは接続拒否かタイムアウトになります。セレクターの打ち間違いか、背後のワークロードが存在しないかレプリカ数 0 の可能性があります。</translation>
    </message>
    <message>
        <source>Pods matching %1: none</source>
        <translation>%1 に一致する Pod: なし</translation>
    </message>
    <message>
        <source>Compare the selector with the labels of the pods that should serve it.</source>
        <translation>セレクターを、応答すべき Pod のラベルと比べてください。</translation>
    </message>
    <message numerus="yes">
        <source>Service %1 has no ready endpoints: %n matching pod(s) are not ready</source>
        <translation>
            <numerusform>Service %1 に Ready なエンドポイントがありません: 一致する Pod %n 個が Ready ではありません</numerusform>
        </translation>
    </message>
    <message>
        <source>The selector %1 matches pods, but none of them is ready, so the Service sends no traffic. The pods' own findings say why.</source>
        <translation>セレクター %1 に一致する Pod はありますが、どれも Ready ではないため、Service はトラフィックを送りません。理由は各 Pod の検出結果にあります。</translation>
    </message>
    <message>
        <source>Pod %1: not ready</source>
        <translation>Pod %1: Ready ではありません</translation>
    </message>
    <message>
        <source>Pod %1: %2</source>
        <translation>Pod %1: %2</translation>
    </message>
    <message>
        <source>Check the Service's endpoints.</source>
        <translation>Service のエンドポイントを確認してください。</translation>
    </message>
    <message>
        <source>%1 %2: not found</source>
        <translation>%1 %2: 見つかりません</translation>
    </message>
    <message>
        <source>Fix the Ingress or create what it refers to.</source>
        <translation>Ingress を修正するか、参照先を作成してください。</translation>
    </message>
    <message>
        <source>Ingress %1 uses IngressClass %2, which does not exist</source>
        <translation>Ingress %1 が使う IngressClass %2 が存在しません</translation>
    </message>
    <message>
        <source>No ingress controller claims class %1, so nothing serves this Ingress.</source>
        <translation>クラス %1 を担当する Ingress コントローラーがないため、この Ingress は処理されません。</translation>
    </message>
    <message>
        <source>Ingress %1 routes to Service %2, which does not exist</source>
        <translation>Ingress %1 のルーティング先 Service %2 が存在しません</translation>
    </message>
    <message>
        <source>Requests for this backend get 503 from the ingress controller: Service %1/%2 does not exist.</source>
        <translation>このバックエンドへのリクエストは Ingress コントローラーから 503 が返ります: Service %1/%2 が存在しません。</translation>
    </message>
    <message>
        <source>Ingress %1 names TLS Secret %2, which does not exist</source>
        <translation>Ingress %1 が指定する TLS Secret %2 が存在しません</translation>
    </message>
    <message>
        <source>The ingress controller falls back to its default certificate for these hosts, which clients will not trust.</source>
        <translation>これらのホストには Ingress コントローラーのデフォルト証明書が使われ、クライアントには信頼されません。</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::ServiceSelector</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>no label %1</source>
        <translation>ラベル %1 なし</translation>
    </message>
    <message numerus="yes">
        <source>Near miss: %n pod(s) with %1 instead of %2: %3</source>
        <translation>
            <numerusform>惜しい一致: %2 ではなく %1 を持つ Pod %n 個: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No selected pod declares a container port named %1 (%2): port %3 of the Service reaches no pod</source>
        <translation>選択された Pod のどれも %1 (%2) という名前のコンテナポートを宣言していません。Service のポート %3 はどの Pod にも届きません</translation>
    </message>
    <message numerus="yes">
        <source>%n selected pod(s) declare no container port named %1 (%2) and get no traffic on port %3: %4</source>
        <translation>
            <numerusform>選択された Pod のうち %n 個が %1 (%2) という名前のコンテナポートを宣言しておらず、ポート %3 のトラフィックを受けません: %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Models::ShellLauncher</name>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>You may not open a shell in pod %1: "create pods/exec" is not allowed in namespace %2.</source>
        <translation>Pod %1 でシェルを開く権限がありません: 名前空間 %2 では "create pods/exec" が許可されていません。</translation>
    </message>
    <message>
        <source>The container %1 has neither /bin/bash nor /bin/sh: its image has no shell. Run a command it has instead.</source>
        <translation>コンテナ %1 には /bin/bash も /bin/sh もありません: イメージにシェルが入っていません。代わりにイメージにあるコマンドを実行してください。</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::StorageGraph</name>
    <message>
        <source>Volume %1 is bound to another claim</source>
        <translation>ボリューム %1 は別のクレームにバインドされています</translation>
    </message>
    <message>
        <source>Its volume %1 does not exist</source>
        <translation>ボリューム %1 が存在しません</translation>
    </message>
    <message>
        <source>template %1: %2/%3 claims</source>
        <translation>テンプレート %1: クレーム %2/%3</translation>
    </message>
    <message numerus="yes">
        <source>%n kept after scaling down</source>
        <translation>
            <numerusform>スケールダウン後も保持 %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Models::StorageNodes</name>
    <message>
        <source>Released: its claim is gone; the data is kept until an admin reclaims it</source>
        <translation>解放済み: クレームが削除されました。管理者が回収するまでデータは保持されます</translation>
    </message>
    <message>
        <source>Released: its claim is gone; waiting to be reclaimed</source>
        <translation>解放済み: クレームが削除されました。回収を待っています</translation>
    </message>
    <message>
        <source>Reclaiming it failed</source>
        <translation>回収に失敗しました</translation>
    </message>
    <message>
        <source>default</source>
        <translation>デフォルト</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::StorageRules</name>
    <message>
        <source>PersistentVolume %1 is Failed</source>
        <translation>PersistentVolume %1 が Failed です</translation>
    </message>
    <message>
        <source>Reclaiming the volume failed: "%1".</source>
        <translation>ボリュームの回収に失敗しました: "%1"。</translation>
    </message>
    <message>
        <source>Clean up the volume and delete the PersistentVolume.</source>
        <translation>ボリュームを片付けて PersistentVolume を削除してください。</translation>
    </message>
    <message>
        <source>PersistentVolumeClaim %1 is Pending: StorageClass %2 does not exist</source>
        <translation>PersistentVolumeClaim %1 が Pending: StorageClass %2 が存在しません</translation>
    </message>
    <message>
        <source>The claim asks for StorageClass %1, which does not exist, so no volume is provisioned for it.</source>
        <translation>PVC は StorageClass %1 を要求していますが存在しないため、ボリュームはプロビジョニングされません。</translation>
    </message>
    <message>
        <source>StorageClass %1: not found</source>
        <translation>StorageClass %1: 見つかりません</translation>
    </message>
    <message>
        <source>Use an existing StorageClass.</source>
        <translation>既存の StorageClass を使ってください。</translation>
    </message>
    <message>
        <source>PersistentVolumeClaim %1 is Pending: no StorageClass and no default</source>
        <translation>PersistentVolumeClaim %1 が Pending: StorageClass の指定もデフォルトもありません</translation>
    </message>
    <message>
        <source>The claim names no StorageClass and the cluster has no default one, so only a pre-created PersistentVolume could bind it, and none matches.</source>
        <translation>PVC は StorageClass を指定しておらず、クラスタにデフォルトもないため、事前に作成した PersistentVolume でしかバインドできませんが、一致するものがありません。</translation>
    </message>
    <message>
        <source>Name a StorageClass in the claim, or mark one as default.</source>
        <translation>PVC で StorageClass を指定するか、いずれかをデフォルトに設定してください。</translation>
    </message>
    <message>
        <source>StorageClass %1: provisioner %2, volumeBindingMode %3</source>
        <translation>StorageClass %1: プロビジョナー %2、volumeBindingMode %3</translation>
    </message>
    <message>
        <source>PersistentVolumeClaim %1 is Pending: no PersistentVolume matches it</source>
        <translation>PersistentVolumeClaim %1 が Pending: 一致する PersistentVolume がありません</translation>
    </message>
    <message numerus="yes">
        <source>StorageClass %1 provisions nothing; volumes must be created by hand. %n Available PersistentVolume(s) of this class exist, none with room for %2 and the claim's access modes.</source>
        <translation>
            <numerusform>StorageClass %1 は自動プロビジョニングを行わないため、ボリュームは手動で作成する必要があります。このクラスの Available な PersistentVolume は %n 個ありますが、%2 の容量と PVC のアクセスモードを満たすものはありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a matching PersistentVolume.</source>
        <translation>一致する PersistentVolume を作成してください。</translation>
    </message>
    <message>
        <source>PersistentVolumeClaim %1 is Pending: provisioner %2 of StorageClass %3 is not installed</source>
        <translation>PersistentVolumeClaim %1 が Pending: StorageClass %3 のプロビジョナー %2 がインストールされていません</translation>
    </message>
    <message>
        <source>The claim waits for provisioner %1 to create a volume, but no CSI driver of that name is registered in the cluster (no CSIDriver object), so nothing ever will.</source>
        <translation>PVC はプロビジョナー %1 がボリュームを作成するのを待っていますが、その名前の CSI ドライバーはクラスタに登録されていない (CSIDriver オブジェクトがない) ため、いつまでも作成されません。</translation>
    </message>
    <message>
        <source>CSIDriver %1: not found</source>
        <translation>CSIDriver %1: 見つかりません</translation>
    </message>
    <message>
        <source>Install the CSI driver, or use a StorageClass whose provisioner runs here.</source>
        <translation>CSI ドライバーをインストールするか、このクラスタで動くプロビジョナーの StorageClass を使ってください。</translation>
    </message>
    <message>
        <source>PersistentVolumeClaim %1 is Pending: provisioning failed</source>
        <translation>PersistentVolumeClaim %1 が Pending: プロビジョニングに失敗しました</translation>
    </message>
    <message>
        <source>Provisioner %1 tried and failed: "%2".</source>
        <translation>プロビジョナー %1 が作成を試みて失敗しました: "%2"。</translation>
    </message>
    <message>
        <source>PersistentVolumeClaim %1 is still Pending</source>
        <translation>PersistentVolumeClaim %1 がまだ Pending です</translation>
    </message>
    <message>
        <source>Provisioner %1 has not created a volume yet.</source>
        <translation>プロビジョナー %1 はまだボリュームを作成していません。</translation>
    </message>
    <message>
        <source>Read the claim's events.</source>
        <translation>PVC のイベントを確認してください。</translation>
    </message>
    <message>
        <source>PersistentVolumeClaim %1 is Pending</source>
        <translation>PersistentVolumeClaim %1 が Pending です</translation>
    </message>
    <message>
        <source>No volume is bound yet.</source>
        <translation>まだボリュームがバインドされていません。</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::UsageFigures</name>
    <message>
        <source>No CPU request is set.</source>
        <translation>CPU 要求 (request) が設定されていません。</translation>
    </message>
    <message>
        <source>No memory request is set.</source>
        <translation>メモリ要求 (request) が設定されていません。</translation>
    </message>
    <message>
        <source>No CPU limit: at least one container has none.</source>
        <translation>CPU 上限なし: 上限のないコンテナがあります。</translation>
    </message>
    <message>
        <source>No memory limit: at least one container has none.</source>
        <translation>メモリ上限なし: 上限のないコンテナがあります。</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::UsageRules</name>
    <message>
        <source>Container %1 uses %2% of its memory limit (%3 of %4)</source>
        <translation>コンテナ %1 がメモリ上限の %2% を使用しています (%4 中 %3)</translation>
    </message>
    <message>
        <source>When its memory use reaches the limit the kernel's OOM killer ends the container (exit code 137, OOMKilled) and the kubelet restarts it.</source>
        <translation>メモリ使用量が上限に達すると、カーネルの OOM Killer がコンテナを終了させ (終了コード 137、OOMKilled)、kubelet が再起動します。</translation>
    </message>
    <message numerus="yes">
        <source>Memory of container %1 climbs toward its limit: %2% of %3, reached in about %n minute(s)</source>
        <translation>
            <numerusform>コンテナ %1 のメモリが上限に向かって増えています: %3 の %2%。約 %n 分で上限に達します</numerusform>
        </translation>
    </message>
    <message>
        <source>Its memory use rose in each of the last %1 readings; at that rate it reaches its limit and the kernel's OOM killer ends the container (exit code 137, OOMKilled).</source>
        <translation>直近 %1 回の読み取りでメモリ使用量が毎回増えています。このペースでは上限に達し、カーネルの OOM Killer がコンテナを終了させます (終了コード 137、OOMKilled)。</translation>
    </message>
    <message numerus="yes">
        <source>It grew from %1 to %2 in %n second(s).</source>
        <translation>
            <numerusform>%n 秒で %1 から %2 に増えました。</numerusform>
        </translation>
    </message>
    <message>
        <source>A steady climb is usually a leak or an unbounded cache; else the limit is too low for the work.</source>
        <translation>一定の増加は多くの場合リークか際限のないキャッシュです。そうでなければ、上限が処理内容に対して低すぎます。</translation>
    </message>
    <message>
        <source>Memory used by %1 (metrics.k8s.io): %2</source>
        <translation>%1 のメモリ使用量 (metrics.k8s.io): %2</translation>
    </message>
    <message>
        <source>Memory limit: %1</source>
        <translation>メモリ上限: %1</translation>
    </message>
    <message>
        <source>Watch its usage over time (the pod's Usage tab), or read it now.</source>
        <translation>使用量の推移を確認する (Pod の「使用量」タブ)、または今の値を読む。</translation>
    </message>
    <message>
        <source>Raise the memory limit in the pod template, or find what holds the memory.</source>
        <translation>Pod テンプレートのメモリ上限を上げる、またはメモリを保持しているものを突き止める。</translation>
    </message>
    <message>
        <source>Container %1 runs at %2% of its CPU limit (%3 of %4): the kernel throttles it</source>
        <translation>コンテナ %1 が CPU 上限の %2% で動いています (%4 中 %3): カーネルがスロットリングしています</translation>
    </message>
    <message>
        <source>A container cannot use more CPU than its limit: once its quota for a scheduling period (100 ms) is spent, the kernel pauses it until the next one. That shows as slow responses and timeouts, not as an error. The metrics API has no throttling counter; usage at the limit is the sign of it.</source>
        <translation>コンテナは上限を超えて CPU を使えません。スケジューリング周期 (100 ms) の割り当てを使い切ると、カーネルは次の周期まで停止させます。これはエラーではなく、応答の遅れやタイムアウトとして現れます。メトリクス API にはスロットリングのカウンタがないため、上限に張り付いた使用量がその兆候です。</translation>
    </message>
    <message>
        <source>CPU used by %1 (metrics.k8s.io): %2</source>
        <translation>%1 の CPU 使用量 (metrics.k8s.io): %2</translation>
    </message>
    <message>
        <source>CPU limit: %1</source>
        <translation>CPU 上限: %1</translation>
    </message>
    <message>
        <source>Raise the CPU limit (or remove it and keep the request), or give the work more replicas.</source>
        <translation>CPU 上限を上げる (または上限を外して要求だけ残す)、あるいはレプリカを増やす。</translation>
    </message>
    <message>
        <source>Memory used by %1 before the kill (metrics.k8s.io): %2</source>
        <translation>Kill される前の %1 のメモリ使用量 (metrics.k8s.io): %2</translation>
    </message>
    <message>
        <source>(%1% of the limit at the last reading)</source>
        <translation>(最後の読み取りで上限の %1%)</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::WebhookRules</name>
    <message>
        <source>With failurePolicy Fail, every API request this webhook matches is rejected.</source>
        <translation>failurePolicy が Fail のため、この webhook に一致する API リクエストはすべて拒否されます。</translation>
    </message>
    <message>
        <source>With failurePolicy Ignore, matching requests pass unchecked.</source>
        <translation>failurePolicy が Ignore のため、一致するリクエストは検査されずに通過します。</translation>
    </message>
    <message>
        <source>Webhook %1 calls Service %2/%3, which does not exist</source>
        <translation>webhook %1 の呼び出し先 Service %2/%3 が存在しません</translation>
    </message>
    <message>
        <source>The API server cannot reach the webhook's Service.</source>
        <translation>API サーバーが webhook の Service に到達できません。</translation>
    </message>
    <message>
        <source>Service %1/%2: not found</source>
        <translation>Service %1/%2: 見つかりません</translation>
    </message>
    <message>
        <source>Webhook %1 has no ready backend: Service %2/%3 has no ready endpoints</source>
        <translation>webhook %1 に Ready なバックエンドがありません: Service %2/%3 に Ready なエンドポイントがありません</translation>
    </message>
    <message>
        <source>The webhook's pods are not running or not ready, so the API server's calls fail.</source>
        <translation>webhook の Pod が動いていないか Ready でないため、API サーバーからの呼び出しが失敗します。</translation>
    </message>
    <message>
        <source>Service %1/%2: 0 ready endpoints</source>
        <translation>Service %1/%2: Ready なエンドポイント 0 件</translation>
    </message>
    <message>
        <source>Bring the webhook's pods back, or remove the webhook configuration if its controller was uninstalled.</source>
        <translation>webhook の Pod を復旧させるか、コントローラーをアンインストール済みなら webhook の設定を削除してください。</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::WorkloadGraph</name>
    <message>
        <source>not scheduled</source>
        <translation>未スケジュール</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1 上</translation>
    </message>
    <message>
        <source>Its target %1 %2 does not exist</source>
        <translation>対象の %1 %2 が存在しません</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::WorkloadLogSource</name>
    <message>
        <source>a workload has no single log to save; open one of its pods</source>
        <translation>ワークロードには保存できる単一のログがありません。Pod を開いてください</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::WorkloadLogWorker</name>
    <message>
        <source>cannot read the logs of a "%1"</source>
        <translation>"%1" のログは読み込めません</translation>
    </message>
    <message>
        <source>%1 has no pod selector</source>
        <translation>%1 には Pod セレクタがありません</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::WorkloadNodes</name>
    <message>
        <source>%1 of %2 available</source>
        <translation>%2 中 %1 が利用可能</translation>
    </message>
    <message>
        <source>%1 of %2 ready</source>
        <translation>%2 中 %1 が準備完了</translation>
    </message>
    <message>
        <source>Scaling down</source>
        <translation>スケールダウン中</translation>
    </message>
    <message>
        <source>Rolling out: %1 of %2 updated</source>
        <translation>ロールアウト中: %2 中 %1 を更新済み</translation>
    </message>
    <message>
        <source>%1/%2 ready</source>
        <translation>%1/%2 準備完了</translation>
    </message>
    <message>
        <source>rev %1</source>
        <translation>リビジョン %1</translation>
    </message>
    <message numerus="yes">
        <source>%n old ReplicaSets</source>
        <translation>
            <numerusform>古い ReplicaSet %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Rollout stuck: progress deadline exceeded</source>
        <translation>ロールアウトが停滞: 進行期限を超過しました</translation>
    </message>
    <message numerus="yes">
        <source>on %n nodes</source>
        <translation>
            <numerusform>%n ノード上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n misscheduled</source>
        <translation>
            <numerusform>誤配置 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 succeeded</source>
        <translation>%1/%2 成功</translation>
    </message>
    <message numerus="yes">
        <source>%n succeeded</source>
        <translation>
            <numerusform>成功 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>失敗 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>実行中 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n failed attempts</source>
        <translation>
            <numerusform>%n 回失敗したため中止しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Ran past its deadline</source>
        <translation>期限を超えました</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempts, retrying</source>
        <translation>
            <numerusform>%n 回失敗、再試行中</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>開始待ち</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>last run %1 ago</source>
        <translation>最終実行 %1 前</translation>
    </message>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>アクティブ %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Suspended: starts no Jobs</source>
        <translation>一時停止中: Job を開始しません</translation>
    </message>
    <message>
        <source>min %1 · max %2 · now %3</source>
        <translation>最小 %1 · 最大 %2 · 現在 %3</translation>
    </message>
    <message>
        <source>Not scaling: %1</source>
        <translation>スケーリングしていません: %1</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::WorkloadRules</name>
    <message>
        <source>Pod %1: %2</source>
        <translation>Pod %1: %2</translation>
    </message>
    <message>
        <source>Replicas: %1 wanted, %2 available, %3 unavailable</source>
        <translation>レプリカ: 期待 %1、利用可能 %2、利用不可 %3</translation>
    </message>
    <message>
        <source>Deployment %1 stopped progressing (ProgressDeadlineExceeded)</source>
        <translation>Deployment %1 のロールアウトが進まなくなりました (ProgressDeadlineExceeded)</translation>
    </message>
    <message>
        <source>The rollout did not make progress within spec.progressDeadlineSeconds: "%1".</source>
        <translation>spec.progressDeadlineSeconds 以内にロールアウトが進みませんでした: "%1"。</translation>
    </message>
    <message>
        <source>Deployment %1 has %2 of %3 replicas available</source>
        <translation>Deployment %1 の利用可能なレプリカは %3 個中 %2 個です</translation>
    </message>
    <message>
        <source>Pods of the Deployment are not ready, so it runs below its desired size.</source>
        <translation>Deployment の Pod が Ready でないため、期待するレプリカ数を下回っています。</translation>
    </message>
    <message>
        <source>Pod %1: %2. The pods' own findings say more.</source>
        <translation>Pod %1: %2。詳細は各 Pod の検出結果にあります。</translation>
    </message>
    <message>
        <source>Watch the rollout, and look at the failing pod's finding.</source>
        <translation>ロールアウトの状況を確認し、失敗している Pod の検出結果を見てください。</translation>
    </message>
    <message>
        <source>StatefulSet %1 names Service %2, which does not exist</source>
        <translation>StatefulSet %1 が指定する Service %2 が存在しません</translation>
    </message>
    <message>
        <source>spec.serviceName must name a headless Service that gives the pods their stable DNS names (%1-0.%2...). Without it the names do not resolve.</source>
        <translation>spec.serviceName には、Pod に安定した DNS 名 (%1-0.%2...) を与える headless Service を指定する必要があります。これがないと名前が解決できません。</translation>
    </message>
    <message>
        <source>Service %1/%2: not found</source>
        <translation>Service %1/%2: 見つかりません</translation>
    </message>
    <message>
        <source>Create the headless Service (clusterIP: None) with the pods' selector.</source>
        <translation>Pod のセレクターを持つ headless Service (clusterIP: None) を作成してください。</translation>
    </message>
    <message>
        <source>StatefulSet %1 claims storage from StorageClass %2, which does not exist</source>
        <translation>StatefulSet %1 が要求する StorageClass %2 が存在しません</translation>
    </message>
    <message>
        <source>The volumeClaimTemplate %1 asks for StorageClass %2; its claims stay Pending and the pods unscheduled.</source>
        <translation>volumeClaimTemplate %1 は StorageClass %2 を要求しています。その PVC は Pending のままで、Pod はスケジュールされません。</translation>
    </message>
    <message>
        <source>StorageClass %1: not found</source>
        <translation>StorageClass %1: 見つかりません</translation>
    </message>
    <message>
        <source>List the StorageClasses.</source>
        <translation>StorageClass を一覧表示してください。</translation>
    </message>
    <message>
        <source>StatefulSet %1 has %2 of %3 replicas ready</source>
        <translation>StatefulSet %1 の Ready なレプリカは %3 個中 %2 個です</translation>
    </message>
    <message>
        <source>A StatefulSet starts its pods in order and waits for each to be ready, so one failing pod holds back the rest.</source>
        <translation>StatefulSet は Pod を順番に起動し、それぞれが Ready になるのを待つため、1 つの Pod の失敗が残りを止めます。</translation>
    </message>
    <message>
        <source>Ready: %1 of %2</source>
        <translation>Ready: %2 個中 %1 個</translation>
    </message>
    <message>
        <source>Look at the first pod that is not ready.</source>
        <translation>Ready でない最初の Pod を確認してください。</translation>
    </message>
    <message>
        <source>DaemonSet %1 has %2 of %3 pods ready</source>
        <translation>DaemonSet %1 の Ready な Pod は %3 個中 %2 個です</translation>
    </message>
    <message>
        <source>Some nodes that should run the DaemonSet's pod do not have a ready one.</source>
        <translation>DaemonSet の Pod が動くべきノードの一部に、Ready な Pod がありません。</translation>
    </message>
    <message>
        <source>Desired %1, ready %2, misscheduled %3</source>
        <translation>期待 %1、Ready %2、誤配置 %3</translation>
    </message>
    <message>
        <source>See which nodes lack a ready pod.</source>
        <translation>Ready な Pod がないノードを確認してください。</translation>
    </message>
    <message>
        <source>ReplicaSet %1 cannot create pods</source>
        <translation>ReplicaSet %1 が Pod を作成できません</translation>
    </message>
    <message>
        <source>The API server rejects its pods: "%1". A ResourceQuota, a LimitRange, a Pod Security level or an admission webhook are the usual reasons.</source>
        <translation>API サーバーが Pod の作成を拒否しています: "%1"。ResourceQuota、LimitRange、Pod Security のレベル、または admission webhook がよくある原因です。</translation>
    </message>
    <message>
        <source>Check the namespace's quotas and the ReplicaSet's events.</source>
        <translation>名前空間のクォータと ReplicaSet のイベントを確認してください。</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::ActionBar</name>
    <message>
        <source>Not allowed: %1</source>
        <translation>許可されていません: %1</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: 完了しました。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 に失敗しました: %2</translation>
    </message>
    <message>
        <source>Checking your permissions…</source>
        <translation>権限を確認中…</translation>
    </message>
    <message>
        <source>Scale…</source>
        <translation>スケール…</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Cordon</source>
        <translation>Cordon (スケジュール停止)</translation>
    </message>
    <message>
        <source>Uncordon</source>
        <translation>Uncordon (スケジュール再開)</translation>
    </message>
    <message>
        <source>Scale %1</source>
        <translation>%1 をスケール</translation>
    </message>
    <message>
        <source>Replicas:</source>
        <translation>レプリカ数:</translation>
    </message>
    <message>
        <source>Restart %1</source>
        <translation>%1 を再起動</translation>
    </message>
    <message>
        <source>Replace every pod of %1 %2, one after another?</source>
        <translation>%1 %2 のすべての Pod を順に入れ替えますか?</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Delete %1 %2? This cannot be undone.</source>
        <translation>%1 %2 を削除しますか? 元に戻せません。</translation>
    </message>
    <message>
        <source>%1: working…</source>
        <translation>%1: 実行中…</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Port forward…</source>
        <translation>ポートフォワード…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Shell</source>
        <translation>シェル</translation>
    </message>
    <message>
        <source>Open a shell in a container (bash, else sh) in the Terminal dock</source>
        <translation>コンテナでシェル (bash、なければ sh) をターミナルドックに開きます</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>アタッチ</translation>
    </message>
    <message>
        <source>Attach to the main process of a container</source>
        <translation>コンテナのメインプロセスにアタッチします</translation>
    </message>
    <message>
        <source>Run command…</source>
        <translation>コマンドを実行…</translation>
    </message>
    <message>
        <source>Run one command in a container, in a terminal</source>
        <translation>コンテナでコマンドを 1 つ、ターミナルで実行します</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::ApplyWindow</name>
    <message>
        <source>Your unapplied text from %1 is back.</source>
        <translation>%1 の未適用のテキストを復元しました。</translation>
    </message>
    <message>
        <source>The text changed since the server named the conflicts: apply again to see those of the text as it is now.</source>
        <translation>サーバーが競合を示した後にテキストが変更されました。現在のテキストの競合を確認するには、もう一度適用してください。</translation>
    </message>
    <message>
        <source>Nothing was sent: the text does not read as manifests. Line %1: %2</source>
        <translation>何も送信していません。テキストをマニフェストとして読み取れません。%1 行目: %2</translation>
    </message>
    <message>
        <source>Nothing to apply: the text holds no document.</source>
        <translation>適用するものがありません。テキストにドキュメントがありません。</translation>
    </message>
    <message numerus="yes">
        <source>Taking over the fields of %n document(s)…</source>
        <translation>
            <numerusform>%n 個のドキュメントのフィールドを引き継いでいます…</numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the server what applying would do (dry run, nothing is stored)…</source>
        <translation>適用した場合の結果をサーバーに問い合わせています (ドライラン、何も保存されません)…</translation>
    </message>
    <message numerus="yes">
        <source>Applying %n document(s)…</source>
        <translation>
            <numerusform>%n 個のドキュメントを適用しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is owned by the field manager "%2"</source>
        <translation>%1 はフィールドマネージャー「%2」が所有しています</translation>
    </message>
    <message>
        <source>%1 created, %2 configured, %3 unchanged.</source>
        <translation>作成 %1、更新 %2、変更なし %3。</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n document(s) would be refused.</source>
        <translation>
            <numerusform>ドライラン: %n 個のドキュメントが拒否されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not applied; your text is kept.</source>
        <translation>
            <numerusform>%n 個のドキュメントが適用されませんでした。テキストはそのまま残っています。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 The problems are marked in the text.</source>
        <translation>%1問題はテキスト中に示しています。</translation>
    </message>
    <message>
        <source>Dry run: nothing was stored. It would leave %1</source>
        <translation>ドライラン: 何も保存されていません。適用すると次のようになります: %1</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>適用しました: %1</translation>
    </message>
    <message>
        <source>Open manifests</source>
        <translation>マニフェストを開く</translation>
    </message>
    <message>
        <source>Manifests (*.yaml *.yml *.json);;All files (*)</source>
        <translation>マニフェスト (*.yaml *.yml *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The documents of %1 were added after your text.</source>
        <translation>%1 のドキュメントをテキストの後に追加しました。</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 を開きました。</translation>
    </message>
    <message>
        <source>Your text could not be kept on disk as a draft: %1</source>
        <translation>テキストを下書きとしてディスクに保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Unapplied text</source>
        <translation>未適用のテキスト</translation>
    </message>
    <message>
        <source>The text has not been applied as it is. Close and keep it as a draft (offered again next time), or throw it away?</source>
        <translation>このテキストはまだ適用されていません。下書きとして残して閉じますか (次回また表示されます)、それとも破棄しますか?</translation>
    </message>
    <message>
        <source>Keep draft and close</source>
        <translation>下書きを残して閉じる</translation>
    </message>
    <message>
        <source>Discard text</source>
        <translation>テキストを破棄</translation>
    </message>
    <message>
        <source>Apply manifests — %1</source>
        <translation>マニフェストの適用 — %1</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>ファイルを開く…</translation>
    </message>
    <message>
        <source>Add the documents of a YAML or JSON file to the text</source>
        <translation>YAML または JSON ファイルのドキュメントをテキストに追加します</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>ドライラン</translation>
    </message>
    <message>
        <source>Ask the server what applying would do, without storing anything</source>
        <translation>何も保存せずに、適用した場合の結果をサーバーに問い合わせます</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Server-side apply of every document, as the field manager "kaji"</source>
        <translation>すべてのドキュメントをフィールドマネージャー「kaji」としてサーバーサイド適用します</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Force (dry run)</source>
        <translation>強制 (ドライラン)</translation>
    </message>
    <message>
        <source>Force apply</source>
        <translation>強制適用</translation>
    </message>
    <message>
        <source>Other field managers own fields your text sets; nothing was changed for these objects. Forcing makes "kaji" the owner of these fields with your values, and takes them from the managers named here (a controller among them may set them back). To keep their values instead, leave the fields out of your text.</source>
        <translation>テキストで設定しているフィールドを他のフィールドマネージャーが所有しているため、これらのオブジェクトは何も変更していません。強制すると「kaji」がこれらのフィールドの所有者になってあなたの値が入り、ここに示したマネージャーは所有権を失います (その中のコントローラーが値を戻す場合があります)。相手の値を残すには、それらのフィールドをテキストから外してください。</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Owned by</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Server's words</source>
        <translation>サーバーの説明</translation>
    </message>
    <message>
        <source>The server warns: %1</source>
        <translation>サーバーからの警告: %1</translation>
    </message>
    <message numerus="yes">
        <source>The server sent %n warning(s), marked in the text.</source>
        <translation>
            <numerusform>サーバーから %n 件の警告があり、テキスト中に示しています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::ArchitectureLayout</name>
    <message>
        <source>Managed control plane</source>
        <translation>マネージド コントロールプレーン</translation>
    </message>
    <message>
        <source>Control plane</source>
        <translation>コントロールプレーン</translation>
    </message>
    <message>
        <source>run by the provider, out of the cluster's sight</source>
        <translation>プロバイダーが運用しており、クラスターからは見えません</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>アドオン</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::CapacityChart</name>
    <message numerus="yes">
        <source>%n cores</source>
        <translation>
            <numerusform>%n コア</numerusform>
        </translation>
    </message>
    <message>
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1 コア</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>used %1 of %2 (%3%)</source>
        <translation>%2 中 %1 使用（%3%）</translation>
    </message>
    <message>
        <source>%1 allocatable</source>
        <translation>割り当て可能 %1</translation>
    </message>
    <message>
        <source>requested %1 (%2%)</source>
        <translation>要求 %1（%2%）</translation>
    </message>
    <message>
        <source>limits %1 (%2%)</source>
        <translation>上限 %1（%2%）</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>クラスタ: %1</translation>
    </message>
    <message>
        <source>No usage figures: %1</source>
        <translation>使用量の数値がありません: %1</translation>
    </message>
    <message>
        <source>The %1 busiest of %2 nodes are shown.</source>
        <translation>%2 台のうち最も負荷の高い %1 台を表示しています。</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用量</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>全ノード</translation>
    </message>
    <message>
        <source>%1 (no reading)</source>
        <translation>%1（読み取りなし）</translation>
    </message>
    <message>
        <source>share of allocatable</source>
        <translation>割り当て可能量に対する割合</translation>
    </message>
    <message>
        <source>no limits set</source>
        <translation>制限の設定なし</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::CommandPalette</name>
    <message>
        <source>Go to a kind, namespace, context or object…</source>
        <translation>種類・名前空間・コンテキスト・オブジェクトの名前を入力…</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::ContextOverview</name>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>名前空間</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>Defined in</source>
        <translation>定義ファイル</translation>
    </message>
    <message>
        <source>Problems in the kubeconfig</source>
        <translation>kubeconfig の問題</translation>
    </message>
    <message>
        <source>Kubeconfig entries (credentials masked)</source>
        <translation>kubeconfig のエントリ（認証情報は伏せ字）</translation>
    </message>
    <message>
        <source>None (the user entry is missing)</source>
        <translation>なし（ユーザーのエントリがありません）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>クライアント証明書</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>ベアラートークン</translation>
    </message>
    <message>
        <source>Bearer token from file %1</source>
        <translation>ファイル %1 のベアラートークン</translation>
    </message>
    <message>
        <source>Username and password</source>
        <translation>ユーザー名とパスワード</translation>
    </message>
    <message>
        <source>Exec plugin: %1</source>
        <translation>exec プラグイン: %1</translation>
    </message>
    <message>
        <source>Auth provider: %1</source>
        <translation>認証プロバイダ: %1</translation>
    </message>
    <message>
        <source>No context selected</source>
        <translation>コンテキストが選択されていません</translation>
    </message>
    <message>
        <source>(cluster "%1" is not defined)</source>
        <translation>（クラスタ "%1" は定義されていません）</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>検証されていません</translation>
    </message>
    <message>
        <source>Verified against the cluster's certificate authority</source>
        <translation>クラスタの認証局で検証済み</translation>
    </message>
    <message>
        <source>TLS verification is switched off for this cluster (insecure-skip-tls-verify in %1). Anyone between you and the server can read and change what Kaji sends and shows.</source>
        <translation>このクラスタでは TLS 検証が無効になっています（%1 の insecure-skip-tls-verify）。通信経路上の第三者が、Kaji の送受信する内容を読み取ったり改ざんしたりできます。</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::ContextSidebar</name>
    <message>
        <source>Clusters</source>
        <translation>クラスタ</translation>
    </message>
    <message>
        <source>Kubeconfig contexts</source>
        <translation>kubeconfig のコンテキスト</translation>
    </message>
    <message>
        <source>Connect and show</source>
        <translation>接続して表示</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>名前を変更…</translation>
    </message>
    <message>
        <source>Set default namespace…</source>
        <translation>既定の名前空間を設定…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Import kubeconfig…</source>
        <translation>kubeconfig をインポート…</translation>
    </message>
    <message>
        <source>Rename context</source>
        <translation>コンテキストの名前を変更</translation>
    </message>
    <message>
        <source>New name for "%1" (written to %2):</source>
        <translation>「%1」の新しい名前 (%2 に書き込みます):</translation>
    </message>
    <message>
        <source>Default namespace</source>
        <translation>既定の名前空間</translation>
    </message>
    <message>
        <source>Default namespace of "%1" (empty: "default"):</source>
        <translation>「%1」の既定の名前空間 (空欄なら「default」):</translation>
    </message>
    <message>
        <source>Delete the context "%1" from %2?</source>
        <translation>コンテキスト「%1」を %2 から削除しますか?</translation>
    </message>
    <message>
        <source>Its cluster and user entries stay in the file. The file as it is now is kept as %1.</source>
        <translation>クラスタとユーザーの項目はファイルに残ります。現在のファイルは %1 として保存されます。</translation>
    </message>
    <message>
        <source>It is the kubeconfig's current context: kubectl will have no current context until you choose one (kubectl config use-context).</source>
        <translation>これは kubeconfig の現在のコンテキストです。別のコンテキストを選ぶ (kubectl config use-context) まで、kubectl には現在のコンテキストがなくなります。</translation>
    </message>
    <message>
        <source>Delete context</source>
        <translation>コンテキストを削除</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Avatar colour</source>
        <translation>アバターの色</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>その他の色…</translation>
    </message>
    <message>
        <source>Default colour</source>
        <translation>既定の色</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::DetailsPanel</name>
    <message>
        <source>%1 %2: loading…</source>
        <translation>%1 %2: 読み込み中…</translation>
    </message>
    <message>
        <source>&lt;p&gt;No events for this object. Kubernetes keeps events for one hour by default.&lt;/p&gt;</source>
        <translation>&lt;p&gt;このオブジェクトのイベントはありません。Kubernetes は既定でイベントを 1 時間保持します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終発生</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>回数</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Cannot show this object: %1</source>
        <translation>このオブジェクトを表示できません: %1</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>Image pull secret</source>
        <translation>イメージプルシークレット</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>サービスアカウント</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>クレーム</translation>
    </message>
    <message>
        <source>Owns</source>
        <translation>所有</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>名前空間</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>アノテーション</translation>
    </message>
    <message>
        <source>Related objects</source>
        <translation>関連オブジェクト</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>状態条件</translation>
    </message>
    <message>
        <source>Init container</source>
        <translation>初期化コンテナ</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>コンテナ</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>再起動回数</translation>
    </message>
    <message>
        <source>Last termination</source>
        <translation>前回の終了</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation>マウント</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>Reveal secret values</source>
        <translation>シークレットの値を表示</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>診断</translation>
    </message>
    <message>
        <source>Diagnosis (%1)</source>
        <translation>診断 (%1)</translation>
    </message>
    <message>
        <source>Diagnosis has not run: %1</source>
        <translation>診断は実行されていません: %1</translation>
    </message>
    <message>
        <source>Diagnosis has not run yet for this cluster.</source>
        <translation>このクラスタの診断はまだ実行されていません。</translation>
    </message>
    <message>
        <source>A new diagnosis is under way; shown: the run at %1.</source>
        <translation>新しい診断を実行中です。表示しているのは %1 の結果です。</translation>
    </message>
    <message>
        <source>Diagnosing… the findings appear here when the first run is done.</source>
        <translation>診断中… 最初の診断が終わるとここに結果が表示されます。</translation>
    </message>
    <message>
        <source>The last diagnosis failed: %1.</source>
        <translation>前回の診断は失敗しました: %1。</translation>
    </message>
    <message>
        <source>Shown: the run at %1.</source>
        <translation>表示しているのは %1 の結果です。</translation>
    </message>
    <message>
        <source>No problem found for this object in the diagnosis at %1.</source>
        <translation>%1 の診断では、このオブジェクトに問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Anatomy</source>
        <translation>構成図</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>使用量</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::DiagramEdgeItem</name>
    <message>
        <source>ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>serving, not ready</source>
        <translation>応答中（未準備）</translation>
    </message>
    <message>
        <source>terminating</source>
        <translation>終了中</translation>
    </message>
    <message>
        <source>broken</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>owns</source>
        <translation>所有</translation>
    </message>
    <message>
        <source>scales</source>
        <translation>スケール</translation>
    </message>
    <message>
        <source>routes to</source>
        <translation>ルーティング先</translation>
    </message>
    <message>
        <source>targets</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>claims</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>binds</source>
        <translation>バインド</translation>
    </message>
    <message>
        <source>provisions</source>
        <translation>プロビジョニング</translation>
    </message>
    <message>
        <source>uses</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>talks to</source>
        <translation>通信先</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::DiagramExporter</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>Kaji diagram: %1</source>
        <translation>Kaji ダイアグラム: %1</translation>
    </message>
    <message>
        <source>The diagram is too large for a PNG image; export it as SVG.</source>
        <translation>PNG 画像にするには図が大きすぎます。SVG で書き出してください。</translation>
    </message>
    <message>
        <source>Choose a file name ending in .svg or .png.</source>
        <translation>.svg または .png で終わるファイル名を指定してください。</translation>
    </message>
    <message>
        <source>The diagram is empty: there is nothing to export.</source>
        <translation>図が空のため、書き出すものがありません。</translation>
    </message>
    <message>
        <source>Exporting a diagram needs the application's graphics (QApplication).</source>
        <translation>図の書き出しにはアプリケーションのグラフィックス (QApplication) が必要です。</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::DiagramFilterBar</name>
    <message>
        <source>Every kind</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Kinds: all</source>
        <translation>種類: すべて</translation>
    </message>
    <message>
        <source>Kinds: %1 of %2</source>
        <translation>種類: %2 件中 %1 件</translation>
    </message>
    <message>
        <source>Label selector, e.g. app=web,tier!=db</source>
        <translation>ラベルセレクター（例: app=web,tier!=db）</translation>
    </message>
    <message>
        <source>Only objects whose labels match, as kubectl -l reads it</source>
        <translation>kubectl -l と同じ解釈でラベルが一致するオブジェクトのみ</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>問題のみ</translation>
    </message>
    <message>
        <source>Only groups that hold something failing, degraded or missing</source>
        <translation>失敗・劣化・欠落を含むグループのみ</translation>
    </message>
    <message>
        <source>Which kinds to draw</source>
        <translation>描画する種類</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::DiagramLegend</name>
    <message>
        <source>ready endpoint</source>
        <translation>準備完了のエンドポイント</translation>
    </message>
    <message>
        <source>not ready</source>
        <translation>未準備</translation>
    </message>
    <message>
        <source>terminating</source>
        <translation>終了中</translation>
    </message>
    <message>
        <source>broken reference</source>
        <translation>壊れた参照</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::DiagramNodeItem</name>
    <message>
        <source>%1 in %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>…ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click or press + to show each one.</source>
        <translation>ダブルクリックするか + を押すと個別に表示します。</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>検出事項: %1</translation>
    </message>
    <message>
        <source>Show each one</source>
        <translation>個別に表示</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::DiagramPage</name>
    <message>
        <source>Drawing the %1 view…</source>
        <translation>%1 ビューを描画しています…</translation>
    </message>
    <message>
        <source>Nothing in this view matches the filter.</source>
        <translation>このビューにはフィルターに一致するものがありません。</translation>
    </message>
    <message>
        <source>Nothing to draw: the selected namespaces hold no objects this view shows.</source>
        <translation>描画するものがありません。選択した名前空間には、このビューで表示するオブジェクトがありません。</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Some groups could not be laid out and are drawn in plain columns: %1</source>
        <translation>一部のグループはレイアウトできなかったため、単純な列で描画しています: %1</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 画像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Export diagram</source>
        <translation>図を書き出す</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>アーキテクチャ</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>ワークロード</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Find a node (Enter: next)</source>
        <translation>ノードを検索（Enter: 次へ）</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>縮小 (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++, or Ctrl+wheel)</source>
        <translation>拡大 (Ctrl++ または Ctrl+ホイール)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Re-arrange</source>
        <translation>再配置</translation>
    </message>
    <message>
        <source>Pack the groups afresh; updates otherwise keep everything where it is</source>
        <translation>グループを詰め直します。通常の更新では配置はそのまま保たれます</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <source>Save the diagram as SVG or PNG</source>
        <translation>図を SVG または PNG で保存</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>フィルターを解除</translation>
    </message>
    <message>
        <source>Fit the diagram to the view: its width when its words can be read so, else all of it (Ctrl+0)</source>
        <translation>図をビューに合わせる: 文字が読める倍率なら幅に、そうでなければ全体を表示 (Ctrl+0)</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::EditorSearchBar</name>
    <message>
        <source>Match case</source>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>置換後の文字列</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>前の一致 (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>次の一致 (Enter)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>閉じる (Escape)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置換</translation>
    </message>
    <message>
        <source>Replace this match and find the next</source>
        <translation>この一致を置換して次を検索</translation>
    </message>
    <message>
        <source>Replace all</source>
        <translation>すべて置換</translation>
    </message>
    <message>
        <source>Replace every match (one undo step)</source>
        <translation>すべての一致を置換（1 回で元に戻せます）</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 件一致</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>一致なし</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) left unchanged: %1</source>
        <translation>
            <numerusform>%n 件の一致は変更しませんでした: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n 件置換しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::EditorWindow</name>
    <message>
        <source>Your unsaved edit from %1 is back. Review it before saving: the object may have changed since.</source>
        <translation>%1 の未保存の編集を復元しました。保存する前に確認してください: その後オブジェクトが変更されている可能性があります。</translation>
    </message>
    <message>
        <source>The status is written by the cluster, not by you: it is shown, never sent.</source>
        <translation>status はクラスタが書き込むものです: 表示のみで、送信されることはありません。</translation>
    </message>
    <message>
        <source>Set by the API server; changes to it are not sent.</source>
        <translation>API サーバーが設定する値です。変更しても送信されません。</translation>
    </message>
    <message>
        <source>Asking the server what saving would change (dry run)…</source>
        <translation>保存すると何が変わるかをサーバーに問い合わせています (ドライラン)…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <source>Creating the object from your edits…</source>
        <translation>編集内容からオブジェクトを作成しています…</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n field(s) changed.</source>
        <translation>
            <numerusform>保存しました: %n 個のフィールドを変更しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Created from your edits.</source>
        <translation>編集内容から作成しました。</translation>
    </message>
    <message>
        <source>Nothing to save: the text means what the object already is.</source>
        <translation>保存するものはありません: テキストは現在のオブジェクトと同じ内容です。</translation>
    </message>
    <message>
        <source>Dry run done: review the changes.</source>
        <translation>ドライランが完了しました: 変更内容を確認してください。</translation>
    </message>
    <message>
        <source>Preview unavailable: %1 Saving is still possible.</source>
        <translation>プレビューできません: %1 保存はできます。</translation>
    </message>
    <message>
        <source>The object was deleted on the server. Your text is kept.</source>
        <translation>オブジェクトはサーバー上で削除されました。テキストは保持されています。</translation>
    </message>
    <message>
        <source>Create from my edits</source>
        <translation>編集内容から作成</translation>
    </message>
    <message>
        <source>Not saved: %1 Your text is kept.</source>
        <translation>保存されていません: %1 テキストは保持されています。</translation>
    </message>
    <message>
        <source>Someone else changed fields you changed too. Nothing was saved.</source>
        <translation>あなたが変更したフィールドを他の誰かも変更しました。何も保存されていません。</translation>
    </message>
    <message>
        <source>Saving your values over theirs…</source>
        <translation>あなたの値で上書き保存しています…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Throw away your changes and show the object as it was opened?</source>
        <translation>変更を破棄して、開いたときのオブジェクトを表示しますか?</translation>
    </message>
    <message>
        <source>Reverted.</source>
        <translation>元に戻しました。</translation>
    </message>
    <message>
        <source>Your draft could not be kept on disk: %1</source>
        <translation>下書きをディスクに保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Edit %1 %2 — %3</source>
        <translation>%1 %2 を編集 — %3</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Close and keep them as a draft (offered again next time), or throw them away?</source>
        <translation>%1 には保存されていない変更があります。下書きとして残して閉じますか (次回また提示されます)、それとも破棄しますか?</translation>
    </message>
    <message>
        <source>Keep draft and close</source>
        <translation>下書きを残して閉じる</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Review changes…</source>
        <translation>変更を確認…</translation>
    </message>
    <message>
        <source>Ask the server what saving would change (a dry run), and show the difference</source>
        <translation>保存すると何が変わるかをサーバーに問い合わせ (ドライラン)、差分を表示します</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Send what you changed, locked to the server's current version of the object</source>
        <translation>変更した部分を、サーバー上の現在のオブジェクトの版に固定して送信します</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Nothing is known behind the mask of %1 (it was not a value of this Secret): type its value.</source>
        <translation>%1 のマスクの裏に値がありません（この Secret の値ではありませんでした）。値を入力してください。</translation>
    </message>
    <message>
        <source>The values of this Secret are masked. Click a lock in the margin (or use the context menu) to reveal one, or Reveal all values.</source>
        <translation>この Secret の値は隠されています。余白の錠前をクリックする（またはコンテキストメニューを使う）と 1 つずつ表示でき、「すべての値を表示」ですべて表示できます。</translation>
    </message>
    <message>
        <source>Not sent: the value of %1 is still a mask with nothing known behind it. Type its value.</source>
        <translation>送信していません: %1 の値は裏に値のないマスクのままです。値を入力してください。</translation>
    </message>
    <message>
        <source>The server warns: %1</source>
        <translation>サーバーからの警告: %1</translation>
    </message>
    <message>
        <source>The object on the server is as you opened it again.</source>
        <translation>サーバー上のオブジェクトは開いたときの状態に戻りました。</translation>
    </message>
    <message>
        <source>Changed on the server (resourceVersion %1). Your text is kept.</source>
        <translation>サーバー上で変更されました（resourceVersion %1）。編集中のテキストはそのままです。</translation>
    </message>
    <message>
        <source>Changed on the server (resourceVersion %1, by %2). Your text is kept.</source>
        <translation>サーバー上で %2 により変更されました（resourceVersion %1）。編集中のテキストはそのままです。</translation>
    </message>
    <message>
        <source>Show changes…</source>
        <translation>変更内容を表示…</translation>
    </message>
    <message>
        <source>Saving applies your changes on top of it: what you did not change keeps the server's values, and a field changed on both sides is shown to you first.</source>
        <translation>保存するとあなたの変更をその上に適用します。変更していない項目はサーバーの値のままとなり、両方で変更された項目は先に確認を求めます。</translation>
    </message>
    <message>
        <source>Take the update</source>
        <translation>更新を取り込む</translation>
    </message>
    <message>
        <source>Deleted on the server. Your text is kept.</source>
        <translation>サーバー上で削除されました。編集中のテキストはそのままです。</translation>
    </message>
    <message>
        <source>Your edits are kept, not replaced. Saving applies them on top of the server's version.</source>
        <translation>編集内容は置き換えずに残しています。保存するとサーバー上の版の上に適用します。</translation>
    </message>
    <message>
        <source>Showing the object as it is on the server now.</source>
        <translation>サーバー上の現在のオブジェクトを表示しています。</translation>
    </message>
    <message>
        <source>Reveal all values</source>
        <translation>すべての値を表示</translation>
    </message>
    <message>
        <source>Show every value of this Secret in the text</source>
        <translation>この Secret のすべての値をテキストに表示します</translation>
    </message>
    <message>
        <source>Hide all values</source>
        <translation>すべての値を隠す</translation>
    </message>
    <message>
        <source>Mask every value of this Secret again; what you typed is kept behind the mask</source>
        <translation>この Secret のすべての値を再び隠します。入力した内容はマスクの裏に保持されます</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::EksAccountPage</name>
    <message>
        <source>AWS account</source>
        <translation>AWS アカウント</translation>
    </message>
    <message>
        <source>Kaji runs the aws CLI with one of your profiles, as "aws eks update-kubeconfig" would in a terminal. Your access keys stay in the aws CLI's files.</source>
        <translation>Kaji は、ターミナルで "aws eks update-kubeconfig" を実行するのと同じように、選んだプロファイルで aws CLI を実行します。アクセスキーは aws CLI のファイルに置かれたままです。</translation>
    </message>
    <message>
        <source>(no profile: the aws CLI's default credentials)</source>
        <translation>(プロファイルなし: aws CLI の既定の認証情報)</translation>
    </message>
    <message>
        <source>for example ap-northeast-1</source>
        <translation>例: ap-northeast-1</translation>
    </message>
    <message>
        <source>No profiles were found in %1 or %2. Run "aws configure" (or "aws configure sso") in a terminal to add one, then open this wizard again; or continue with the credentials the aws CLI finds in your environment.</source>
        <translation>%1 にも %2 にもプロファイルがありません。ターミナルで "aws configure"(または "aws configure sso")を実行して追加し、このウィザードをもう一度開いてください。環境変数などから aws CLI が見つける認証情報で続けることもできます。</translation>
    </message>
    <message>
        <source>Profiles from %1 and %2.</source>
        <translation>プロファイルの読み込み元: %1 と %2</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>プロファイル(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::EksAddPage</name>
    <message>
        <source>&amp;Add to kubeconfig</source>
        <translation>kubeconfig に追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add to kubeconfig</source>
        <translation>kubeconfig に追加</translation>
    </message>
    <message>
        <source>Runs "aws eks update-kubeconfig", which adds the cluster, an exec user that asks the aws CLI for tokens, and a context to your kubeconfig.</source>
        <translation>"aws eks update-kubeconfig" を実行します。kubeconfig にクラスタ、aws CLI からトークンを取得する exec ユーザー、コンテキストが追加されます。</translation>
    </message>
    <message>
        <source>optional, for example prod-tokyo; otherwise the cluster's ARN</source>
        <translation>任意。例: prod-tokyo(空ならクラスタの ARN)</translation>
    </message>
    <message>
        <source>The aws CLI's output appears here.</source>
        <translation>aws CLI の出力がここに表示されます。</translation>
    </message>
    <message>
        <source>Context &amp;alias:</source>
        <translation>コンテキストの別名(&amp;A):</translation>
    </message>
    <message>
        <source>Cluster %1 in %2, with the aws CLI's default credentials.</source>
        <translation>%2 のクラスタ %1(aws CLI の既定の認証情報)</translation>
    </message>
    <message>
        <source>Cluster %1 in %2, with profile %3.</source>
        <translation>%2 のクラスタ %1(プロファイル %3)</translation>
    </message>
    <message>
        <source>Running the aws CLI…</source>
        <translation>aws CLI を実行中…</translation>
    </message>
    <message>
        <source>Context %1 is in your kubeconfig; Kaji selects it now. Click Finish to close.</source>
        <translation>コンテキスト %1 を kubeconfig に追加し、選択しました。「完了」で閉じます。</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::EksClusterPage</name>
    <message>
        <source>&amp;List clusters</source>
        <translation>クラスタを一覧(&amp;L)</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスタ</translation>
    </message>
    <message>
        <source>The EKS clusters your profile can see in the chosen region.</source>
        <translation>選んだリージョンで、このプロファイルから見える EKS クラスタです。</translation>
    </message>
    <message>
        <source>Listing the clusters in %1…</source>
        <translation>%1 のクラスタを取得中…</translation>
    </message>
    <message>
        <source>Listing the clusters of profile %1 in %2…</source>
        <translation>プロファイル %1 で %2 のクラスタを取得中…</translation>
    </message>
    <message>
        <source>No EKS clusters in %1 for this profile. Clusters are listed per region: check the region, and that the profile belongs to the account that owns the cluster.</source>
        <translation>このプロファイルでは %1 に EKS クラスタがありません。クラスタはリージョンごとに一覧されます。リージョンと、プロファイルがクラスタを所有するアカウントのものかを確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s) in %1. Choose one.</source>
        <translation>
            <numerusform>%1 に %n 個のクラスタがあります。1 つ選んでください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::EksWizard</name>
    <message>
        <source>Add an EKS cluster</source>
        <translation>EKS クラスタを追加</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::EmptyStateOverlay</name>
    <message>
        <source>Loading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <source>Kaji asks again every minute: once it is granted, the table fills by itself.</source>
        <translation>Kaji は 1 分ごとに再確認します。権限が付与されると、テーブルは自動的に表示されます。</translation>
    </message>
    <message>
        <source>No permission to %1 %2</source>
        <translation>%2 を %1 する権限がありません</translation>
    </message>
    <message>
        <source>The cluster refused user "%1" to %2 %3 in namespace %4. Ask an administrator for a Role there that grants "%2" on "%3", or choose a namespace you may read (Ctrl+Shift+N).</source>
        <translation>クラスタはユーザー "%1" に名前空間 %4 での %3 の %2 を拒否しました。管理者にその名前空間で "%3" に対する "%2" を許可する Role を依頼するか、読み取れる名前空間を選んでください (Ctrl+Shift+N)。</translation>
    </message>
    <message>
        <source>The cluster refused user "%1" to %2 %3 at the cluster scope. Ask an administrator for a ClusterRole that grants "%2" on "%3"; for a kind that lives in namespaces, a namespace you may read (Ctrl+Shift+N) can be enough.</source>
        <translation>クラスタはユーザー "%1" にクラスタ全体での %3 の %2 を拒否しました。管理者に "%3" に対する "%2" を許可する ClusterRole を依頼してください。名前空間に属する種類なら、読み取れる名前空間を選ぶ (Ctrl+Shift+N) だけで足りることがあります。</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>サーバーの応答: %1</translation>
    </message>
    <message>
        <source>Cannot reach the cluster</source>
        <translation>クラスタに接続できません</translation>
    </message>
    <message>
        <source>Kaji tried to list %1 and got: %2. It retries by itself, waiting a little longer after each failure (at most 30 seconds); the table fills as soon as the server answers.</source>
        <translation>Kaji は %1 の一覧を取得しようとしましたが、次の応答でした: %2。失敗するたびに少し間隔を空けて (最大 30 秒) 自動的に再試行し、サーバーが応答しだいテーブルを表示します。</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>接続していません</translation>
    </message>
    <message>
        <source>No %1 in this cluster</source>
        <translation>このクラスタに %1 はありません</translation>
    </message>
    <message>
        <source>There are no objects of this kind. They appear here as soon as they are created.</source>
        <translation>この種類のオブジェクトはありません。作成されるとすぐにここに表示されます。</translation>
    </message>
    <message>
        <source>No %1 in %2</source>
        <translation>%2 に %1 はありません</translation>
    </message>
    <message>
        <source>The namespaces shown hold no objects of this kind. Choose other namespaces with Ctrl+Shift+N.</source>
        <translation>表示中の名前空間にはこの種類のオブジェクトがありません。Ctrl+Shift+N で別の名前空間を選んでください。</translation>
    </message>
    <message>
        <source>No %1 match "%2"</source>
        <translation>"%2" に一致する %1 はありません</translation>
    </message>
    <message numerus="yes">
        <source>The filter hides %Ln object(s).</source>
        <translation>
            <numerusform>フィルタにより %Ln 個のオブジェクトが非表示です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The filter and the namespaces chosen (%1) hide %Ln object(s).</source>
        <translation>
            <numerusform>フィルタと選択中の名前空間 (%1) により %Ln 個のオブジェクトが非表示です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln object(s) are in other namespaces. Choose namespaces with Ctrl+Shift+N.</source>
        <translation>
            <numerusform>%Ln 個のオブジェクトは別の名前空間にあります。Ctrl+Shift+N で名前空間を選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>フィルタを解除</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::HistoryChart</name>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Restarts (all pods)</source>
        <translation>再起動回数（全 Pod）</translation>
    </message>
    <message>
        <source>Warning events per 15 s</source>
        <translation>15 秒あたりの Warning イベント</translation>
    </message>
    <message>
        <source>pods</source>
        <translation>Pod</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::KindNavigator</name>
    <message>
        <source>Resources</source>
        <translation>リソース</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::KindPicker</name>
    <message>
        <source>New resource</source>
        <translation>新しいリソース</translation>
    </message>
    <message>
        <source>Filter kinds (Deployment, cm, apps…)</source>
        <translation>種類を絞り込む (Deployment、cm、apps…)</translation>
    </message>
    <message>
        <source>Create template</source>
        <translation>テンプレートを作成</translation>
    </message>
    <message>
        <source>The template holds the fields the cluster's schema requires; fill them in, then dry run or apply.</source>
        <translation>テンプレートにはクラスターのスキーマが必須とするフィールドが入っています。値を埋めてから、ドライランまたは適用してください。</translation>
    </message>
    <message>
        <source>Namespaced</source>
        <translation>名前空間スコープ</translation>
    </message>
    <message>
        <source>Cluster-scoped</source>
        <translation>クラスタースコープ</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::KubeconfigImportDialog</name>
    <message>
        <source>Choose a kubeconfig</source>
        <translation>kubeconfig を選択</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 (name already in use)</source>
        <translation>%1 (名前は使用済み)</translation>
    </message>
    <message>
        <source>Choose a file or paste a kubeconfig to see its contexts.</source>
        <translation>ファイルを選ぶか kubeconfig を貼り付けると、そのコンテキストが表示されます。</translation>
    </message>
    <message>
        <source>Contexts found: %1 (clusters: %2, users: %3)</source>
        <translation>見つかったコンテキスト: %1 (クラスタ %2、ユーザー %3)</translation>
    </message>
    <message>
        <source>contexts: %1</source>
        <translation>コンテキスト: %1</translation>
    </message>
    <message>
        <source>clusters: %1</source>
        <translation>クラスタ: %1</translation>
    </message>
    <message>
        <source>users: %1</source>
        <translation>ユーザー: %1</translation>
    </message>
    <message>
        <source>These names are already in your kubeconfig and are never overwritten: %1.</source>
        <translation>次の名前はすでに kubeconfig にあり、上書きされることはありません: %1。</translation>
    </message>
    <message>
        <source>Pasted text has no folder, so these relative paths are kept as written and may not be found: %1</source>
        <translation>貼り付けたテキストにはフォルダーがないため、次の相対パスはそのまま残り、見つからない可能性があります: %1</translation>
    </message>
    <message>
        <source>Merge into my kubeconfig</source>
        <translation>自分の kubeconfig に統合</translation>
    </message>
    <message>
        <source>Merge into my kubeconfig (%1)</source>
        <translation>自分の kubeconfig に統合 (%1)</translation>
    </message>
    <message>
        <source>Import kubeconfig</source>
        <translation>kubeconfig をインポート</translation>
    </message>
    <message>
        <source>Add the clusters, users and contexts of another kubeconfig, for example one a cloud console or a colleague gave you.</source>
        <translation>クラウドのコンソールや同僚から受け取った kubeconfig など、別の kubeconfig のクラスタ、ユーザー、コンテキストを追加します。</translation>
    </message>
    <message>
        <source>From a file</source>
        <translation>ファイルから</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>貼り付けたテキスト</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Path to a kubeconfig file</source>
        <translation>kubeconfig ファイルのパス</translation>
    </message>
    <message>
        <source>Paste a kubeconfig here (YAML or JSON)</source>
        <translation>ここに kubeconfig を貼り付けてください (YAML または JSON)</translation>
    </message>
    <message>
        <source>Where to put it:</source>
        <translation>保存先:</translation>
    </message>
    <message>
        <source>Keep it as a separate file that Kaji reads after your kubeconfig (kubectl does not see it)</source>
        <translation>別ファイルとして保存し、Kaji が自分の kubeconfig の後に読み込む (kubectl からは見えません)</translation>
    </message>
    <message>
        <source>Entries whose names are already in use:</source>
        <translation>名前がすでに使われている項目:</translation>
    </message>
    <message>
        <source>Skip them (keep the ones you have)</source>
        <translation>スキップする (既存の項目を残す)</translation>
    </message>
    <message>
        <source>Import them renamed with the suffix</source>
        <translation>次の接尾辞を付けた名前でインポートする</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::LicencesDialog</name>
    <message>
        <source>Licences</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <source>Kaji (Apache-2.0)</source>
        <translation>Kaji (Apache-2.0)</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>サードパーティ ソフトウェア</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::LogView</name>
    <message>
        <source>Previous</source>
        <translation>前回</translation>
    </message>
    <message>
        <source>Show the log of the previous, terminated instance of the container</source>
        <translation>コンテナの前回の (終了した) インスタンスのログを表示</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>追従</translation>
    </message>
    <message>
        <source>Stream new lines as they are written and keep the newest in view</source>
        <translation>書き込まれた行を順次受信し、最新の行を表示し続ける</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>タイムスタンプ</translation>
    </message>
    <message>
        <source>Show the time the container runtime recorded for each line</source>
        <translation>コンテナランタイムが各行に記録した時刻を表示</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>折り返し</translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation>長い行を折り返す</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>期間:</translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation>行数:</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 分</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 分</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>6 hours</source>
        <translation>6 時間</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 時間</translation>
    </message>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>last 100</source>
        <translation>最新 100 行</translation>
    </message>
    <message>
        <source>last 1,000</source>
        <translation>最新 1,000 行</translation>
    </message>
    <message>
        <source>last 10,000</source>
        <translation>最新 10,000 行</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>ダウンロード…</translation>
    </message>
    <message>
        <source>Save the whole log from the server, not just the lines shown here</source>
        <translation>表示中の行だけでなく、ログ全体をサーバーから取得して保存</translation>
    </message>
    <message>
        <source>Search the log (Ctrl+F)</source>
        <translation>ログを検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>前の一致</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>前の一致 (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>次の一致</translation>
    </message>
    <message>
        <source>Next match (F3, Enter)</source>
        <translation>次の一致 (F3、Enter)</translation>
    </message>
    <message>
        <source>Regex</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <source>Treat the search as a regular expression</source>
        <translation>検索語を正規表現として扱う</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <source>Only matches</source>
        <translation>一致のみ</translation>
    </message>
    <message>
        <source>Show only the lines that match the search</source>
        <translation>検索に一致する行だけを表示</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>コンテナ</translation>
    </message>
    <message>
        <source>%1 (init)</source>
        <translation>%1 (init)</translation>
    </message>
    <message>
        <source>Reconnecting: %1</source>
        <translation>再接続中: %1</translation>
    </message>
    <message>
        <source>The log could not be read.</source>
        <translation>ログを読み込めませんでした。</translation>
    </message>
    <message>
        <source>The log could not be read: %1</source>
        <translation>ログを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The log stream ended (the container stopped or the server closed it).</source>
        <translation>ログのストリームが終了しました (コンテナが停止したか、サーバーが接続を閉じました)。</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>no matches</source>
        <translation>一致なし</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 件一致</translation>
    </message>
    <message>
        <source>Save log</source>
        <translation>ログを保存</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>ログファイル (*.log *.txt);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::MainWindow</name>
    <message>
        <source>Kaji</source>
        <translation>Kaji</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Reload kubeconfig</source>
        <translation>kubeconfig を再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Kaji</source>
        <translation>Kaji について(&amp;A)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの設定</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>No context selected</source>
        <translation>コンテキストが選択されていません</translation>
    </message>
    <message numerus="yes">
        <source>%n context(s) from %1</source>
        <translation>
            <numerusform>%1 から %n 個のコンテキスト</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kubeconfig file(s)</source>
        <translation>
            <numerusform>%n 個の kubeconfig ファイル</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 件の問題</numerusform>
        </translation>
    </message>
    <message>
        <source>About Kaji</source>
        <translation>Kaji について</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>コンテキスト</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Go to…</source>
        <translation>移動先を指定(&amp;G)…</translation>
    </message>
    <message>
        <source>Go to a kind, namespace, context or object (%1)</source>
        <translation>種類・名前空間・コンテキスト・オブジェクトへ移動 (%1)</translation>
    </message>
    <message>
        <source>&amp;Filter the table</source>
        <translation>テーブルを絞り込む(&amp;F)</translation>
    </message>
    <message>
        <source>Choose &amp;namespaces…</source>
        <translation>名前空間を選択(&amp;N)…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>Go to…</source>
        <translation>移動先を指定…</translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation>図</translation>
    </message>
    <message>
        <source>&amp;Apply manifests…</source>
        <translation>マニフェストを適用(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;New resource…</source>
        <translation>新しいリソース(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>ライセンス(&amp;L)…</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kaji %1&lt;/h3&gt;&lt;p&gt;A native desktop dashboard for Kubernetes clusters.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Licensed under the Apache License 2.0; see Licences for the software Kaji uses.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kaji %1&lt;/h3&gt;&lt;p&gt;Kubernetes クラスタのためのネイティブなデスクトップ ダッシュボード。&lt;/p&gt;&lt;p&gt;Qt %2 でビルド。Apache License 2.0 でライセンスされています。Kaji が使うソフトウェアについては「ライセンス」をご覧ください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Licences…</source>
        <translation>ライセンス…</translation>
    </message>
    <message>
        <source>&amp;Import kubeconfig…</source>
        <translation>kubeconfig をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Add &amp;EKS cluster…</source>
        <translation>EKS クラスタを追加(&amp;E)…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>%1 に切り替え</translation>
    </message>
    <message>
        <source>Select an object that offers this first.</source>
        <translation>先にこの操作ができるオブジェクトを選んでください。</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>ログ(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Shell</source>
        <translation>シェル(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Port forward…</source>
        <translation>ポートフォワード(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Restart…</source>
        <translation>再起動(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概要(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Tables</source>
        <translation>テーブル(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Diagrams</source>
        <translation>図(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>クラスタ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Previous cluster</source>
        <translation>前のクラスタ(&amp;P)</translation>
    </message>
    <message>
        <source>N&amp;ext cluster</source>
        <translation>次のクラスタ(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Object</source>
        <translation>オブジェクト(&amp;O)</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::ManifestEditor</name>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>This value is masked: it is shown now. Edit it there.</source>
        <translation>この値は隠されていました。いま表示したので、そこで編集してください。</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::ManifestValidation</name>
    <message>
        <source>a document must be a mapping of fields (apiVersion, kind, metadata, …)</source>
        <translation>ドキュメントはフィールドのマッピング（apiVersion、kind、metadata など）でなければなりません</translation>
    </message>
    <message>
        <source>%1 not set</source>
        <translation>%1 が設定されていません</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::NamespacePicker</name>
    <message>
        <source>Added by you; right-click to forget it</source>
        <translation>手動で追加した名前空間です。右クリックで登録を解除できます</translation>
    </message>
    <message>
        <source>Forget namespace %1</source>
        <translation>名前空間 %1 の登録を解除</translation>
    </message>
    <message>
        <source>Find a namespace…</source>
        <translation>名前空間を検索…</translation>
    </message>
    <message>
        <source>All namespaces</source>
        <translation>すべての名前空間</translation>
    </message>
    <message>
        <source>Add a namespace by name</source>
        <translation>名前を入力して名前空間を追加</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Namespaces shown in the tables</source>
        <translation>テーブルに表示する名前空間</translation>
    </message>
    <message>
        <source>Namespaces: all</source>
        <translation>名前空間: すべて</translation>
    </message>
    <message>
        <source>Namespaces: %1</source>
        <translation>名前空間: %1</translation>
    </message>
    <message numerus="yes">
        <source>Namespaces: %n selected</source>
        <translation>
            <numerusform>名前空間: %n 個を選択</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::OverviewPage</name>
    <message>
        <source>Deployments</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>StatefulSets</source>
        <translation>StatefulSet</translation>
    </message>
    <message>
        <source>DaemonSets</source>
        <translation>DaemonSet</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Warning events are counted only while this page is shown; the stretches before are gaps.</source>
        <translation>Warning イベントはこのページの表示中だけ数えます。それ以前の区間は空白になります。</translation>
    </message>
    <message>
        <source>One point every 15 seconds since Kaji connected; the first comes soon.</source>
        <translation>Kaji の接続以降、15 秒ごとに 1 点を記録します。最初の点はまもなく表示されます。</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 を読み込み中…</translation>
    </message>
    <message>
        <source>You may not list %1: %2</source>
        <translation>%1 を一覧する権限がありません: %2</translation>
    </message>
    <message>
        <source>This cluster does not serve %1.</source>
        <translation>このクラスタは %1 を提供していません。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>Only namespace %1 is counted: you may not list %2 in all namespaces.</source>
        <translation>名前空間 %1 のみを数えています（すべての名前空間の %2 を一覧する権限がありません）。</translation>
    </message>
    <message>
        <source>not read yet</source>
        <translation>まだ読み取っていません</translation>
    </message>
    <message>
        <source>ready (/readyz answered OK)</source>
        <translation>正常（/readyz が OK を返しました）</translation>
    </message>
    <message>
        <source>asking /readyz…</source>
        <translation>/readyz に問い合わせ中…</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>不明: %1</translation>
    </message>
    <message>
        <source>not ready (HTTP %1)</source>
        <translation>準備未完了（HTTP %1）</translation>
    </message>
    <message>
        <source>not ready: %1 failed</source>
        <translation>準備未完了: %1 が失敗</translation>
    </message>
    <message>
        <source>nodes</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>%1 of %2 ready</source>
        <translation>%2 台中 %1 台が Ready</translation>
    </message>
    <message numerus="yes">
        <source>, %n cordoned</source>
        <translation>
            <numerusform>、%n 台が cordon 済み</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not ready</source>
        <translation>%1: NotReady</translation>
    </message>
    <message>
        <source>%1: cordoned (no new pods)</source>
        <translation>%1: cordon 済み（新しい Pod は配置されません）</translation>
    </message>
    <message>
        <source>%1/%2 succeeded</source>
        <translation>%1/%2 成功</translation>
    </message>
    <message>
        <source>%1/%2 ready</source>
        <translation>%1/%2 Ready</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>%n complete</source>
        <translation>
            <numerusform>%n 件完了</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n healthy</source>
        <translation>
            <numerusform>%n 件正常</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n 件実行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rolling out</source>
        <translation>
            <numerusform>%n 件ロールアウト中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n 件失敗</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2/%3: failed, %4 of %5 succeeded</source>
        <translation>%1 %2/%3: 失敗（%5 件中 %4 件成功）</translation>
    </message>
    <message>
        <source>%1 %2/%3: %4 of %5 ready</source>
        <translation>%1 %2/%3: %5 件中 %4 件が Ready</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Crash looping</source>
        <translation>クラッシュループ</translation>
    </message>
    <message>
        <source>Image pull errors</source>
        <translation>イメージ取得エラー</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>再起動回数</translation>
    </message>
    <message>
        <source>Pods (%1)</source>
        <translation>Pod（%1）</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>pods</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The diagnosis found no problems.</source>
        <translation>診断で問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>The %1 most severe of %2; the Problems dock lists them all.</source>
        <translation>%2 件のうち重大な %1 件です。すべては「問題」ドックにあります。</translation>
    </message>
    <message>
        <source>Not diagnosed yet.</source>
        <translation>まだ診断していません。</translation>
    </message>
    <message>
        <source>%1 ago  %2  %3: %4</source>
        <translation>%1 前  %2  %3: %4</translation>
    </message>
    <message>
        <source>%1 (×%2)</source>
        <translation>%1（×%2）</translation>
    </message>
    <message>
        <source>events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>No Warning events are held by the API server (it keeps them for an hour by default).</source>
        <translation>API サーバーに Warning イベントはありません（既定では 1 時間保持されます）。</translation>
    </message>
    <message>
        <source>The %1 most recent of %2.</source>
        <translation>%2 件のうち最新の %1 件です。</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスタ</translation>
    </message>
    <message>
        <source>API server</source>
        <translation>API サーバー</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>ワークロード</translation>
    </message>
    <message>
        <source>Top problems</source>
        <translation>主な問題</translation>
    </message>
    <message>
        <source>Recent Warning events</source>
        <translation>最近の Warning イベント</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>Pods since connect</source>
        <translation>接続以降の Pod</translation>
    </message>
    <message>
        <source>Restarts and Warning events since connect</source>
        <translation>接続以降の再起動と Warning イベント</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::PodAnatomyText</name>
    <message>
        <source>Not scheduled to a node yet</source>
        <translation>まだノードにスケジュールされていません</translation>
    </message>
    <message>
        <source>Not scheduled yet; nominated node %1</source>
        <translation>未スケジュール（候補ノード %1）</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>host IP %1</source>
        <translation>ホスト IP %1</translation>
    </message>
    <message>
        <source>No pod IP yet</source>
        <translation>Pod IP はまだありません</translation>
    </message>
    <message>
        <source>IP %1 (the node's network)</source>
        <translation>IP %1（ノードのネットワーク）</translation>
    </message>
    <message>
        <source>IP %1</source>
        <translation>IP %1</translation>
    </message>
    <message>
        <source>QoS %1</source>
        <translation>QoS %1</translation>
    </message>
    <message>
        <source>service account %1</source>
        <translation>サービスアカウント %1</translation>
    </message>
    <message numerus="yes">
        <source>Init containers, in order (%n)</source>
        <translation>
            <numerusform>init コンテナ（実行順、%n 個）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sidecars (%n)</source>
        <translation>
            <numerusform>サイドカー（%n 個）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Containers (%n)</source>
        <translation>
            <numerusform>コンテナ（%n 個）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Volumes (%n)</source>
        <translation>
            <numerusform>ボリューム（%n 個）</numerusform>
        </translation>
    </message>
    <message>
        <source>No status yet</source>
        <translation>ステータスはまだありません</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Waiting: %1</source>
        <translation>待機中: %1</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Running, not started yet</source>
        <translation>実行中（起動確認前）</translation>
    </message>
    <message>
        <source>Running, ready</source>
        <translation>実行中、Ready</translation>
    </message>
    <message>
        <source>Running, not ready</source>
        <translation>実行中、Ready でない</translation>
    </message>
    <message>
        <source>Terminated: %1 (exit %2)</source>
        <translation>終了: %1（終了コード %2）</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由の記載なし</translation>
    </message>
    <message numerus="yes">
        <source>%n restarts</source>
        <translation>
            <numerusform>再起動 %n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>Last run ended: %1 (exit %2)</source>
        <translation>前回の実行の終了: %1（終了コード %2）</translation>
    </message>
    <message>
        <source>(block device)</source>
        <translation>（ブロックデバイス）</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>（読み取り専用）</translation>
    </message>
    <message>
        <source>no source</source>
        <translation>ソースなし</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>存在しない</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>（任意）</translation>
    </message>
    <message>
        <source>claim</source>
        <translation>クレーム</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>メモリ上</translation>
    </message>
    <message>
        <source>on the node's disk</source>
        <translation>ノードのディスク上</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>上限 %1</translation>
    </message>
    <message>
        <source>(audience %1)</source>
        <translation>（オーディエンス %1）</translation>
    </message>
    <message>
        <source>driver</source>
        <translation>ドライバー</translation>
    </message>
    <message>
        <source>mounted, but the pod declares no such volume</source>
        <translation>マウントされていますが、Pod にこのボリュームの定義がありません</translation>
    </message>
    <message>
        <source>no container mounts it</source>
        <translation>どのコンテナもマウントしていません</translation>
    </message>
    <message>
        <source>Pod %1/%2</source>
        <translation>Pod %1/%2</translation>
    </message>
    <message>
        <source>Init container %1</source>
        <translation>init コンテナ %1</translation>
    </message>
    <message>
        <source>Container %1</source>
        <translation>コンテナ %1</translation>
    </message>
    <message>
        <source>Sidecar %1</source>
        <translation>サイドカー %1</translation>
    </message>
    <message>
        <source>An init container that keeps running (restartPolicy Always); it starts first.</source>
        <translation>実行し続ける init コンテナ（restartPolicy Always）です。最初に起動します。</translation>
    </message>
    <message>
        <source>An init container that keeps running (restartPolicy Always); it starts after %1.</source>
        <translation>実行し続ける init コンテナ（restartPolicy Always）です。%1 の後に起動します。</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>イメージ: %1</translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation>ポート %1</translation>
    </message>
    <message>
        <source>Mounts %1 at %2</source>
        <translation>%1 を %2 にマウント</translation>
    </message>
    <message>
        <source>Container %1 listens on port %2</source>
        <translation>コンテナ %1 はポート %2 で待ち受けます</translation>
    </message>
    <message>
        <source>%1 sees volume %2 as the block device %3</source>
        <translation>%1 はボリューム %2 をブロックデバイス %3 として使います</translation>
    </message>
    <message>
        <source>%1 mounts volume %2 at %3</source>
        <translation>%1 はボリューム %2 を %3 にマウントします</translation>
    </message>
    <message>
        <source>Only its sub-path %1</source>
        <translation>そのサブパス %1 のみ</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>Volume %1 (%2)</source>
        <translation>ボリューム %1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Token %1 expires after %n seconds</source>
        <translation>
            <numerusform>トークン %1 は %n 秒で期限切れになります</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Show %1 %2</source>
        <translation>%1 %2 を表示</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::PodsPane</name>
    <message>
        <source>Pods</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Filter by name, namespace, status or labels (app=web)…</source>
        <translation>名前・名前空間・状態・ラベル (app=web) で絞り込み…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pod(s)</source>
        <translation>
            <numerusform>%Ln 個の Pod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln pod(s)</source>
        <translation>
            <numerusform>%Ln 個中 %1 個の Pod</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::PortForwardDialog</name>
    <message>
        <source>Port forward</source>
        <translation>ポートフォワード</translation>
    </message>
    <message>
        <source>Other machines on your network will be able to reach this port.</source>
        <translation>ネットワーク上の他のマシンからこのポートにアクセスできるようになります。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>対象:</translation>
    </message>
    <message>
        <source>Remote port:</source>
        <translation>リモートポート:</translation>
    </message>
    <message>
        <source>Local port:</source>
        <translation>ローカルポート:</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>待ち受けアドレス:</translation>
    </message>
    <message>
        <source>Looking up the ports of %1…</source>
        <translation>%1 のポートを調べています…</translation>
    </message>
    <message>
        <source>Could not list the ports: %1</source>
        <translation>ポートを一覧できませんでした: %1</translation>
    </message>
    <message>
        <source>%1 declares no ports; type the port to forward.</source>
        <translation>%1 はポートを宣言していません。転送するポートを入力してください。</translation>
    </message>
    <message>
        <source>Reopen when Kaji starts</source>
        <translation>Kaji の起動時に再開する</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::PortForwardsPane</name>
    <message>
        <source>Port forwards</source>
        <translation>ポートフォワード</translation>
    </message>
    <message>
        <source>No port forwards yet. Start one from a pod, workload or service.</source>
        <translation>ポートフォワードはまだありません。Pod、ワークロード、Service から開始してください。</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>ブラウザで開く</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>アドレスをコピー</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::ProblemsView</name>
    <message>
        <source>Select a problem to see its cause, evidence and next steps.</source>
        <translation>問題を選ぶと、原因・根拠・次の手順が表示されます。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): %1 critical, %2 errors, %3 warnings, %4 info</source>
        <translation>
            <numerusform>問題 %n 件: 重大 %1、エラー %2、警告 %3、情報 %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>previous log, line %1</source>
        <translation>前回のログ %1 行目</translation>
    </message>
    <message>
        <source>log, line %1</source>
        <translation>ログ %1 行目</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>次の手順</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::ResourcePane</name>
    <message numerus="yes">
        <source>%Ln object(s)</source>
        <translation>
            <numerusform>%Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln object(s)</source>
        <translation>
            <numerusform>%Ln 件中 %1 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::ReviewDialog</name>
    <message>
        <source>Review changes</source>
        <translation>変更の確認</translation>
    </message>
    <message>
        <source>The server says saving would change nothing.</source>
        <translation>サーバーによると、保存しても何も変わりません。</translation>
    </message>
    <message>
        <source>The object on the server (−) and as saving would leave it (+):</source>
        <translation>サーバー上のオブジェクト (−) と保存後の状態 (+):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>編集に戻る</translation>
    </message>
    <message>
        <source>Changed on the server</source>
        <translation>サーバー上での変更</translation>
    </message>
    <message>
        <source>The object as you opened it (−) and as it is on the server now (+):</source>
        <translation>開いたときのオブジェクト (−) と現在のサーバー上のオブジェクト (+):</translation>
    </message>
    <message>
        <source>Take the update</source>
        <translation>更新を取り込む</translation>
    </message>
    <message>
        <source>You have edits: they are kept, and saving applies them on top of this version.</source>
        <translation>編集内容があります。それらは残され、保存するとこの版の上に適用されます。</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::RowMenu</name>
    <message>
        <source>Checking what you may do…</source>
        <translation>実行できる操作を確認中…</translation>
    </message>
    <message>
        <source>Copy name</source>
        <translation>名前をコピー</translation>
    </message>
    <message>
        <source>Copy namespace/name</source>
        <translation>名前空間/名前をコピー</translation>
    </message>
    <message>
        <source>Copy as kubectl -n %1 …</source>
        <translation>kubectl -n %1 … の形でコピー</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::SchemaHooks</name>
    <message>
        <source> · required</source>
        <translation> · 必須</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::SecretConcealer</name>
    <message>
        <source>Reveal value of %1</source>
        <translation>%1 の値を表示</translation>
    </message>
    <message>
        <source>Hide value of %1</source>
        <translation>%1 の値を隠す</translation>
    </message>
    <message>
        <source>Reveal all values</source>
        <translation>すべての値を表示</translation>
    </message>
    <message>
        <source>Hide all values</source>
        <translation>すべての値を隠す</translation>
    </message>
    <message>
        <source>The value of %1 is hidden: click to reveal it.</source>
        <translation>%1 の値は隠されています。クリックすると表示します。</translation>
    </message>
    <message>
        <source>Click to hide the value of %1.</source>
        <translation>クリックすると %1 の値を隠します。</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::ShortcutOverlay</name>
    <message>
        <source>General</source>
        <translation>全般</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Press ? or Esc to close. The command palette (%1) runs the same commands by name.</source>
        <translation>? または Esc で閉じます。コマンドパレット (%1) では同じコマンドを名前で実行できます。</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::TablePane</name>
    <message>
        <source>Filter by text or label selector (app=web)…</source>
        <translation>文字列またはラベルセレクター (app=web) で絞り込み…</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::TerminalDock</name>
    <message>
        <source>The session ended.</source>
        <translation>セッションは終了しました。</translation>
    </message>
    <message>
        <source>Close terminal</source>
        <translation>ターミナルを閉じる</translation>
    </message>
    <message>
        <source>The session in %1 is still running. Closing the tab ends it.</source>
        <translation>%1 のセッションはまだ実行中です。タブを閉じるとセッションは終了します。</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>セッションを終了</translation>
    </message>
    <message>
        <source>Open a shell from a pod's menu or the details panel: each session gets a tab here.</source>
        <translation>Pod のメニューか詳細パネルからシェルを開くと、セッションごとにここへタブが開きます。</translation>
    </message>
    <message>
        <source>Terminal font</source>
        <translation>ターミナルのフォント</translation>
    </message>
    <message>
        <source>Font…</source>
        <translation>フォント…</translation>
    </message>
    <message>
        <source>Choose the terminal's font (fixed-width fonts only); every tab uses it</source>
        <translation>ターミナルのフォントを選びます（等幅フォントのみ）。すべてのタブに使われます</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::TerminalWidget</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>すべて選択</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>再起動</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::ThreeWayDialog</name>
    <message>
        <source>(absent)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Show secret values</source>
        <translation>シークレットの値を表示</translation>
    </message>
    <message>
        <source>Changed on the server too</source>
        <translation>サーバー上でも変更されています</translation>
    </message>
    <message>
        <source>While you edited, someone else changed fields you changed too (marked). Nothing was saved. Save your values over theirs, or go back to editing.</source>
        <translation>編集中に、あなたが変更したフィールドを他の誰かも変更しました (強調表示)。何も保存されていません。あなたの値で上書き保存するか、編集に戻ってください。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>When opened</source>
        <translation>開いたとき</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>現在のサーバー</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>自分の値で上書き保存</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>編集に戻る</translation>
    </message>
    <message>
        <source>Changed on the server and by you</source>
        <translation>サーバーとあなたの両方で変更されました</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::UsageView</name>
    <message>
        <source>CPU (millicores)</source>
        <translation>CPU (ミリコア)</translation>
    </message>
    <message>
        <source>Memory (MiB)</source>
        <translation>メモリ (MiB)</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>使用量</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>要求 (request)</translation>
    </message>
    <message>
        <source>Allocatable</source>
        <translation>割り当て可能 (allocatable)</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限 (limit)</translation>
    </message>
    <message>
        <source>%1: waiting for the first sample (metrics-server reads every 15 s or so).</source>
        <translation>%1: 最初のサンプルを待っています (metrics-server はおよそ 15 秒ごとに読み取ります)。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n reading(s) since Kaji connected; gaps are readings without a sample.</source>
        <translation>
            <numerusform>%1: Kaji の接続以降 %n 回の読み取り。途切れた部分はサンプルのない読み取りです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole pod</source>
        <translation>Pod 全体</translation>
    </message>
    <message>
        <source>Container %1</source>
        <translation>コンテナ %1</translation>
    </message>
    <message>
        <source>%1, container %2</source>
        <translation>%1、コンテナ %2</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::WelcomePage</name>
    <message>
        <source>Welcome to Kaji</source>
        <translation>Kaji へようこそ</translation>
    </message>
    <message>
        <source>No Kubernetes context was found. Kaji reads the files named by the KUBECONFIG environment variable, or ~/.kube/config when it is not set, and the files you add here:</source>
        <translation>Kubernetes のコンテキストが見つかりません。Kaji は環境変数 KUBECONFIG が指すファイル (未設定なら ~/.kube/config) と、ここで追加したファイルを読みます:</translation>
    </message>
    <message>
        <source>Add a kubeconfig file…</source>
        <translation>kubeconfig ファイルを追加…</translation>
    </message>
    <message>
        <source>A file from your administrator or a cloud console: merged into ~/.kube/config or kept as a file of its own.</source>
        <translation>管理者やクラウドのコンソールから受け取ったファイル。~/.kube/config に統合するか、別ファイルのまま使います。</translation>
    </message>
    <message>
        <source>Paste a kubeconfig…</source>
        <translation>kubeconfig を貼り付け…</translation>
    </message>
    <message>
        <source>The YAML text itself, checked before anything is written.</source>
        <translation>YAML のテキストそのもの。書き込む前に検査します。</translation>
    </message>
    <message>
        <source>Add an EKS cluster…</source>
        <translation>EKS クラスターを追加…</translation>
    </message>
    <message>
        <source>Pick an AWS profile and region, choose a cluster, and Kaji runs aws eks update-kubeconfig for you.</source>
        <translation>AWS のプロファイルとリージョンを選び、クラスターを選ぶと、Kaji が aws eks update-kubeconfig を実行します。</translation>
    </message>
    <message>
        <source>To try Kaji without a cluster of your own, start it from a source checkout with &lt;code&gt;scripts/run.sh --demo&lt;/code&gt;.</source>
        <translation>自分のクラスターなしで Kaji を試すには、ソースのチェックアウトから &lt;code&gt;scripts/run.sh --demo&lt;/code&gt; で起動してください。</translation>
    </message>
    <message>
        <source>%1: does not exist</source>
        <translation>%1: 存在しません</translation>
    </message>
    <message>
        <source>%1: cannot be used: %2</source>
        <translation>%1: 使用できません: %2</translation>
    </message>
    <message>
        <source>%1: read, defines no context</source>
        <translation>%1: 読み込みましたが、コンテキストがありません</translation>
    </message>
    <message>
        <source>%1: could not be read</source>
        <translation>%1: 読み込めませんでした</translation>
    </message>
</context>
<context>
    <name>LogsCommand</name>
    <message>
        <source>kaji logs: %1</source>
        <translation>kaji logs: %1</translation>
    </message>
    <message>
        <source>Run 'kaji --help' for usage.</source>
        <translation>使い方は 'kaji --help' で確認できます。</translation>
    </message>
    <message>
        <source>"%1" is not a number</source>
        <translation>"%1" は数値ではありません</translation>
    </message>
    <message>
        <source>"%1" is not a duration such as 5s, 2m or 3h</source>
        <translation>"%1" は 5s、2m、3h のような期間ではありません</translation>
    </message>
    <message>
        <source>"%1" is not an RFC 3339 time</source>
        <translation>"%1" は RFC 3339 形式の時刻ではありません</translation>
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation>予期しない引数 "%1"</translation>
    </message>
    <message>
        <source>name a pod, or TYPE/NAME such as deployment/web</source>
        <translation>Pod 名、または deployment/web のような TYPE/NAME を指定してください</translation>
    </message>
    <message>
        <source>--since and --since-time cannot be used together</source>
        <translation>--since と --since-time は同時に指定できません</translation>
    </message>
    <message>
        <source>--all-containers and --container cannot be used together</source>
        <translation>--all-containers と --container は同時に指定できません</translation>
    </message>
    <message>
        <source>kaji: cannot reach %1: %2</source>
        <translation>kaji: %1 に接続できません: %2</translation>
    </message>
    <message>
        <source>Error from server (%1): %2</source>
        <translation>サーバーからのエラー (%1): %2</translation>
    </message>
    <message>
        <source>kaji logs: cannot read the logs of a "%1"</source>
        <translation>kaji logs: "%1" のログは読み込めません</translation>
    </message>
    <message>
        <source>kaji logs: %1 "%2" has no selector</source>
        <translation>kaji logs: %1 "%2" にはセレクタがありません</translation>
    </message>
    <message>
        <source>error: no pods found for %1 "%2"</source>
        <translation>エラー: %1 "%2" の Pod が見つかりません</translation>
    </message>
    <message>
        <source>Found %1 pods, using pod/%2</source>
        <translation>Pod が %1 個見つかりました。pod/%2 を使用します</translation>
    </message>
    <message>
        <source>error: container %1 is not valid for pod %2</source>
        <translation>エラー: コンテナ %1 は Pod %2 にありません</translation>
    </message>
    <message>
        <source>Defaulted container "%1" out of: %2</source>
        <translation>コンテナ "%1" を既定として使用します (候補: %2)</translation>
    </message>
</context>
<context>
    <name>ManifestInput</name>
    <message>
        <source>kaji: the path "%1" does not exist</source>
        <translation>kaji: パス "%1" は存在しません</translation>
    </message>
    <message>
        <source>kaji: cannot read %1: %2</source>
        <translation>kaji: %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>警告: %1: %2</translation>
    </message>
    <message>
        <source>kaji: %1: %2</source>
        <translation>kaji: %1: %2</translation>
    </message>
</context>
<context>
    <name>ManifestOptions</name>
    <message>
        <source>Kaji applies server-side only: --server-side=false is not supported</source>
        <translation>Kaji はサーバーサイド適用のみ対応しています: --server-side=false は使えません</translation>
    </message>
    <message>
        <source>--dry-run=client is not supported: use --dry-run=server, where the server checks what it would store</source>
        <translation>--dry-run=client は使えません: --dry-run=server を使ってください (保存される内容をサーバーが確認します)</translation>
    </message>
    <message>
        <source>invalid --dry-run value "%1" (use server or none)</source>
        <translation>--dry-run の値 "%1" は不正です (server か none を指定してください)</translation>
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation>想定外の引数 "%1"</translation>
    </message>
    <message>
        <source>name the manifests with -f FILE (a file, a directory, or - for standard input)</source>
        <translation>マニフェストを -f FILE で指定してください (ファイル、ディレクトリ、または標準入力の -)</translation>
    </message>
    <message>
        <source>standard input (-f -) can be read only once</source>
        <translation>標準入力 (-f -) は一度しか読めません</translation>
    </message>
</context>
<context>
    <name>PortForwardCommand</name>
    <message>
        <source>kaji port-forward: %1</source>
        <translation>kaji port-forward: %1</translation>
    </message>
    <message>
        <source>Run 'kaji --help' for usage.</source>
        <translation>使い方は 'kaji --help' を実行してください。</translation>
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation>想定外の引数 "%1"</translation>
    </message>
    <message>
        <source>name a target and at least one port, e.g. "kaji port-forward svc/web 8080:80"</source>
        <translation>対象と少なくとも 1 つのポートを指定してください（例: "kaji port-forward svc/web 8080:80"）</translation>
    </message>
    <message>
        <source>cannot forward to "%1": use pod, deployment, statefulset, replicaset, replicationcontroller or service</source>
        <translation>"%1" には転送できません: pod、deployment、statefulset、replicaset、replicationcontroller、service のいずれかを指定してください</translation>
    </message>
    <message>
        <source>invalid port "%1" (use LOCAL:REMOTE, :REMOTE or PORT)</source>
        <translation>無効なポート "%1"（LOCAL:REMOTE、:REMOTE、PORT のいずれかの形式で指定してください）</translation>
    </message>
    <message>
        <source>invalid address "%1"</source>
        <translation>無効なアドレス "%1"</translation>
    </message>
    <message>
        <source>kaji: %1</source>
        <translation>kaji: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>kaji: the server offers no SPDY tunnel for port-forward; using %1</source>
        <translation>kaji: サーバーはポートフォワード用の SPDY トンネルを提供していません。%1 を使います</translation>
    </message>
</context>
<context>
    <name>TableGet</name>
    <message>
        <source>kaji: %1</source>
        <translation>kaji: %1</translation>
    </message>
    <message>
        <source>error: the server doesn't have a resource type "%1"</source>
        <translation>エラー: サーバーにリソースの種類「%1」がありません</translation>
    </message>
    <message>
        <source>Error from server (%1): %2</source>
        <translation>サーバーからのエラー (%1): %2</translation>
    </message>
    <message>
        <source>No resources found</source>
        <translation>リソースが見つかりません</translation>
    </message>
    <message>
        <source>No resources found in %1 namespace.</source>
        <translation>名前空間 %1 にリソースが見つかりません。</translation>
    </message>
</context>
<context>
    <name>TopCommand</name>
    <message>
        <source>kaji top: %1</source>
        <translation>kaji top: %1</translation>
    </message>
    <message>
        <source>Run 'kaji --help' for usage.</source>
        <translation>使い方は 'kaji --help' を実行してください。</translation>
    </message>
    <message>
        <source>name what to show: "kaji top nodes" or "kaji top pods"</source>
        <translation>表示する対象を指定してください: "kaji top nodes" または "kaji top pods"</translation>
    </message>
    <message>
        <source>unknown resource "%1" (use nodes or pods)</source>
        <translation>不明なリソース "%1" です (nodes か pods を指定してください)</translation>
    </message>
    <message>
        <source>unexpected argument "%1"</source>
        <translation>予期しない引数 "%1"</translation>
    </message>
    <message>
        <source>--sort-by accepts only cpu or memory</source>
        <translation>--sort-by に指定できるのは cpu か memory だけです</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>error: the metrics API answered with something that is not a NodeMetricsList</source>
        <translation>error: メトリクス API の応答が NodeMetricsList ではありません</translation>
    </message>
    <message>
        <source>error: metrics not available yet</source>
        <translation>error: メトリクスはまだ利用できません</translation>
    </message>
    <message>
        <source>Error from server (%1): %2</source>
        <translation>Error from server (%1): %2</translation>
    </message>
    <message>
        <source>error: the metrics API answered with something that is not a PodMetricsList</source>
        <translation>error: メトリクス API の応答が PodMetricsList ではありません</translation>
    </message>
    <message>
        <source>No resources found</source>
        <translation>リソースが見つかりません</translation>
    </message>
    <message>
        <source>No resources found in %1 namespace.</source>
        <translation>名前空間 %1 にリソースが見つかりません。</translation>
    </message>
</context>
</TS>