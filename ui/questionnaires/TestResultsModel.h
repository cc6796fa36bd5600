#pragma once

#include "domain/Dataset.h"

#include <QAbstractTableModel>

namespace nastavnik::ui {

/// The results of one test by mentee (000 5.3.1): the form of mentoring, the entry and the final
/// score, and the growth in points and in percentage points of the maximum score.
class TestResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Mentee, Form, Entry, Final, Growth, ColumnCount };
    enum Role { PersonRole = Qt::UserRole + 1 };

    explicit TestResultsModel(QObject* parent = nullptr);

    void setTest(const Dataset& data, const QString& testId);
    QString personId(int row) const;
    /// The average growth in percentage points over the mentees with both results, by form
    /// (an empty form: all); nothing when no mentee has both.
    std::optional<double> averageGrowth(const QString& form = QString()) const;
    QStringList forms() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString person;
        QString name;
        QString form;
        std::optional<double> entryScore;
        std::optional<double> finalScore;
    };
    QList<Row> m_rows;
    double m_max = 0;
};

} // namespace nastavnik::ui
