#include "TestSupport.h"
#include "demo/DemoData.h"
#include "documents/DocumentBuilder.h"
#include "documents/DocumentRenderer.h"
#include "monitoring/Charts.h"
#include "monitoring/Period.h"
#include "storage/DatasetRepository.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

using namespace nastavnik;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 11, 22);

QString tool(const QString& name)
{
    return QStandardPaths::findExecutable(name);
}

QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(tool(program), args);
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// The document rendered to PDF: its text (white space made single spaces) and page count.
struct Rendered
{
    QString text;
    int pages = 0;
    QString html;
};

Rendered render(const Dataset& data, DocumentKind kind, const QString& id)
{
    Rendered r;
    const DocumentBuilder builder(data, {}, kToday);
    const Result<Document> document = builder.build(kind, id);
    if (!document) {
        qWarning("%s", qPrintable(document.error()));
        return r;
    }
    r.html = document->html;
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"doc.pdf"_s);
    const auto text = DocumentRenderer::createTextDocument(document->html, document->title);
    if (!DocumentRenderer::write(*text, pdf).ok())
        return r;
    QString plain = run(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    plain.replace(QChar(0x00a0), u' ');
    r.text = plain.simplified();
    const QString info = run(u"pdfinfo"_s, {pdf});
    for (const QString& line : info.split(u'\n')) {
        if (line.startsWith(u"Pages:"))
            r.pages = line.mid(6).trimmed().toInt();
    }
    return r;
}

} // namespace

