// Where the manifest editor's hover and completion hooks look: a place in
// YAML text mapped to the JSON pointer of its field, on complete and on
// half-typed text.

#include "editor/yamlcursorpath.h"

#include <QTest>

using Kaji::Ui::YamlCursorContext;
using Kaji::Ui::YamlCursorPath;
using Kind = YamlCursorContext::Kind;

namespace {

// The text with a "‸" marking the cursor, which is taken out.
YamlCursorContext at(QString text)
{
    const qsizetype mark = text.indexOf(u'‸');
    Q_ASSERT(mark >= 0);
    text.remove(mark, 1);
    const QString before = text.left(mark);
    const int line = int(before.count(u'\n'));
    const int column = int(mark - (before.lastIndexOf(u'\n') + 1));
    return YamlCursorPath::at(text, line, column);
}

const QString deployment = QStringLiteral(R"(apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app.kubernetes.io/name: web
spec:
  replicas: 3
  template:
    spec:
      containers:
      - name: nginx
        image: nginx:1.25
        ports:
        - containerPort: 80
          protocol: TCP
      - name: sidecar
        args: ["--verbose", "--port=9090"]
        env:
          - name: A
            value: "1"
)");

QString cursorAt(const QString &text, const QString &needle, int offset = 0)
{
    QString out = text;
    const qsizetype at = out.indexOf(needle);
    Q_ASSERT(at >= 0);
    return out.insert(at + offset, u'‸');
}

} // namespace

