#pragma once

#include "domain/Dataset.h"

#include <QAbstractTableModel>

namespace nastavnik::ui {

/// The filled-in questionnaires: date, questionnaire and version, respondent, pair, the mean of
/// the scale answers and the number of answers. Newest first; filtered by a questionnaire family.
class ResponsesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Questionnaire, Respondent, PairColumn, Score, Answers, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit ResponsesModel(QObject* parent = nullptr);

    void setDataset(const Dataset& data, const QString& family = QString());
    QString responseId(int row) const;
    int rowOf(const QString& responseId) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString id;
        QDate date;
        QString questionnaire;
        int version = 1;
        QString respondent;
        QString pair;
        std::optional<double> score;
        int answers = 0;
    };
    QList<Row> m_rows;
};

} // namespace nastavnik::ui
