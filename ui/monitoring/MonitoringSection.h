#pragma once

#include "Section.h"
#include "domain/Dataset.h"
#include "exports/Registers.h"
#include "monitoring/Indicators.h"
#include "util/Result.h"

#include <memory>

class QComboBox;
class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace nastavnik::ui {

class DateEdit;
class IndicatorsModel;

/// «Мониторинг» (002 VIII): the indicators of a period (half-year, school year, calendar year or
/// any days) and a form, each with its definition; the charts (QtCharts, the same as in the
/// director's report); the curator's SWOT analysis per form and half-year; the half-yearly
/// evaluation saved with its conclusions and compared with the previous one; the director's
/// report, the registers for the mentorship centres (XLSX, CSV) and the website (HTML).
class MonitoringSection : public Section
{
    Q_OBJECT

public:
    enum Tab { IndicatorsTab, ChartsTab, SwotTab, EvaluationTab };
    enum class PeriodKind { HalfYear, SchoolYear, CalendarYear, Custom };

    explicit MonitoringSection(QWidget* parent = nullptr);
    ~MonitoringSection() override;

    /// Its entry in the navigation (Sections.cpp).
    static SectionInfo info();
    void refresh() override;

    /// Chooses the period and the form (empty: every form) and computes again.
    void setPeriod(const Period& period);
    void setForm(const QString& form);
    Period period() const;
    QString form() const;
    const MonitoringResult& result() const { return m_result; }
    /// The saved evaluation the current one is compared with (null: none).
    const Evaluation* previousEvaluation() const;

    /// Saves the SWOT analysis shown (the lists one point a line) for its form and half-year.
    Status saveSwot();
    /// Saves the evaluation of the period and form with the conclusions typed (replacing the one
    /// saved for the same period and form).
    Status saveEvaluation();
    /// The director's report of the period and form in the document editor.
    void showReport();
    /// Writes the registers: every register in one XLSX workbook, or one register as CSV.
    Status exportRegisters(const QString& path, std::optional<Registers::Kind> csvKind = std::nullopt);
    /// Writes the mentors' register for the website (HTML).
    Status exportWebsite(const QString& path);

    QTabWidget* tabs() const { return m_tabs; }
    QComboBox* kindBox() const { return m_kind; }
    QComboBox* periodBox() const { return m_period; }
    QComboBox* formBox() const { return m_form; }
    QTableView* indicatorsView() const { return m_indicators; }
    IndicatorsModel* indicatorsModel() const { return m_indicatorsModel.get(); }
    QLabel* definition() const { return m_definition; }
    QLabel* comparison() const { return m_comparison; }
    QWidget* chartsPage() const { return m_chartsPage; }
    QComboBox* swotFormBox() const { return m_swotForm; }
    QPlainTextEdit* swotList(int quadrant) const { return m_swot[quadrant]; }
    QPlainTextEdit* conclusions() const { return m_conclusions; }
    QTableView* evaluationsView() const { return m_evaluations; }
    QStandardItemModel* evaluationsModel() const { return m_evaluationsModel.get(); }

protected:
    void contextChanged() override;

private:
    void reload();
    void fillPeriods();
    void fillForms();
    void recompute();
    void showCharts();
    void showSwot();
    void showEvaluations();
    void exportRegistersAsked(std::optional<Registers::Kind> kind);
    void exportWebsiteAsked();
    const Evaluation* savedEvaluation() const;

    Dataset m_data;
    MonitoringResult m_result;
    std::unique_ptr<IndicatorsModel> m_indicatorsModel;
    std::unique_ptr<QStandardItemModel> m_evaluationsModel;
    QComboBox* m_kind;
    QComboBox* m_period;
    DateEdit* m_from;
    DateEdit* m_to;
    QComboBox* m_form;
    QPushButton* m_report;
    QPushButton* m_registers; // a menu button: Fusion draws its arrow beside the text
    QPushButton* m_website;
    QTabWidget* m_tabs;
    QTableView* m_indicators;
    QLabel* m_definition;
    QLabel* m_comparison;
    QWidget* m_chartsPage;
    QGridLayout* m_chartsGrid;
    QComboBox* m_swotForm;
    QLabel* m_swotPeriod;
    QPlainTextEdit* m_swot[4];
    QPushButton* m_saveSwot;
    QTableView* m_evaluations;
    QPlainTextEdit* m_conclusions;
    QLabel* m_evaluationState;
    QPushButton* m_saveEvaluation;
    bool m_updating = false;
};

} // namespace nastavnik::ui
