#include "documents/DocumentEditorDialog.h"

#include "documents/DocumentRenderer.h"
#include "documents/OrderRepository.h"

#include <QActionGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {

DocumentEditorDialog::DocumentEditorDialog(const Document& document, OrderRepository* journal, bool readOnly, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_journal(journal)
    , m_readOnly(readOnly)
    , m_text(DocumentRenderer::createTextDocument(document.html, document.title))
{
    setWindowTitle(document.title);
    auto* layout = new QVBoxLayout(this);
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_toolBar);
    m_outputBar = new QToolBar(this);
    m_outputBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_outputBar);

    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setText(tr("The order is signed and can no longer be changed. Corrections are made by a new order."));
    m_banner->setStyleSheet(u"QLabel { background: #fff4ce; border: 1px solid #e0c36a; padding: 6px; }"_s);
    m_banner->setVisible(m_readOnly);
    layout->addWidget(m_banner);

    m_editor = new QTextEdit(this);
    m_editor->setDocument(m_text.get());
    m_editor->setReadOnly(m_readOnly);
    // The width of the text on A4 paper (180 mm), so that lines break about as they will print.
    m_editor->setLineWrapMode(QTextEdit::FixedPixelWidth);
    m_editor->setLineWrapColumnOrWidth(int(180.0 / 25.4 * logicalDpiX()));
    m_editor->setMinimumWidth(int(190.0 / 25.4 * logicalDpiX()));
    layout->addWidget(m_editor, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &DocumentEditorDialog::reject);
    layout->addWidget(buttons);

    buildToolBar();
    connect(m_editor, &QTextEdit::cursorPositionChanged, this, &DocumentEditorDialog::updateFormatActions);
    connect(m_editor, &QTextEdit::currentCharFormatChanged, this, &DocumentEditorDialog::updateFormatActions);
    connect(m_text.get(), &QTextDocument::modificationChanged, m_save, [this](bool modified) {
        m_save->setEnabled(modified && m_journal && !m_readOnly);
    });
    m_text->setModified(false);
    m_save->setEnabled(false);
    updateFormatActions();
    resize(int(210.0 / 25.4 * logicalDpiX()) + 80, 760);
}

DocumentEditorDialog::~DocumentEditorDialog()
{
    // The editor must let go of the document before it is destroyed.
    m_editor->setDocument(nullptr);
}

QTextDocument* DocumentEditorDialog::textDocument() const
{
    return m_text.get();
}

bool DocumentEditorDialog::isModified() const
{
    return m_text->isModified();
}

void DocumentEditorDialog::buildToolBar()
{
    QToolBar* target = m_toolBar;
    auto add = [this, &target](const QString& text, const QKeySequence& shortcut, auto slot, bool editing) {
        QAction* action = target->addAction(text);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        if (editing)
            m_editing << action;
        return action;
    };
    QAction* undo = add(tr("Undo"), QKeySequence::Undo, [this] { m_editor->undo(); }, true);
    QAction* redo = add(tr("Redo"), QKeySequence::Redo, [this] { m_editor->redo(); }, true);
    connect(m_text.get(), &QTextDocument::undoAvailable, undo, &QAction::setEnabled);
    connect(m_text.get(), &QTextDocument::redoAvailable, redo, &QAction::setEnabled);
    undo->setEnabled(false);
    redo->setEnabled(false);
    m_toolBar->addSeparator();

    m_bold = add(tr("Bold"), QKeySequence::Bold, [this](bool on) {
        mergeFormat([on](QTextCharFormat& f) { f.setFontWeight(on ? QFont::Bold : QFont::Normal); });
    }, true);
    m_italic = add(tr("Italic"), QKeySequence::Italic, [this](bool on) {
        mergeFormat([on](QTextCharFormat& f) { f.setFontItalic(on); });
    }, true);
    m_underline = add(tr("Underline"), QKeySequence::Underline, [this](bool on) {
        mergeFormat([on](QTextCharFormat& f) { f.setFontUnderline(on); });
    }, true);
    for (QAction* a : {m_bold, m_italic, m_underline})
        a->setCheckable(true);
    m_toolBar->addSeparator();

    auto* alignment = new QActionGroup(this);
    m_left = add(tr("Left"), QKeySequence(), [this] { setAlignment(Qt::AlignLeft | Qt::AlignAbsolute); }, true);
    m_center = add(tr("Centre"), QKeySequence(), [this] { setAlignment(Qt::AlignHCenter); }, true);
    m_right = add(tr("Right"), QKeySequence(), [this] { setAlignment(Qt::AlignRight | Qt::AlignAbsolute); }, true);
    m_justify = add(tr("Justify"), QKeySequence(), [this] { setAlignment(Qt::AlignJustify); }, true);
    for (QAction* a : {m_left, m_center, m_right, m_justify}) {
        a->setCheckable(true);
        alignment->addAction(a);
    }
    m_toolBar->addSeparator();

    m_size = new QComboBox(m_toolBar);
    m_size->setToolTip(tr("Font size"));
    for (int size : {10, 11, 12, 13, 14, 16, 18})
        m_size->addItem(QString::number(size));
    m_toolBar->addWidget(m_size);
    connect(m_size, &QComboBox::textActivated, this, [this](const QString& text) {
        const qreal size = text.toDouble();
        if (size > 0)
            mergeFormat([size](QTextCharFormat& f) { f.setFontPointSize(size); });
    });
    add(tr("Bulleted list"), QKeySequence(), [this] { m_editor->textCursor().createList(QTextListFormat::ListDisc); }, true);
    add(tr("Numbered list"), QKeySequence(), [this] { m_editor->textCursor().createList(QTextListFormat::ListDecimal); }, true);
    // Output on a row of its own, so that nothing hides behind the toolbar's overflow.
    target = m_outputBar;

    m_preview = add(tr("Print preview"), QKeySequence(), &DocumentEditorDialog::printPreview, false);
    add(tr("Print…"), QKeySequence::Print, &DocumentEditorDialog::print, false);
    add(tr("Save as PDF…"), QKeySequence(), [this] { exportAs(u"pdf"_s); }, false);
    add(tr("Save as ODT…"), QKeySequence(), [this] { exportAs(u"odt"_s); }, false);
    m_save = add(tr("Save"), QKeySequence::Save, &DocumentEditorDialog::saveClicked, false);
    m_save->setVisible(m_journal != nullptr);
    m_save->setToolTip(tr("Store the edited text in the orders journal"));

    for (QAction* a : std::as_const(m_editing))
        a->setEnabled(!m_readOnly);
    m_size->setEnabled(!m_readOnly);
}

