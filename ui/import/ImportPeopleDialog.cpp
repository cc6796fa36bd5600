#include "import/ImportPeopleDialog.h"

#include "domain/Vocabulary.h"
#include "import/ImportPreviewModel.h"
#include "import/MappingHeaderView.h"
#include "import/TableReader.h"
#include "storage/PeopleRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace nastavnik::ui {
namespace {

const auto kErrorStyle = u"color: #a31d12;"_s;
const auto kProblemBoxStyle
    = u"QLabel { background: #fde8e6; color: #7a160d; border: 1px solid #f2b8b0; border-radius: 4px; padding: 6px; }"_s;
const auto kHintStyle = u"color: palette(dark);"_s;

/// The wait cursor while a long file is read or checked.
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(kHintStyle);
    return label;
}

} // namespace

ImportPeopleDialog::ImportPeopleDialog(PeopleRepository& people, QWidget* parent)
    : QDialog(parent)
    , m_people(people)
    , m_importer(std::make_unique<import::PeopleImporter>(people))
    , m_preview(std::make_shared<import::ImportPreview>())
{
    setWindowTitle(tr("Import participants from a table"));
    buildUi();
    resize(1120, 760);
}

ImportPeopleDialog::~ImportPeopleDialog() = default;

void ImportPeopleDialog::buildUi()
{
    auto* root = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    root->addWidget(m_pages, 1);

    // Page 1: file, defaults, mapping and check.
    auto* setup = new QWidget(m_pages);
    auto* setupLayout = new QVBoxLayout(setup);
    setupLayout->setContentsMargins(0, 0, 0, 0);
    auto* intro = new QLabel(
        tr("Import a list of staff or pupils kept in Excel. Choose the file, check which field each "
           "column goes to and who the people are. Nothing changes in the database until you "
           "press «Import»."),
        setup);
    intro->setWordWrap(true);
    setupLayout->addWidget(intro);

    auto* top = new QHBoxLayout;
    setupLayout->addLayout(top);

    auto* fileBox = new QGroupBox(tr("1. File with the list"), setup);
    auto* fileLayout = new QVBoxLayout(fileBox);
    auto* fileRow = new QHBoxLayout;
    m_fileEdit = new QLineEdit(fileBox);
    m_fileEdit->setObjectName(u"filePath"_s);
    m_fileEdit->setReadOnly(true);
    m_fileEdit->setPlaceholderText(tr("No file chosen: an Excel workbook (.xlsx) or a CSV file"));
    auto* chooseButton = new QPushButton(tr("Choose file…"), fileBox);
    chooseButton->setObjectName(u"chooseFile"_s);
    connect(chooseButton, &QPushButton::clicked, this, &ImportPeopleDialog::chooseFile);
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(chooseButton);
    fileLayout->addLayout(fileRow);

    m_csvOptions = new QWidget(fileBox);
    auto* csvLayout = new QHBoxLayout(m_csvOptions);
    csvLayout->setContentsMargins(0, 0, 0, 0);
    m_encoding = new QComboBox(m_csvOptions);
    m_encoding->setObjectName(u"encoding"_s);
    m_encoding->addItem(tr("UTF-8 (Unicode)"), int(import::TextEncoding::Utf8));
    m_encoding->addItem(tr("Windows-1251 (Cyrillic)"), int(import::TextEncoding::Windows1251));
    m_encoding->addItem(tr("UTF-16 (Unicode text)"), int(import::TextEncoding::Utf16));
    m_encoding->setToolTip(
        tr("Detected automatically. If the letters look garbled, choose the other encoding."));
    m_delimiter = new QComboBox(m_csvOptions);
    m_delimiter->setObjectName(u"delimiter"_s);
    m_delimiter->addItem(tr("Semicolon ( ; )"), QChar(u';'));
    m_delimiter->addItem(tr("Comma ( , )"), QChar(u','));
    m_delimiter->addItem(tr("Tab"), QChar(u'\t'));
    m_delimiter->setToolTip(
        tr("Detected from the first line. If all values stand in one column, choose another "
           "delimiter."));
    auto* encodingLabel = new QLabel(tr("&Encoding:"), m_csvOptions);
    encodingLabel->setBuddy(m_encoding);
    auto* delimiterLabel = new QLabel(tr("&Delimiter:"), m_csvOptions);
    delimiterLabel->setBuddy(m_delimiter);
    csvLayout->addWidget(encodingLabel);
    csvLayout->addWidget(m_encoding);
    csvLayout->addSpacing(12);
    csvLayout->addWidget(delimiterLabel);
    csvLayout->addWidget(m_delimiter);
    csvLayout->addStretch(1);
    fileLayout->addWidget(m_csvOptions);
    connect(m_encoding, &QComboBox::activated, this, &ImportPeopleDialog::reread);
    connect(m_delimiter, &QComboBox::activated, this, &ImportPeopleDialog::reread);

    m_sheetOptions = new QWidget(fileBox);
    auto* sheetLayout = new QHBoxLayout(m_sheetOptions);
    sheetLayout->setContentsMargins(0, 0, 0, 0);
    m_sheet = new QComboBox(m_sheetOptions);
    m_sheet->setObjectName(u"sheet"_s);
    m_sheet->setMinimumContentsLength(16);
    auto* sheetLabel = new QLabel(tr("&Sheet:"), m_sheetOptions);
    sheetLabel->setBuddy(m_sheet);
    sheetLayout->addWidget(sheetLabel);
    sheetLayout->addWidget(m_sheet);
    sheetLayout->addStretch(1);
    fileLayout->addWidget(m_sheetOptions);
    connect(m_sheet, &QComboBox::activated, this, &ImportPeopleDialog::reread);

    m_header = new QCheckBox(tr("The first row holds the column &headers"), fileBox);
    m_header->setObjectName(u"firstRowIsHeader"_s);
    m_header->setChecked(true);
    connect(m_header, &QCheckBox::toggled, this, [this](bool on) {
        m_mapping.firstRowIsHeader = on;
        recheck();
    });
    fileLayout->addWidget(m_header);
    m_fileError = new QLabel(fileBox);
    m_fileError->setObjectName(u"fileError"_s);
    m_fileError->setWordWrap(true);
    m_fileError->setStyleSheet(kProblemBoxStyle);
    m_fileError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileError->hide();
    fileLayout->addWidget(m_fileError);
    fileLayout->addStretch(1);
    top->addWidget(fileBox, 3);

    auto* whoBox = new QGroupBox(tr("2. Who the people are"), setup);
    auto* whoLayout = new QVBoxLayout(whoBox);
    auto* kindRow = new QFormLayout;
    m_kind = new QComboBox(whoBox);
    m_kind->setObjectName(u"defaultKind"_s);
    for (const QString& code : vocabulary::codes(Vocab::PersonKind))
        m_kind->addItem(vocabulary::label(Vocab::PersonKind, code), code);
    m_kind->setCurrentIndex(m_kind->findData(u"teacher"_s));
    kindRow->addRow(tr("&Kind of participant:"), m_kind);
    whoLayout->addLayout(kindRow);
    m_external
        = new QCheckBox(tr("E&xternal participants (not employees or pupils of the organisation)"), whoBox);
    m_external->setObjectName(u"external"_s);
    m_mentorBase = new QCheckBox(tr("Add to the &mentor base"), whoBox);
    m_mentorBase->setObjectName(u"mentorBase"_s);
    m_menteeBase = new QCheckBox(tr("Add to the mentee &base"), whoBox);
    m_menteeBase->setObjectName(u"menteeBase"_s);
    whoLayout->addWidget(m_external);
    whoLayout->addWidget(m_mentorBase);
    whoLayout->addWidget(m_menteeBase);
    whoLayout->addWidget(
        hint(tr("Where the file has a column for any of these, its value applies to that row."), whoBox));
    whoLayout->addStretch(1);
    top->addWidget(whoBox, 2);
    auto defaultsChanged = [this] {
        m_mapping.defaults.kind = m_kind->currentData().toString();
        m_mapping.defaults.external = m_external->isChecked();
        m_mapping.defaults.mentorBase = m_mentorBase->isChecked();
        m_mapping.defaults.menteeBase = m_menteeBase->isChecked();
        recheck();
    };
    connect(m_kind, &QComboBox::activated, this, defaultsChanged);
    connect(m_external, &QCheckBox::toggled, this, defaultsChanged);
    connect(m_mentorBase, &QCheckBox::toggled, this, defaultsChanged);
    connect(m_menteeBase, &QCheckBox::toggled, this, defaultsChanged);

    auto* checkBox = new QGroupBox(tr("3. Columns and check of the rows"), setup);
    auto* checkLayout = new QVBoxLayout(checkBox);
    checkLayout->addWidget(
        hint(tr("Under the header of each column choose what it holds. Rows with errors are "
                "tinted red and will be skipped; the first column says why."),
             checkBox));
    m_mappingProblems = new QLabel(checkBox);
    m_mappingProblems->setObjectName(u"mappingProblems"_s);
    m_mappingProblems->setWordWrap(true);
    m_mappingProblems->setStyleSheet(kProblemBoxStyle);
    m_mappingProblems->hide();
    checkLayout->addWidget(m_mappingProblems);

    m_previewPages = new QStackedWidget(checkBox);
    auto* placeholder
        = new QLabel(tr("<p style='font-size:large'>Choose the file with the list.</p>"
                        "<p>It may be an Excel workbook (.xlsx) or a CSV file saved from Excel or another "
                        "program. Usually the first row holds the headers: «Фамилия», «Имя», «Отчество» "
                        "(or «ФИО» in one column), «Дата рождения», «Должность», «Класс», «Телефон», "
                        "«Эл. почта»… The columns are recognised by these headers.</p>"
                        "<p>An old Excel file (.xls) must first be saved as .xlsx or .csv.</p>"),
                     m_previewPages);
    placeholder->setWordWrap(true);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setMargin(40);
    m_previewPages->addWidget(placeholder);

    m_view = new QTableView(m_previewPages);
    m_view->setObjectName(u"preview"_s);
    m_model = new ImportPreviewModel(this);
    m_mappingHeader = new MappingHeaderView(m_view);
    m_view->setHorizontalHeader(m_mappingHeader);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(m_mappingHeader, &MappingHeaderView::fieldChanged, this, [this](int column, import::Field field) {
        while (m_mapping.columns.size() <= column)
            m_mapping.columns << import::Field::Ignore;
        m_mapping.columns[column] = field;
        recheck();
        // The newly chosen field's name must fit under the column's title.
        const int needed
            = m_mappingHeader->fontMetrics().horizontalAdvance(import::ImportMapping::label(field)) + 48;
        if (m_view->columnWidth(column + 1) < needed)
            m_view->setColumnWidth(column + 1, std::min(needed, 320));
    });
    m_previewPages->addWidget(m_view);
    checkLayout->addWidget(m_previewPages, 1);

    auto* countsRow = new QHBoxLayout;
    m_onlyProblems = new QCheckBox(checkBox);
    m_onlyProblems->setObjectName(u"onlyProblems"_s);
    connect(m_onlyProblems, &QCheckBox::toggled, m_model, &ImportPreviewModel::setOnlyProblems);
    m_counts = new QLabel(checkBox);
    m_counts->setObjectName(u"counts"_s);
    QFont bold = m_counts->font();
    bold.setBold(true);
    m_counts->setFont(bold);
    countsRow->addWidget(m_onlyProblems);
    countsRow->addStretch(1);
    countsRow->addWidget(m_counts);
    checkLayout->addLayout(countsRow);
    m_importError = new QLabel(checkBox);
    m_importError->setObjectName(u"importError"_s);
    m_importError->setWordWrap(true);
    m_importError->setStyleSheet(kProblemBoxStyle);
    m_importError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_importError->hide();
    checkLayout->addWidget(m_importError);
    setupLayout->addWidget(checkBox, 1);
    m_pages->addWidget(setup);

    // Page 2: the summary.
    auto* summary = new QWidget(m_pages);
    summary->setObjectName(u"summary"_s);
    auto* summaryLayout = new QVBoxLayout(summary);
    m_summaryTitle = new QLabel(tr("Import finished"), summary);
    QFont titleFont = m_summaryTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_summaryTitle->setFont(titleFont);
    m_summaryText = new QLabel(summary);
    m_summaryText->setObjectName(u"summaryText"_s);
    m_summaryText->setWordWrap(true);
    m_skippedTitle = new QLabel(summary);
    m_skippedTitle->setWordWrap(true);
    m_skipped = new QListWidget(summary);
    m_skipped->setObjectName(u"skippedRows"_s);
    m_skipped->setWordWrap(true);
    m_skipped->setSelectionMode(QAbstractItemView::ExtendedSelection);
    summaryLayout->addWidget(m_summaryTitle);
    summaryLayout->addSpacing(8);
    summaryLayout->addWidget(m_summaryText);
    summaryLayout->addSpacing(8);
    summaryLayout->addWidget(m_skippedTitle);
    summaryLayout->addWidget(m_skipped, 1);
    m_pages->addWidget(summary);

    auto* buttons = new QDialogButtonBox(this);
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"importButton"_s);
    m_importButton->setEnabled(false);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_doneButton = buttons->addButton(tr("Done"), QDialogButtonBox::AcceptRole);
    m_doneButton->setObjectName(u"doneButton"_s);
    m_doneButton->hide();
    // Each button acts itself (the box's accepted/rejected are not used): «Import» must not
    // close the dialog, the summary follows it.
    connect(m_importButton, &QPushButton::clicked, this, &ImportPeopleDialog::runImport);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_doneButton, &QPushButton::clicked, this, &QDialog::accept);
    root->addWidget(buttons);

    m_csvOptions->hide();
    m_sheetOptions->hide();
    m_header->setEnabled(false);
    m_onlyProblems->hide();
}

