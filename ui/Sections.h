#pragma once

#include <memory>
#include <vector>

namespace nastavnik::ui {

class Section;

/// Every section of the main window, in the order of the navigation. The one place where a
/// new section is registered.
std::vector<std::unique_ptr<Section>> createSections();

} // namespace nastavnik::ui