void DocumentEditorDialog::updateFormatActions()
{
    const QTextCharFormat f = m_editor->currentCharFormat();
    m_bold->setChecked(f.fontWeight() >= QFont::Bold);
    m_italic->setChecked(f.fontItalic());
    m_underline->setChecked(f.fontUnderline());
    const Qt::Alignment a = m_editor->alignment();
    m_left->setChecked(a & Qt::AlignLeft);
    m_center->setChecked(a & Qt::AlignHCenter);
    m_right->setChecked(a & Qt::AlignRight);
    m_justify->setChecked(a & Qt::AlignJustify);
    const qreal size = f.fontPointSize() > 0 ? f.fontPointSize() : m_text->defaultFont().pointSizeF();
    m_size->setCurrentText(QString::number(qRound(size)));
}

void DocumentEditorDialog::setAlignment(Qt::Alignment alignment)
{
    m_editor->setAlignment(alignment);
}

void DocumentEditorDialog::mergeFormat(const std::function<void(QTextCharFormat&)>& change)
{
    QTextCharFormat format;
    change(format);
    QTextCursor cursor = m_editor->textCursor();
    if (!cursor.hasSelection())
        cursor.select(QTextCursor::WordUnderCursor);
    cursor.mergeCharFormat(format);
    m_editor->mergeCurrentCharFormat(format);
}

void DocumentEditorDialog::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_document.title);
    printer.setPageLayout(DocumentRenderer::pageLayout());
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print preview — %1").arg(m_document.title));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* p) {
        const Result<int> pages = DocumentRenderer::paint(*m_text, p);
        if (!pages)
            QMessageBox::warning(this, tr("Print preview"), pages.error());
    });
    preview.resize(900, 800);
    preview.exec();
}

void DocumentEditorDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_document.title);
    printer.setPageLayout(DocumentRenderer::pageLayout());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Result<int> pages = DocumentRenderer::paint(*m_text, &printer);
    if (!pages)
        QMessageBox::warning(this, tr("Print"), pages.error());
}

Status DocumentEditorDialog::exportTo(const QString& path)
{
    return DocumentRenderer::write(*m_text, path);
}

void DocumentEditorDialog::exportAs(const QString& extension)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString filter = extension == u"pdf" ? tr("PDF documents (*.pdf)") : tr("OpenDocument text (*.odt)");
    QString path = QFileDialog::getSaveFileName(this,
                                                tr("Save the document"),
                                                QDir(folder).filePath(m_document.fileName + u'.' + extension),
                                                filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + extension, Qt::CaseInsensitive))
        path += u'.' + extension;
    if (Status s = exportTo(path); !s)
        QMessageBox::warning(this, tr("Save the document"), s.error());
}

Status DocumentEditorDialog::save()
{
    if (!m_journal || m_document.kind != DocumentKind::Order)
        return Status::failure(tr("Only the text of an order is kept in the journal; save the document as PDF or ODT."));
    if (m_readOnly)
        return Status::failure(tr("The order is signed and can no longer be changed. Corrections are made by a new order."));
    Status s = m_journal->saveText(m_document.subject, m_text->toHtml());
    if (s) {
        m_text->setModified(false);
        emit saved();
    }
    return s;
}

void DocumentEditorDialog::saveClicked()
{
    if (Status s = save(); !s)
        QMessageBox::warning(this, tr("Save"), s.error());
}

void DocumentEditorDialog::reject()
{
    if (isModified() && m_journal && !m_readOnly) {
        const auto answer = QMessageBox::question(this,
                                                  tr("Unsaved changes"),
                                                  tr("The text of the order was changed. Save the changes?"),
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                                  QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            if (Status s = save(); !s) {
                QMessageBox::warning(this, tr("Save"), s.error());
                return;
            }
        }
    }
    QDialog::reject();
}

} // namespace nastavnik::ui
