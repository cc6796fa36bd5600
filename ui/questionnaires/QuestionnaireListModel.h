#pragma once

#include "domain/Monitoring.h"

#include <QAbstractTableModel>

namespace nastavnik::ui {

/// The questionnaires a database offers, one row per template (its latest version): the
/// stored ones and the built-in ones not stored yet, with the number of answers of all versions.
class QuestionnaireListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Respondent, Version, Answers, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, FamilyRole };

    explicit QuestionnaireListModel(QObject* parent = nullptr);

    void setMonitoring(const MonitoringData& data);
    /// The row of the template `family`, or -1.
    int rowOfFamily(const QString& family) const;
    /// Every version of a family, the latest first (built-in ones not stored: the one version).
    QList<Questionnaire> versions(const QString& family) const;
    /// The number of answers of a version.
    int answersOf(const QString& questionnaireId) const;
    const Questionnaire* latest(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Questionnaire> m_latest;
    QList<Questionnaire> m_all;
    QHash<QString, int> m_answers;
};

} // namespace nastavnik::ui
