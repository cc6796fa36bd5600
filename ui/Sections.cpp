#include "Sections.h"

#include "checks/ChecksSection.h"
#include "monitoring/MonitoringSection.h"
#include "pairs/PairsSection.h"
#include "people/PeopleSection.h"
#include "questionnaires/QuestionnairesSection.h"
#include "roadmap/RoadmapSection.h"
#include "today/TodaySection.h"

namespace nastavnik::ui {

std::vector<std::unique_ptr<Section>> createSections()
{
    std::vector<std::unique_ptr<Section>> sections;
    // «Сегодня» first: it opens first.
    sections.push_back(std::make_unique<TodaySection>());
    sections.push_back(std::make_unique<PeopleSection>());
    sections.push_back(std::make_unique<PairsSection>());
    sections.push_back(std::make_unique<ChecksSection>());
    sections.push_back(std::make_unique<RoadmapSection>());
    sections.push_back(std::make_unique<QuestionnairesSection>());
    sections.push_back(std::make_unique<MonitoringSection>());
    return sections;
}

} // namespace nastavnik::ui
