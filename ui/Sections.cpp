#include "Sections.h"

#include "monitoring/MonitoringSection.h"
#include "people/PeopleSection.h"
#include "questionnaires/QuestionnairesSection.h"
#include "roadmap/RoadmapSection.h"

namespace nastavnik::ui {

std::vector<std::unique_ptr<Section>> createSections()
{
    std::vector<std::unique_ptr<Section>> sections;
    // Later: «Сегодня» first (it opens first), «Проверка», pairs, documents, monitoring.
    sections.push_back(std::make_unique<PeopleSection>());
    sections.push_back(std::make_unique<RoadmapSection>());
    sections.push_back(std::make_unique<QuestionnairesSection>());
    sections.push_back(std::make_unique<MonitoringSection>());
    return sections;
}

} // namespace nastavnik::ui