class TestYamlCursorPath : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keysOfNestedMappings()
    {
        YamlCursorContext c = at(cursorAt(deployment, QStringLiteral("replicas"), 3));
        QCOMPARE(c.kind, Kind::Key);
        QCOMPARE(c.pointer, QStringLiteral("/spec/replicas"));
        QCOMPARE(c.mappingPointer, QStringLiteral("/spec"));
        QCOMPARE(c.prefix, QStringLiteral("rep"));
        QVERIFY(c.atKeyPosition);
        QCOMPARE(c.siblingKeys, QStringList{QStringLiteral("template")});
        QCOMPARE(c.apiVersion, QStringLiteral("apps/v1"));
        QCOMPARE(c.objectKind, QStringLiteral("Deployment"));

        c = at(cursorAt(deployment, QStringLiteral("web\n  labels"), 1));
        QCOMPARE(c.kind, Kind::Value);
        QCOMPARE(c.pointer, QStringLiteral("/metadata/name"));
        QVERIFY(!c.atKeyPosition);
    }

    void slashesInKeysAreEscaped()
    {
        const YamlCursorContext c = at(cursorAt(deployment, QStringLiteral("kubernetes.io/name"), 2));
        QCOMPARE(c.kind, Kind::Key);
        QCOMPARE(c.pointer, QStringLiteral("/metadata/labels/app.kubernetes.io~1name"));
    }

    void listsOfMappingsCountTheirItems()
    {
        YamlCursorContext c = at(cursorAt(deployment, QStringLiteral("image: nginx"), 2));
        QCOMPARE(c.kind, Kind::Key);
        QCOMPARE(c.pointer, QStringLiteral("/spec/template/spec/containers/0/image"));
        QCOMPARE(c.mappingPointer, QStringLiteral("/spec/template/spec/containers/0"));
        QCOMPARE(c.siblingKeys, (QStringList{QStringLiteral("name"), QStringLiteral("ports")}));

        c = at(cursorAt(deployment, QStringLiteral("protocol"), 0));
        QCOMPARE(c.pointer, QStringLiteral("/spec/template/spec/containers/0/ports/0/protocol"));

        c = at(cursorAt(deployment, QStringLiteral("name: sidecar"), 1));
        QCOMPARE(c.pointer, QStringLiteral("/spec/template/spec/containers/1/name"));

        // "- " itself stands for the item.
        c = at(cursorAt(deployment, QStringLiteral("- name: sidecar"), 0));
        QCOMPARE(c.kind, Kind::Value);
        QCOMPARE(c.pointer, QStringLiteral("/spec/template/spec/containers/1"));

        // Indented sequence (items deeper than their key) and its second key.
        c = at(cursorAt(deployment, QStringLiteral("value: \"1\""), 8));
        QCOMPARE(c.kind, Kind::Value);
        QCOMPARE(c.pointer, QStringLiteral("/spec/template/spec/containers/1/env/0/value"));
    }

    void nestedSequencesAndScalarItems()
    {
        const QString text = QStringLiteral("matrix:\n- - a\n  - b\n- - c\nlist:\n  - one\n  - two\n");
        QCOMPARE(at(cursorAt(text, QStringLiteral("b\n"))).pointer, QStringLiteral("/matrix/0/1"));
        QCOMPARE(at(cursorAt(text, QStringLiteral("c\n"))).pointer, QStringLiteral("/matrix/1/0"));
        const YamlCursorContext two = at(cursorAt(text, QStringLiteral("two"), 1));
        QCOMPARE(two.kind, Kind::Value);
        QCOMPARE(two.pointer, QStringLiteral("/list/1"));
    }

    void flowStyleDegradesToItsField()
    {
        YamlCursorContext c = at(cursorAt(deployment, QStringLiteral("--port=9090"), 3));
        QCOMPARE(c.kind, Kind::Value);
        QCOMPARE(c.pointer, QStringLiteral("/spec/template/spec/containers/1/args"));

        // A flow mapping over several lines, then a key after it.
        const QString text = QStringLiteral("metadata: {name: x,\n  labels: {a: b}}\nspec:\n  replicas: 1\n");
        c = at(cursorAt(text, QStringLiteral("labels")));
        QCOMPARE(c.kind, Kind::Value);
        QCOMPARE(c.pointer, QStringLiteral("/metadata"));
        QCOMPARE(at(cursorAt(text, QStringLiteral("replicas"))).pointer, QStringLiteral("/spec/replicas"));
        // An unclosed flow does not swallow the pointer into nonsense.
        c = at(QStringLiteral("spec:\n  ports: [80, 443\n  repl‸"));
        QCOMPARE(c.kind, Kind::Value);
        QCOMPARE(c.pointer, QStringLiteral("/spec/ports"));
    }

    void commentsAreSkipped()
    {
        const QString text = QStringLiteral("# top\nspec:   # the spec\n  # replicas: 9\n\n  replicas: 2 # two\n  paused: true\n");
        YamlCursorContext c = at(cursorAt(text, QStringLiteral("paused")));
        QCOMPARE(c.pointer, QStringLiteral("/spec/paused"));
        QCOMPARE(c.siblingKeys, QStringList{QStringLiteral("replicas")});
        c = at(cursorAt(text, QStringLiteral("# two"), 3));
        QCOMPARE(c.kind, Kind::Comment);
        c = at(cursorAt(text, QStringLiteral("# replicas: 9"), 4));
        QCOMPARE(c.kind, Kind::Comment);
        QVERIFY(!c.atKeyPosition);
        // "key: value # comment": the value is the value, without the comment.
        c = at(cursorAt(text, QStringLiteral("2 # two")));
        QCOMPARE(c.kind, Kind::Value);
        QCOMPARE(c.pointer, QStringLiteral("/spec/replicas"));
    }

    void blockScalarsAreText()
    {
        const QString text = QStringLiteral("data:\n  script: |\n    name: not a key\n    - not an item\n\n  other: x\n");
        YamlCursorContext c = at(cursorAt(text, QStringLiteral("not a key")));
        QCOMPARE(c.kind, Kind::Value);
        QCOMPARE(c.pointer, QStringLiteral("/data/script"));
        c = at(cursorAt(text, QStringLiteral("not an item")));
        QCOMPARE(c.pointer, QStringLiteral("/data/script"));
        c = at(cursorAt(text, QStringLiteral("other")));
        QCOMPARE(c.pointer, QStringLiteral("/data/other"));
        QCOMPARE(c.siblingKeys, QStringList{QStringLiteral("script")});
    }

    void newKeysWhileTyping()
    {
        // A blank line: the mapping is chosen by the cursor's column.
        const QString text = QStringLiteral("spec:\n  template:\n    spec:\n      containers:\n      - name: a\n        image: b\n%1\nstatus: {}\n");
        YamlCursorContext c = at(text.arg(QStringLiteral("        ‸")));
        QCOMPARE(c.kind, Kind::NewKey);
        QCOMPARE(c.mappingPointer, QStringLiteral("/spec/template/spec/containers/0"));
        QVERIFY(c.atKeyPosition);
        QCOMPARE(c.prefix, QString());
        QCOMPARE(c.siblingKeys, (QStringList{QStringLiteral("name"), QStringLiteral("image")}));
        c = at(text.arg(QStringLiteral("      ‸")));
        QCOMPARE(c.mappingPointer, QStringLiteral("/spec/template/spec"));
        QCOMPARE(c.siblingKeys, QStringList{QStringLiteral("containers")});
        c = at(text.arg(QStringLiteral("  ‸")));
        QCOMPARE(c.mappingPointer, QStringLiteral("/spec"));
        c = at(text.arg(QStringLiteral("‸")));
        QCOMPARE(c.mappingPointer, QString());
        QCOMPARE(c.siblingKeys, (QStringList{QStringLiteral("spec"), QStringLiteral("status")}));

        // A key half typed: no colon yet.
        c = at(text.arg(QStringLiteral("        imagePull‸")));
        QCOMPARE(c.kind, Kind::NewKey);
        QCOMPARE(c.mappingPointer, QStringLiteral("/spec/template/spec/containers/0"));
        QCOMPARE(c.prefix, QStringLiteral("imagePull"));
        QCOMPARE(c.prefixColumn, 8);
        // The first key of a new item.
        c = at(text.arg(QStringLiteral("      - na‸")));
        QVERIFY(c.atKeyPosition);
        QCOMPARE(c.mappingPointer, QStringLiteral("/spec/template/spec/containers/1"));
        QCOMPARE(c.prefix, QStringLiteral("na"));
        c = at(text.arg(QStringLiteral("      - ‸")));
        QCOMPARE(c.kind, Kind::NewKey);
        QCOMPARE(c.mappingPointer, QStringLiteral("/spec/template/spec/containers/1"));
        // Text with a space in it is no key.
        c = at(text.arg(QStringLiteral("        two words‸")));
        QVERIFY(!c.atKeyPosition);
    }

    void incompleteDocumentStillWorks()
    {
        // Unbalanced, no values yet: what a parser refuses.
        const YamlCursorContext c = at(QStringLiteral("apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - name:\n    ima‸"));
        QCOMPARE(c.kind, Kind::NewKey);
        QCOMPARE(c.mappingPointer, QStringLiteral("/spec/containers/0"));
        QCOMPARE(c.apiVersion, QStringLiteral("v1"));
        QCOMPARE(c.objectKind, QStringLiteral("Pod"));
    }

    void quotedKeys()
    {
        const QString text = QStringLiteral("data:\n  \"a: b\": 1\n  'it''s': 2\n");
        QCOMPARE(at(cursorAt(text, QStringLiteral(": 1"), 2)).pointer, QStringLiteral("/data/a: b"));
        QCOMPARE(at(cursorAt(text, QStringLiteral("s': 2"))).pointer, QStringLiteral("/data/it's"));
    }

    void multipleDocuments()
    {
        const QString text = QStringLiteral("apiVersion: v1\nkind: Service\nspec:\n  ports: []\n---\n# second\napiVersion: apps/v1\n"
                                            "kind: Deployment\nspec:\n  replicas: 1\n--- # third\nkind: ConfigMap\ndata:\n  k: v\n");
        YamlCursorContext c = at(cursorAt(text, QStringLiteral("replicas")));
        QCOMPARE(c.pointer, QStringLiteral("/spec/replicas"));
        QCOMPARE(c.documentFirstLine, 5);
        QCOMPARE(c.objectKind, QStringLiteral("Deployment"));
        QCOMPARE(c.siblingKeys, QStringList());
        c = at(cursorAt(text, QStringLiteral("k: v")));
        QCOMPARE(c.pointer, QStringLiteral("/data/k"));
        QCOMPARE(c.documentFirstLine, 11);
        QCOMPARE(c.objectKind, QStringLiteral("ConfigMap"));
        QVERIFY(c.apiVersion.isEmpty());
        c = at(cursorAt(text, QStringLiteral("ports")));
        QCOMPARE(c.objectKind, QStringLiteral("Service"));
        // The separator itself is nowhere.
        QCOMPARE(at(cursorAt(text, QStringLiteral("---\n"), 1)).kind, Kind::None);
        // A new top-level key in the second document sees only its own keys.
        c = at(QStringLiteral("a: 1\n---\nb: 2\n‸\n---\nc: 3\n"));
        QCOMPARE(c.siblingKeys, QStringList{QStringLiteral("b")});
    }

    void outOfRangeIsNothing()
    {
        QCOMPARE(YamlCursorPath::at(QStringLiteral("a: 1"), 5, 0).kind, Kind::None);
        QCOMPARE(YamlCursorPath::at(QString(), 0, 0).kind, Kind::NewKey);
        QCOMPARE(at(QStringLiteral("  ‸spec: 1")).kind, Kind::Key);
    }
};

QTEST_GUILESS_MAIN(TestYamlCursorPath)
#include "tst_yamlcursorpath.moc"