class TestMonitoringDocuments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (tool(u"pdftotext"_s).isEmpty() || tool(u"pdfinfo"_s).isEmpty())
            QSKIP("pdftotext/pdfinfo (Debian package poppler-utils) are not installed: the PDF checks are skipped.");
        m_demo = demo::school(kToday);
    }

    void directorsReport()
    {
        // The previous half-year: evaluated, with a SWOT of two forms and the curator's conclusions.
        const Rendered r = render(m_demo, DocumentKind::Monitoring, u"2026-H1"_s);
        QVERIFY(r.html.contains(u"data:image/png;base64,"_s));
        QVERIFY2(r.pages >= 5, qPrintable(QString::number(r.pages)));
        for (const QString& expected : {
                 u"Муниципальное общеобразовательное учреждение «Ялунинская средняя общеобразовательная школа»"_s,
                 u"ОТЧЁТ"_s,
                 u"о реализации целевой модели наставничества за I полугодие 2026 г."_s,
                 u"Показатели эффективности"_s,
                 u"Пары и группы в периоде"_s,
                 u"Охват обучающихся"_s,
                 u"Удовлетворённость"_s,
                 u"Закрепление новых"_s,
                 u"Как рассчитаны показатели"_s,
                 u"Рисунок 1"_s,
                 u"Рисунок 6"_s,
                 u"SWOT-анализ по формам наставничества"_s,
                 u"Сильные стороны (S)"_s,
                 u"Угрозы (T)"_s,
                 u"Рост результатов итоговой диагностики по математике"_s,
                 u"Сроки, нарушенные в отчётном периоде"_s,
                 u"Выводы куратора"_s,
                 u"Программа наставничества реализуется в соответствии с дорожной картой"_s,
                 u"С отчётом ознакомлен"_s,
             })
            QVERIFY2(r.text.contains(expected), qPrintable(expected));
        QVERIFY2(!r.text.contains(u"satisfaction"_s), "an untranslated indicator");
        // Names that wrap inside the table's narrow column: checked in full in the HTML.
        for (const QString& name : {u"Охват обучающихся наставничеством"_s, u"Удовлетворённость наставляемых"_s,
                                    u"Закрепление новых сотрудников после первого года"_s})
            QVERIFY2(r.html.contains(name), qPrintable(name));
    }

    void reportComparesWithThePreviousEvaluation()
    {
        const Rendered r = render(m_demo, DocumentKind::Monitoring, u"2026-H2"_s);
        QVERIFY(r.text.contains(u"II полугодие 2026 г."_s));
        QVERIFY2(r.text.contains(u"Сравнение — с оценкой за I полугодие 2026 г."_s), qPrintable(r.text.left(3000)));
        // The overdue roadmap activity of the demo is a missed deadline.
        QVERIFY(r.html.contains(u"Дорожная карта: Организация обучения наставников"_s));
        QVERIFY(r.text.contains(u"не выполн"_s));
        QVERIFY(r.text.contains(u"SWOT-анализ за II полугодие 2026 г. куратором не составлен"_s));
        // A saved evaluation by its id: its own numbers and conclusions.
        const Rendered saved = render(m_demo, DocumentKind::Monitoring, u"e1"_s);
        QVERIFY(saved.text.contains(u"как они сохранены при оценке"_s));
        // For one form only.
        const Rendered form = render(m_demo, DocumentKind::Monitoring, u"2026-H2:teacher_teacher"_s);
        QVERIFY(form.text.contains(u"Форма наставничества: «учитель – учитель»"_s));
    }

    void reportOfAnEmptyDatabase()
    {
        Dataset empty;
        const Rendered r = render(empty, DocumentKind::Monitoring, u"2026-H1"_s);
        QVERIFY(r.pages >= 3);
        QVERIFY(r.text.contains(u"нет данных"_s));
        QVERIFY(r.text.contains(u"Сохранённой оценки за предыдущий период нет"_s));
    }

    void roadmapDocument()
    {
        const Rendered r = render(m_demo, DocumentKind::Roadmap, u"2026/2027"_s);
        for (const QString& expected : {u"УТВЕРЖДЕНО"_s, u"приказом МОУ «Ялунинская СОШ»"_s, u"№ 42-о"_s,
                                        u"ДОРОЖНАЯ КАРТА"_s, u"на 2026/2027 учебный год"_s,
                                        u"1. Подготовка условий для запуска программы наставничества"_s,
                                        u"Проведение первой,"_s,
                                        u"Мотивация и поощрение наставников"_s,
                                        u"Потоптаева"_s, u"выполнено"_s, u"Куратор программы наставничества"_s})
            QVERIFY2(r.text.contains(expected), qPrintable(expected));
        QCOMPARE(render(m_demo, DocumentKind::Roadmap, u"r1"_s).text, r.text);
    }

    void questionnaireBlank_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("mentee's satisfaction, version 2")
            << u"mentee_satisfaction-v2"_s
            << QStringList{u"АНКЕТА УДОВЛЕТВОРЁННОСТИ НАСТАВЛЯЕМОГО"_s, u"редакция 2"_s, u"Наставляемый (ФИО)"_s,
                           u"Дата заполнения"_s, u"1 2 3 4 5 6 7 8 9 10"_s, u"Посоветовали бы вы"_s,
                           u"Отметьте один вариант."_s, u"Раз в неделю и чаще"_s};
        QTest::newRow("curator's questionnaire")
            << u"curator_conditions"_s
            << QStringList{u"Куратор (ФИО): Потоптаева Людмила Анатольевна"_s, u"002 п. 5.1"_s,
                           u"Отметьте все подходящие варианты."_s};
        QTest::newRow("a built-in one from the library")
            << u"preference"_s << QStringList{u"АНКЕТА ПРЕДПОЧТЕНИЙ"_s, u"Роль в программе"_s};
    }
    void questionnaireBlank()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, expected);
        const Rendered r = render(m_demo, DocumentKind::Questionnaire, id);
        QVERIFY(r.pages >= 1);
        for (const QString& e : expected)
            QVERIFY2(r.text.contains(e), qPrintable(e + u" in: "_s + r.text.left(600)));
    }

    void chartsArePainted()
    {
        const MonitoringResult result = Indicators::compute(m_demo, Period::halfYear(2026, 2), QString(), kToday);
        const QList<charts::Chart> list = charts::monitoringCharts(result, true);
        QCOMPARE(list.size(), 6);
        QCOMPARE(list.first().title, u"Пары и группы по формам и состояниям"_s);
        QVERIFY(!list.first().isEmpty());
        for (const charts::Chart& c : list) {
            const QImage image = charts::paint(c, QSizeF(660, 290), 1.0);
            QCOMPARE(image.size(), QSize(660, 290));
            // Something besides the white background was drawn.
            int coloured = 0;
            for (int y = 0; y < image.height(); y += 3) {
                for (int x = 0; x < image.width(); x += 3)
                    coloured += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
            }
            QVERIFY2(coloured > 50, qPrintable(c.id));
        }
    }

private:
    Dataset m_demo;
};

QTEST_MAIN(TestMonitoringDocuments)
#include "tst_monitoringdocuments.moc"
