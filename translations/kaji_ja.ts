<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>不明なコマンド &quot;%1&quot;</translation>
    </message>
    <message>
        <source>kaji: %1</source>
        <translation>kaji: %1</translation>
    </message>
    <message>
        <source>Run &apos;kaji --help&apos; for usage.</source>
        <translation>使い方は &apos;kaji --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>contexts: unexpected argument &quot;%1&quot;</source>
        <translation>contexts: 想定外の引数 &quot;%1&quot;</translation>
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
  contexts [-o name]  List the contexts of your kubeconfig files
  get KIND [-n NS | -A] [--context C] [-o wide|name|json|yaml] [--watch]
                      List any kind (custom resources too) with the
                      columns kubectl prints, or the objects as JSON/YAML
  port-forward [--context C] [-n NS] [--address ADDR] TYPE/NAME [LOCAL]:REMOTE ...
                      Forward local ports to a pod, deployment, statefulset,
                      replicaset or service until Ctrl+C; follows the
                      workload to a new pod when its pod goes away
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
  contexts [-o name]  kubeconfig ファイルのコンテキストを一覧表示
  get KIND [-n NS | -A] [--context C] [-o wide|name|json|yaml] [--watch]
                      任意の種類 (カスタムリソースを含む) を kubectl と同じ列で
                      一覧表示、またはオブジェクトを JSON/YAML で出力
  port-forward [--context C] [-n NS] [--address ADDR] TYPE/NAME [LOCAL]:REMOTE ...
                      ローカルポートを pod、deployment、statefulset、replicaset、
                      service へ Ctrl+C まで転送。Pod がなくなるとワークロードの
                      新しい Pod に追従
  version             バージョンを表示

オプション:
  -h, --help          このヘルプを表示
  -v, --version       バージョンを表示

Kaji は KUBECONFIG に指定された kubeconfig ファイル、または ~/.kube/config を読み込みます。
</translation>
    </message>
</context>
<context>
    <name>GetCommand</name>
    <message>
        <source>kaji get: %1</source>
        <translation>kaji get: %1</translation>
    </message>
    <message>
        <source>Run &apos;kaji --help&apos; for usage.</source>
        <translation>使い方は &apos;kaji --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>想定外の引数 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>name the kind of resource to list, e.g. &quot;kaji get pods&quot;</source>
        <translation>一覧表示するリソースの種類を指定してください（例: &quot;kaji get pods&quot;）</translation>
    </message>
    <message>
        <source>kaji: %1</source>
        <translation>kaji: %1</translation>
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
        <source>unsupported output format &quot;%1&quot; (use wide, name, json or yaml)</source>
        <translation>未対応の出力形式「%1」です (wide、name、json、yaml のいずれかを指定してください)</translation>
    </message>
</context>
<context>
    <name>Kaji::App::Application</name>
    <message>
        <source>%1: cannot connect</source>
        <translation>%1: 接続できません</translation>
    </message>
    <message>
        <source> (namespace %1 only: you may not list pods in all namespaces)</source>
        <translation>（名前空間 %1 のみ: すべての名前空間の Pod を一覧する権限がありません）</translation>
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
    <message>
        <source>Showing namespace %1 only: you may not list this kind in all namespaces.</source>
        <translation>名前空間 %1 のみを表示しています: この種類を全名前空間で一覧する権限がありません。</translation>
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
        <source>the exec plugin &quot;%1&quot; of context &quot;%2&quot; needs an interactive terminal (interactiveMode: Always), which Kaji cannot offer</source>
        <translation>コンテキスト &quot;%2&quot; の exec プラグイン &quot;%1&quot; は対話型ターミナルを必要としますが（interactiveMode: Always）、Kaji では提供できません</translation>
    </message>
    <message>
        <source>the exec plugin &quot;%1&quot; of context &quot;%2&quot; was not found in PATH or in your login shell&apos;s PATH</source>
        <translation>コンテキスト &quot;%2&quot; の exec プラグイン &quot;%1&quot; が PATH にもログインシェルの PATH にも見つかりません</translation>
    </message>
    <message>
        <source>the exec plugin &quot;%1&quot; of context &quot;%2&quot; did not finish within %3 seconds</source>
        <translation>コンテキスト &quot;%2&quot; の exec プラグイン &quot;%1&quot; が %3 秒以内に終了しませんでした</translation>
    </message>
    <message>
        <source>the exec plugin &quot;%1&quot; of context &quot;%2&quot; failed with exit code %3: %4</source>
        <translation>コンテキスト &quot;%2&quot; の exec プラグイン &quot;%1&quot; が終了コード %3 で失敗しました: %4</translation>
    </message>
    <message>
        <source>the exec plugin &quot;%1&quot; of context &quot;%2&quot; printed no valid ExecCredential</source>
        <translation>コンテキスト &quot;%2&quot; の exec プラグイン &quot;%1&quot; が有効な ExecCredential を出力しませんでした</translation>
    </message>