import::ReadOptions ImportPeopleDialog::readOptions() const { import::ReadOptions options;
if (!m_table)
    return options;
if (m_table->format == import::FileFormat::Csv) {
    options.encoding = import::TextEncoding(m_encoding->currentData().toInt());
    options.delimiter = m_delimiter->currentData().value<QChar>();
} else {
    options.sheet = m_sheet->currentIndex();
}
return options;
} // namespace nastavnik::ui

void ImportPeopleDialog::chooseFile()
{
    const QString start = m_path.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
        : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the list to import"), start, import::TableReader::fileDialogFilter());
    if (!path.isEmpty())
        loadFile(path);
}

bool ImportPeopleDialog::loadFile(const QString& path)
{
    m_path = path;
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    m_fileEdit->setToolTip(QDir::toNativeSeparators(path));
    Result<import::Table> table = [&] {
        BusyCursor busy;
        return import::TableReader::read(path);
    }();
    if (!table) {
        showFileError(table.error());
        return false;
    }
    m_table = std::make_shared<const import::Table>(std::move(table).value());
    showTable(true);
    return true;
}

void ImportPeopleDialog::reread()
{
    if (!m_table || m_path.isEmpty())
        return;
    Result<import::Table> table = [&] {
        BusyCursor busy;
        return import::TableReader::read(m_path, readOptions());
    }();
    if (!table) {
        showFileError(table.error());
        return;
    }
    m_table = std::make_shared<const import::Table>(std::move(table).value());
    // Another encoding, delimiter or sheet gives other headers: guess the columns again.
    showTable(false);
}

