#include "Sections.h"

#include "pairs/PairsSection.h"
#include "people/PeopleSection.h"

namespace nastavnik::ui {

std::vector<std::unique_ptr<Section>> createSections()
{
    std::vector<std::unique_ptr<Section>> sections;
    // Later: «Сегодня» first (it opens first), «Проверка», pairs, documents, monitoring.
    sections.push_back(std::make_unique<PeopleSection>());
    sections.push_back(std::make_unique<PairsSection>());
    return sections;
}

} // namespace nastavnik::ui
