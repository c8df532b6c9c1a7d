#include "loglinedelegate.h"

#include "logclassifier.h"
#include "logmodel.h"
#include "style/statuscolours.h"

#include <QAbstractItemView>
#include <QPainter>
#include <QTextLayout>

namespace Kaji::Ui {
namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// The status colours every other view uses for errors and warnings.
QColor severityColor(Models::LogSeverity severity, const QPalette &palette)
{
    switch (severity) {
    case Models::LogSeverity::Error: return statusColour(Status::Error, palette);
    case Models::LogSeverity::Warning: return statusColour(Status::Warning, palette);
    case Models::LogSeverity::None: break;
    }
    return {};
}

} // namespace

QSize LogLineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    const int lineHeight = fm.height() + 2;
    if (!m_wrap)
        return {int(std::min<qsizetype>(m_longest + 2, 5000)) * fm.horizontalAdvance(u'M') + MarkerWidth + 2 * Padding,
                lineHeight};
    const int width = std::max(100, option.rect.width() > 0 ? option.rect.width()
                                                              : option.widget ? option.widget->width() - 30 : 800);
    const QRect bounds = fm.boundingRect(QRect(0, 0, width - MarkerWidth - 2 * Padding, 1 << 20),
                                         Qt::TextWrapAnywhere, index.data(Qt::DisplayRole).toString());
    return {width, std::max(lineHeight, bounds.height() + 2)};
}

void LogLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    const bool dark = isDark(option.palette);
    const auto severity = Models::LogSeverity(index.data(Models::LogModel::SeverityRole).toInt());
    const QColor mark = severityColor(severity, option.palette);
    QRect row = option.rect;
    if (option.state & QStyle::State_Selected) {
        painter->fillRect(row, option.palette.color(QPalette::Highlight).lighter(dark ? 60 : 170));
    } else if (mark.isValid()) {
        QColor tint = mark;
        tint.setAlpha(dark ? 40 : 22);
        painter->fillRect(row, tint);
    }
    if (mark.isValid())
        painter->fillRect(QRect(row.left(), row.top(), MarkerWidth, row.height()), mark);

    const QString text = index.data(Qt::DisplayRole).toString();
    const QRect textRect = row.adjusted(MarkerWidth + Padding, 1, -Padding, -1);
    QTextLayout layout(text, option.font);
    QTextOption textOption;
    textOption.setWrapMode(m_wrap ? QTextOption::WrapAnywhere : QTextOption::NoWrap);
    layout.setTextOption(textOption);
    // Highlights as format ranges: the text layout places them exactly,
    // wrapped or not, whatever the script.
    QList<QTextLayout::FormatRange> formats;
    const bool current = index.row() == m_currentRow;
    for (const QVariant &v : index.data(Models::LogModel::HighlightsRole).toList()) {
        const QPoint range = v.toPoint();
        QTextLayout::FormatRange f;
        f.start = range.x();
        f.length = range.y();
        f.format.setBackground(current ? QColor(0xff, 0x96, 0x32) : dark ? QColor(0x8a, 0x6d, 0x00) : QColor(0xff, 0xe5, 0x6b));
        f.format.setForeground(dark && !current ? QColor(Qt::white) : QColor(Qt::black));
        formats.append(f);
    }
    layout.setFormats(formats);
    layout.beginLayout();
    qreal y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(m_wrap ? textRect.width() : 1e6);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    painter->setPen(option.palette.color(option.state & QStyle::State_Selected ? QPalette::Text : QPalette::Text));
    painter->setClipRect(row);
    layout.draw(painter, textRect.topLeft());
    if (current) {
        painter->setPen(QPen(QColor(0xff, 0x96, 0x32), 1));
        painter->drawRect(row.adjusted(0, 0, -1, -1));
    }
    painter->restore();
}

} // namespace Kaji::Ui
