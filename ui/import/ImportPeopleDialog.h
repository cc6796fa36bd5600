#pragma once

#include "import/ImportMapping.h"
#include "import/PeopleImporter.h"
#include "import/Table.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;
class QWidget;

namespace nastavnik {
class PeopleRepository;
}

namespace nastavnik::ui {

class ImportPreviewModel;
class MappingHeaderView;

/// Imports a staff or pupil list from an Excel workbook (.xlsx) or a CSV file into the bases
/// of participants.
///
/// The user chooses the file (for CSV the encoding and delimiter are detected and can be
/// changed, for a workbook the sheet), sees every row with the field each column goes to
/// (guessed from the headers, changeable in the header of the preview), sets what applies
/// to everyone (kind of participant, external, bases), and sees which rows will be imported
/// and why the others will not. Nothing is written until «Import»; then all good rows go in
/// one transaction and a summary lists the skipped rows by their row number in the file.
class ImportPeopleDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportPeopleDialog(PeopleRepository& people, QWidget* parent = nullptr);
    ~ImportPeopleDialog() override;

    /// Reads `path` and shows its preview. False when the file cannot be read; the reason is
    /// then shown in the dialog.
    bool loadFile(const QString& path);

    /// The current check of every row (empty before a file is loaded).
    const import::ImportPreview& preview() const { return *m_preview; }

signals:
    /// The import finished; `ids` are the new people.
    void peopleImported(const QStringList& ids);

private:
    void buildUi();
    void chooseFile();
    void reread();
    void showTable(bool newFile);
    void fitColumns();
    void recheck();
    void runImport();
    void showFileError(const QString& message);
    void updateFormatControls();
    import::ReadOptions readOptions() const;

    PeopleRepository& m_people;
    std::unique_ptr<import::PeopleImporter> m_importer;
    QString m_path;
    std::shared_ptr<const import::Table> m_table;
    import::ImportMapping m_mapping;
    std::shared_ptr<const import::ImportPreview> m_preview;

    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_fileEdit = nullptr;
    QLabel* m_fileError = nullptr;
    QWidget* m_csvOptions = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_delimiter = nullptr;
    QWidget* m_sheetOptions = nullptr;
    QComboBox* m_sheet = nullptr;
    QCheckBox* m_header = nullptr;
    QComboBox* m_kind = nullptr;
    QCheckBox* m_external = nullptr;
    QCheckBox* m_mentorBase = nullptr;
    QCheckBox* m_menteeBase = nullptr;
    QStackedWidget* m_previewPages = nullptr;
    QLabel* m_mappingProblems = nullptr;
    QTableView* m_view = nullptr;
    ImportPreviewModel* m_model = nullptr;
    MappingHeaderView* m_mappingHeader = nullptr;
    QCheckBox* m_onlyProblems = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_importError = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QLabel* m_summaryTitle = nullptr;
    QLabel* m_summaryText = nullptr;
    QLabel* m_skippedTitle = nullptr;
    QListWidget* m_skipped = nullptr;
    QPushButton* m_doneButton = nullptr;
};

} // namespace nastavnik::ui