void ImportPeopleDialog::showFileError(const QString& message)
{
    m_model->clear();
    m_table.reset();
    m_preview = std::make_shared<import::ImportPreview>();
    m_fileError->setText(message);
    m_fileError->show();
    m_csvOptions->hide();
    m_sheetOptions->hide();
    m_header->setEnabled(false);
    m_previewPages->setCurrentIndex(0);
    m_mappingHeader->setFields({});
    m_mappingProblems->hide();
    m_onlyProblems->hide();
    m_counts->clear();
    m_importButton->setEnabled(false);
    m_importButton->setText(tr("Import"));
}

void ImportPeopleDialog::updateFormatControls()
{
    const bool csv = m_table->format == import::FileFormat::Csv;
    m_csvOptions->setVisible(csv);
    m_sheetOptions->setVisible(!csv && m_table->sheets.size() > 1);
    if (csv) {
        m_encoding->setCurrentIndex(m_encoding->findData(int(m_table->encoding)));
        m_delimiter->setCurrentIndex(m_delimiter->findData(m_table->delimiter));
    } else {
        m_sheet->clear();
        m_sheet->addItems(m_table->sheets);
        m_sheet->setCurrentIndex(m_table->sheet);
    }
}

void ImportPeopleDialog::showTable(bool newFile)
{
    m_fileError->hide();
    m_importError->hide();
    updateFormatControls();
    const QStringList firstRow = m_table->rows.isEmpty() ? QStringList() : m_table->rows.first();
    m_mapping.columns = import::ImportMapping::guess(firstRow);
    // A first row in which no header is recognised is most likely data.
    const bool recognised = std::any_of(m_mapping.columns.cbegin(),
                                        m_mapping.columns.cend(),
                                        [](import::Field f) { return f != import::Field::Ignore; });
    m_mapping.firstRowIsHeader = recognised;
    {
        const QSignalBlocker block(m_header);
        m_header->setChecked(recognised);
    }
    m_header->setEnabled(true);
    if (newFile) {
        const QSignalBlocker block(m_kind);
        m_kind->setCurrentIndex(m_kind->findData(import::ImportMapping::suggestedKind(firstRow)));
    }
    m_mapping.defaults.kind = m_kind->currentData().toString();
    m_mapping.defaults.external = m_external->isChecked();
    m_mapping.defaults.mentorBase = m_mentorBase->isChecked();
    m_mapping.defaults.menteeBase = m_menteeBase->isChecked();
    m_previewPages->setCurrentIndex(1);
    // A new table gets new columns: the model is reset and the widths are fitted anew.
    m_model->clear();
    recheck();
    fitColumns();
    m_view->scrollToTop();
}

