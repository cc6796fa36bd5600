#include "FirstRunWidget.h"

#include "Icons.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {

FirstRunWidget::FirstRunWidget(QWidget* parent)
    : QWidget(parent)
    , m_create(new QCommandLinkButton(this))
    , m_open(new QCommandLinkButton(this))
    , m_demo(new QCommandLinkButton(this))
    , m_recentBox(new QWidget(this))
    , m_recentLayout(new QVBoxLayout(m_recentBox))
{
    setObjectName(u"firstRun"_s);
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(2);
    auto* column = new QWidget(this);
    column->setMaximumWidth(620);
    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(10);

    // The logo is drawn when first shown (showEvent): a window opening a database never shows it.
    m_logo = new QLabel(column);
    m_logo->setFixedHeight(72);
    m_logo->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_logo);
    auto* title = new QLabel(tr("Nastavnik"), column);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto* subtitle = new QLabel(tr("Mentorship programmes of a school or an HR department: the bases of mentors and "
                                   "mentees, pairs, plans, orders and monitoring. All data stays in one file on "
                                   "this computer."),
                                column);
    subtitle->setWordWrap(true);
    subtitle->setAlignment(Qt::AlignCenter);
    subtitle->setStyleSheet(u"color: #4a5561;"_s);
    layout->addWidget(subtitle);
    layout->addSpacing(16);

    const QSize iconSize(32, 32);
    m_create->setText(tr("Create a new database"));
    m_create->setDescription(tr("An empty database for your organisation. You choose where the file is kept, then "
                                "enter the organisation's name and provision."));
    m_create->setIcon(icons::get(u"database-new"_s));
    m_open->setText(tr("Open an existing database…"));
    m_open->setDescription(tr("A .sqlite file of Nastavnik: your own, a copy, or a backup."));
    m_open->setIcon(icons::get(u"open"_s));
    m_demo->setText(tr("Open the demo"));
    m_demo->setDescription(tr("A village school with mentors, pairs, plans and orders, to see how everything works. "
                              "Recreated fresh every time; your own data is not touched."));
    m_demo->setIcon(icons::get(u"demo"_s));
    for (QCommandLinkButton* b : {m_create, m_open, m_demo}) {
        b->setIconSize(iconSize);
        b->setObjectName(u"choice"_s);
        b->setStyleSheet(u"#choice { border: 1px solid #c5d0da; border-radius: 6px; background: palette(base); "
                         "padding: 12px; } #choice:hover { border-color: #7fa7cc; background: #f1f7fc; } "
                         "#choice:focus { border-color: #2c5d87; }"_s);
        layout->addWidget(b);
    }
    connect(m_create, &QCommandLinkButton::clicked, this, &FirstRunWidget::createRequested);
    connect(m_open, &QCommandLinkButton::clicked, this, &FirstRunWidget::openRequested);
    connect(m_demo, &QCommandLinkButton::clicked, this, &FirstRunWidget::demoRequested);

    m_recentLayout->setContentsMargins(0, 12, 0, 0);
    layout->addWidget(m_recentBox);
    m_recentBox->hide();

    auto* centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(column, 4);
    centre->addStretch(1);
    outer->addLayout(centre);
    outer->addStretch(3);
}

void FirstRunWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_logo->pixmap().isNull())
        m_logo->setPixmap(icons::application().pixmap(72, 72));
}

void FirstRunWidget::setRecentFiles(const QStringList& paths)
{
    while (QLayoutItem* item = m_recentLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QStringList existing;
    for (const QString& path : paths) {
        if (QFileInfo::exists(path))
            existing << path;
    }
    m_recentBox->setVisible(!existing.isEmpty());
    if (existing.isEmpty())
        return;
    auto* heading = new QLabel(tr("Recent databases:"), m_recentBox);
    m_recentLayout->addWidget(heading);
    for (const QString& path : existing) {
        auto* link = new QLabel(m_recentBox);
        link->setText(u"<a href=\"open\">%1</a> <span style=\"color: gray\">— %2</span>"_s.arg(
            QFileInfo(path).fileName().toHtmlEscaped(),
            QDir::toNativeSeparators(QFileInfo(path).absolutePath()).toHtmlEscaped()));
        link->setTextFormat(Qt::RichText);
        link->setToolTip(QDir::toNativeSeparators(path));
        connect(link, &QLabel::linkActivated, this, [this, path] { emit recentRequested(path); });
        m_recentLayout->addWidget(link);
    }
}

} // namespace nastavnik::ui
