// kaji_render_icon SVG OUTPUT SIZE: draws the SVG at SIZE×SIZE pixels into
// OUTPUT (PNG, or ICO on Windows: the format follows the file name). Used at
// build time so the packaged icons always match resources/icons/kaji.svg and
// no image tool beyond Qt is needed on any platform.

#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    // No display is needed to draw into an image.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool sizeOk = false;
    const int size = args.value(3).toInt(&sizeOk);
    if (args.size() != 4 || !sizeOk || size <= 0 || size > 1024) {
        std::fprintf(stderr, "usage: kaji_render_icon SVG OUTPUT SIZE\n");
        return 2;
    }
    QSvgRenderer svg(args[1]);
    if (!svg.isValid()) {
        std::fprintf(stderr, "kaji_render_icon: cannot read %s\n", qPrintable(args[1]));
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    painter.end();
    QImageWriter writer(args[2]);
    if (!writer.write(image)) {
        std::fprintf(stderr, "kaji_render_icon: cannot write %s: %s\n", qPrintable(args[2]),
                     qPrintable(writer.errorString()));
        return 1;
    }
    return 0;
}