void ImportPeopleDialog::fitColumns()
{
    // Wide enough for the content and for the chosen field under the title, within reason.
    m_view->resizeColumnsToContents();
    const QFontMetrics metrics = m_mappingHeader->fontMetrics();
    const int chooserExtra = 48; // the combo box's frame and arrow
    for (int c = 1; c < m_model->columnCount(); ++c) {
        const QComboBox* combo = m_mappingHeader->comboForColumn(c - 1);
        const int chosen = combo ? metrics.horizontalAdvance(combo->currentText()) : 0;
        const int width = std::max({ m_view->columnWidth(c), chosen + chooserExtra, 110 });
        m_view->setColumnWidth(c, std::min(width, 320));
    }
    m_view->setColumnWidth(0, std::clamp(m_view->columnWidth(0), 220, 380));
}

void ImportPeopleDialog::recheck()
{
    if (!m_table)
        return;
    m_preview = [&] {
        BusyCursor busy;
        return std::make_shared<const import::ImportPreview>(m_importer->prepare(*m_table, m_mapping));
    }();
    m_model->setPreview(m_table, m_preview, m_mapping);
    QList<import::Field> fields = m_mapping.columns;
    while (fields.size() < m_table->columnCount)
        fields << import::Field::Ignore;
    fields.resize(m_table->columnCount);
    m_mappingHeader->setFields(fields);

    m_mappingProblems->setText(m_preview->mappingProblems.join(u'\n'));
    m_mappingProblems->setVisible(!m_preview->mappingProblems.isEmpty());
    const int total = int(m_preview->rows.size());
    if (total == 0) {
        m_counts->setText(tr("The file has no rows with data."));
    } else if (!m_preview->mappingProblems.isEmpty()) {
        m_counts->setText(tr("Choose the columns first: nothing can be imported yet."));
    } else {
        m_counts->setText(tr("Will be imported: %1 of %2, skipped: %3")
                              .arg(m_preview->good)
                              .arg(total)
                              .arg(m_preview->bad));
    }
    m_onlyProblems->setText(tr("Show only rows with errors (%n)", "", m_preview->bad));
    m_onlyProblems->setVisible(m_preview->bad > 0 || m_onlyProblems->isChecked());
    m_onlyProblems->setEnabled(m_preview->bad > 0 || m_onlyProblems->isChecked());
    const bool can = m_preview->canImport();
    m_importButton->setEnabled(can);
    m_importButton->setText(can ? tr("Import %n person(s)", "", m_preview->good) : tr("Import"));
    m_importButton->setDefault(can);
}

