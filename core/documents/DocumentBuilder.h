#pragma once

#include "documents/DocumentSettings.h"
#include "domain/Dataset.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <memory>
#include <optional>

namespace nastavnik {

/// The kinds of documents (the KIND of `nastavnik-cli render`).
enum class DocumentKind {
    Order,         ///< an order of the journal (id = order id)
    Plan,          ///< the individual plan of a pair (id = pair id)
    Report,        ///< the mentor's report on the results (004 6.1; id = pair id)
    Conclusion,    ///< the HR's conclusion on the results of mentoring (000 5.3.3; id = pair id)
    Agreement,     ///< supplementary agreement (staff mentor) or cooperation agreement (external)
    Consent,       ///< the form for a consent (id = consent id; the consent's type picks the form)
    Register,      ///< the register of all pairs (id ignored)
    Roadmap,       ///< the roadmap (id = roadmap id, or a school year «2026/2027» or «2026»)
    Questionnaire, ///< a blank questionnaire to print (id = questionnaire id, stored or built in)
    Monitoring,    ///< the director's report (id = a period «2026-H2», optionally «:form», or an evaluation id)
};

namespace documentkind {
/// "order", "plan", … as on the command line.
QString code(DocumentKind kind);
std::optional<DocumentKind> fromCode(const QString& code);
QStringList codes();
} // namespace documentkind

/// A generated (or stored and edited) document, ready for DocumentRenderer.
struct Document
{
    DocumentKind kind = DocumentKind::Order;
    QString subject;  ///< the id it was built for
    QString title;    ///< «Приказ от 15.09.2026 № 43-о» — for the window and the PDF's title
    QString fileName; ///< a suggested file name without extension, safe on every system
    QString clause;   ///< the provision's clause the document serves, e.g. «002 п. 4.18»
    QString html;     ///< the text; read it with DocumentRenderer::createTextDocument
};

/// Builds every kind of document from the data, never from retyped text.
///
/// Each kind has one builder function in a registry; a kind whose builder is missing is
/// reported as not available. Adding one is a function and a line in the registry
/// (DocumentBuilder.cpp).
class DocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DocumentBuilder)

public:
    /// `today` dates the register («по состоянию на …») and decides which pairs are active.
    explicit DocumentBuilder(Dataset data, DocumentSettings settings = {}, QDate today = QDate::currentDate());
    ~DocumentBuilder();
    DocumentBuilder(const DocumentBuilder&) = delete;
    DocumentBuilder& operator=(const DocumentBuilder&) = delete;

    static bool isAvailable(DocumentKind kind);

    /// The document of `kind` for `id`. An order with a stored text gives that text (what the
    /// user edited is what is printed); otherwise the text is generated.
    Result<Document> build(DocumentKind kind, const QString& id) const;

    /// The generated text of `order` (any stored text is ignored): drafting uses this.
    /// The order need not be in the data yet; its pairs and people must be.
    Result<Document> generateOrder(const Order& order) const;

    /// The default heading of an order type («Об утверждении наставнических пар и групп»).
    static QString defaultHeading(const QString& orderType);

    /// The people who sign the acknowledgement sheet of `order` («С приказом ознакомлены»):
    /// the order's own list, else those it concerns (mentors, adult mentees, the curator).
    QStringList peopleConcerned(const Order& order) const;

    const Dataset& data() const;

    struct Context;

private:
    std::unique_ptr<Context> m_context;
};

} // namespace nastavnik
