#pragma once

#include "Section.h"

#include <functional>
#include <memory>
#include <vector>

namespace nastavnik::ui {

/// A section of the main window: its entry in the navigation, and how to make it (when it is
/// first shown or asked for: a window shows «Сегодня» first, and the others cost their making
/// only when visited).
struct SectionEntry
{
    SectionInfo info;
    std::function<std::unique_ptr<Section>()> make;
};

/// Every section of the main window, in the order of the navigation. The one place where a
/// new section is registered.
std::vector<SectionEntry> sectionEntries();

} // namespace nastavnik::ui