void ImportPeopleDialog::runImport()
{
    if (!m_preview->canImport())
        return;
    Result<import::ImportSummary> result = [&] {
        BusyCursor busy;
        return m_importer->import(*m_preview);
    }();
    if (!result) {
        m_importError->setText(result.error());
        m_importError->show();
        return;
    }
    const import::ImportSummary& summary = result.value();
    m_summaryText->setText(tr("%n person(s) from «%1» added to the database.", "", int(summary.ids.size()))
                               .arg(QFileInfo(m_path).fileName()));
    if (summary.skipped.isEmpty()) {
        m_skippedTitle->setText(tr("Every row of the file was imported."));
        m_skipped->hide();
    } else {
        m_skippedTitle->setText(
            tr("%n row(s) with errors were skipped. Correct them in the file and import it again: "
               "the people already added will be recognised and skipped.",
               "",
               int(summary.skipped.size())));
        for (const import::ImportRow& row : summary.skipped)
            m_skipped->addItem(tr("Row %1: %2").arg(row.rowNumber).arg(row.problems.join(u' ')));
        m_skipped->show();
    }
    m_pages->setCurrentIndex(1);
    m_importButton->hide();
    m_cancelButton->hide();
    m_doneButton->show();
    m_doneButton->setDefault(true);
    m_doneButton->setFocus();
    emit peopleImported(summary.ids);
}

} // namespace nastavnik::ui