</context>
<context>
    <name>Kaji::Kube::KubeConfig</name>
    <message>
        <source>names cluster &quot;%1&quot;, which no file defines</source>
        <translation>クラスタ &quot;%1&quot; を指定していますが、どのファイルにも定義がありません</translation>
    </message>
    <message>
        <source>names user &quot;%1&quot;, which no file defines</source>
        <translation>ユーザー &quot;%1&quot; を指定していますが、どのファイルにも定義がありません</translation>
    </message>
    <message>
        <source>names context &quot;%1&quot;, which no file defines</source>
        <translation>コンテキスト &quot;%1&quot; を指定していますが、どのファイルにも定義がありません</translation>
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
</context>
<context>
    <name>Kaji::Kube::LabelSelector</name>
    <message>
        <source>&quot;%1&quot; is not a valid label selector term</source>
        <translation>「%1」はラベルセレクターの条件として正しくありません</translation>
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
        <source>pod %1 has no container port named &quot;%2&quot;</source>
        <translation>Pod %1 には &quot;%2&quot; という名前のコンテナポートがありません</translation>
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
        <source>context &quot;%1&quot; is not defined in %2</source>
        <translation>コンテキスト &quot;%1&quot; は %2 に定義されていません</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; names cluster &quot;%2&quot;, which is not defined</source>
        <translation>コンテキスト &quot;%1&quot; が指定するクラスタ &quot;%2&quot; は定義されていません</translation>
    </message>
    <message>
        <source>cluster &quot;%1&quot; has no server address</source>
        <translation>クラスタ &quot;%1&quot; にサーバーアドレスがありません</translation>
    </message>
    <message>
        <source>context &quot;%1&quot; names user &quot;%2&quot;, which is not defined</source>
        <translation>コンテキスト &quot;%1&quot; が指定するユーザー &quot;%2&quot; は定義されていません</translation>
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
</context>
<context>
    <name>Kaji::Models::ResourceTableModel</name>
    <message>
        <source>Namespace</source>
        <translation>名前空間</translation>
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
        <source>(cluster &quot;%1&quot; is not defined)</source>
        <translation>（クラスタ &quot;%1&quot; は定義されていません）</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>検証されていません</translation>
    </message>
    <message>
        <source>Verified against the cluster&apos;s certificate authority</source>
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
</context>
<context>
    <name>Kaji::Ui::KindNavigator</name>
    <message>
        <source>Resources</source>
        <translation>リソース</translation>
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
        <source>&lt;h3&gt;No Kubernetes contexts found&lt;/h3&gt;&lt;p&gt;Kaji reads the files named by the KUBECONFIG environment variable, or ~/.kube/config when it is not set.&lt;/p&gt;&lt;p&gt;To try Kaji without a cluster of your own, start it with &lt;code&gt;scripts/run.sh --demo&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kubernetes のコンテキストが見つかりません&lt;/h3&gt;&lt;p&gt;Kaji は環境変数 KUBECONFIG に指定されたファイルを読み込みます。未設定の場合は ~/.kube/config を読み込みます。&lt;/p&gt;&lt;p&gt;自分のクラスタがなくても、&lt;code&gt;scripts/run.sh --demo&lt;/code&gt; で起動すれば Kaji を試せます。&lt;/p&gt;</translation>
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
        <source>&lt;h3&gt;Kaji %1&lt;/h3&gt;&lt;p&gt;A native desktop dashboard for Kubernetes clusters.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kaji %1&lt;/h3&gt;&lt;p&gt;Kubernetes クラスタのためのネイティブなデスクトップダッシュボード。&lt;/p&gt;&lt;p&gt;Qt %2 でビルド。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>コンテキスト</translation>
    </message>
</context>
<context>
    <name>Kaji::Ui::PodsPane</name>
    <message>
        <source>Pods</source>
        <translation>Pod</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s)</source>
        <translation>
            <numerusform>%n 個の Pod</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pod(s)</source>
        <translation>
            <numerusform>%n 個中 %1 個の Pod</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by name, namespace, status or labels (app=web)…</source>
        <translation>名前・名前空間・状態・ラベル (app=web) で絞り込み…</translation>
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
    <name>Kaji::Ui::ResourcePane</name>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n object(s)</source>
        <translation>
            <numerusform>%n 件中 %1 件</numerusform>
        </translation>
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
    <name>PortForwardCommand</name>
    <message>
        <source>kaji port-forward: %1</source>
        <translation>kaji port-forward: %1</translation>
    </message>
    <message>
        <source>Run &apos;kaji --help&apos; for usage.</source>
        <translation>使い方は &apos;kaji --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>想定外の引数 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>name a target and at least one port, e.g. &quot;kaji port-forward svc/web 8080:80&quot;</source>
        <translation>対象と少なくとも 1 つのポートを指定してください（例: &quot;kaji port-forward svc/web 8080:80&quot;）</translation>
    </message>
    <message>
        <source>cannot forward to &quot;%1&quot;: use pod, deployment, statefulset, replicaset, replicationcontroller or service</source>
        <translation>&quot;%1&quot; には転送できません: pod、deployment、statefulset、replicaset、replicationcontroller、service のいずれかを指定してください</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot; (use LOCAL:REMOTE, :REMOTE or PORT)</source>
        <translation>無効なポート &quot;%1&quot;（LOCAL:REMOTE、:REMOTE、PORT のいずれかの形式で指定してください）</translation>
    </message>
    <message>
        <source>invalid address &quot;%1&quot;</source>
        <translation>無効なアドレス &quot;%1&quot;</translation>
    </message>
    <message>
        <source>kaji: %1</source>
        <translation>kaji: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
</context>
<context>
    <name>TableGet</name>
    <message>
        <source>kaji: %1</source>
        <translation>kaji: %1</translation>
    </message>
    <message>
        <source>error: the server doesn&apos;t have a resource type &quot;%1&quot;</source>
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
</TS>
