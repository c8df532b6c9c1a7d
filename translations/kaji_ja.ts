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
  get pods [-n NS | -A] [--context C] [-o wide|name] [--watch]
                      List pods with the columns kubectl prints
  logs POD|TYPE/NAME [-n NS] [--context C] [-c CONTAINER | --all-containers]
       [-f] [-p] [--timestamps] [--since 5m | --since-time T] [--tail N]
       [--limit-bytes N] [--prefix]
                      Print a container&apos;s log as kubectl logs does
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
  get pods [-n NS | -A] [--context C] [-o wide|name] [--watch]
                      kubectl と同じ列で Pod を一覧表示
  logs POD|TYPE/NAME [-n NS] [--context C] [-c CONTAINER | --all-containers]
       [-f] [-p] [--timestamps] [--since 5m | --since-time T] [--tail N]
       [--limit-bytes N] [--prefix]
                      kubectl logs と同じようにコンテナのログを表示
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
        <source>unsupported output format &quot;%1&quot; (use wide or name)</source>
        <translation>未対応の出力形式 &quot;%1&quot; です（wide または name を指定してください）</translation>
    </message>
    <message>
        <source>kaji get: listing &quot;%1&quot; is not supported yet; this version lists pods</source>
        <translation>kaji get: &quot;%1&quot; の一覧表示にはまだ対応していません。このバージョンで一覧表示できるのは Pod です</translation>
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
    <name>Kaji::Models::PodLogWorker</name>
    <message>
        <source>connection lost (%1), reconnecting (attempt %2)</source>
        <translation>接続が切れました (%1)。再接続しています (%2 回目)</translation>
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
    <name>Kaji::Models::WorkloadLogSource</name>
    <message>
        <source>a workload has no single log to save; open one of its pods</source>
        <translation>ワークロードには保存できる単一のログがありません。Pod を開いてください</translation>
    </message>
</context>
<context>
    <name>Kaji::Models::WorkloadLogWorker</name>
    <message>
        <source>cannot read the logs of a &quot;%1&quot;</source>
        <translation>&quot;%1&quot; のログは読み込めません</translation>
    </message>
    <message>
        <source>%1 has no pod selector</source>
        <translation>%1 には Pod セレクタがありません</translation>
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
        <source>Pods</source>
        <translation>Pod</translation>
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
    <message>
        <source>Filter by name, namespace, status…</source>
        <translation>名前・名前空間・状態で絞り込み…</translation>
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
</context>
<context>
    <name>LogsCommand</name>
    <message>
        <source>kaji logs: %1</source>
        <translation>kaji logs: %1</translation>
    </message>
    <message>
        <source>Run &apos;kaji --help&apos; for usage.</source>
        <translation>使い方は &apos;kaji --help&apos; で確認できます。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; は数値ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration such as 5s, 2m or 3h</source>
        <translation>&quot;%1&quot; は 5s、2m、3h のような期間ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an RFC 3339 time</source>
        <translation>&quot;%1&quot; は RFC 3339 形式の時刻ではありません</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>予期しない引数 &quot;%1&quot;</translation>
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
        <source>kaji logs: cannot read the logs of a &quot;%1&quot;</source>
        <translation>kaji logs: &quot;%1&quot; のログは読み込めません</translation>
    </message>
    <message>
        <source>kaji logs: %1 &quot;%2&quot; has no selector</source>
        <translation>kaji logs: %1 &quot;%2&quot; にはセレクタがありません</translation>
    </message>
    <message>
        <source>error: no pods found for %1 &quot;%2&quot;</source>
        <translation>エラー: %1 &quot;%2&quot; の Pod が見つかりません</translation>
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
        <source>Defaulted container &quot;%1&quot; out of: %2</source>
        <translation>コンテナ &quot;%1&quot; を既定として使用します (候補: %2)</translation>
    </message>
</context>
</TS>
