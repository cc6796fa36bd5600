#include "Sections.h"

#include "checks/ChecksSection.h"
#include "monitoring/MonitoringSection.h"
#include "pairs/PairsSection.h"
#include "people/PeopleSection.h"
#include "questionnaires/QuestionnairesSection.h"
#include "roadmap/RoadmapSection.h"
#include "today/TodaySection.h"

namespace nastavnik::ui {

namespace {
template <typename S> SectionEntry entry()
{
    return { S::info(), [] {
                return std::make_unique<S>();
            } };
}
} // namespace

std::vector<SectionEntry> sectionEntries()
{
    // «Сегодня» first: it opens first.
    return { entry<TodaySection>(),     entry<PeopleSection>(),  entry<PairsSection>(),
             entry<ChecksSection>(),    entry<RoadmapSection>(), entry<QuestionnairesSection>(),
             entry<MonitoringSection>() };
}

} // namespace nastavnik::ui
