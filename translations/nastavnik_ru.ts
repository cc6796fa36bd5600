<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>Cli</name>
        <message>
            <source>Usage:
  nastavnik-cli demo DB
  nastavnik-cli import FILE.json DB
  nastavnik-cli export DB FILE.json
  nastavnik-cli check (DB | FILE.json) [--profile ID] [--today YYYY-MM-DD] [--format text|json]
  nastavnik-cli workdays add DATE N
  nastavnik-cli render DB KIND ID OUT.(pdf|odt)
</source>
            <translation>Использование:
  nastavnik-cli demo БАЗА
  nastavnik-cli import ФАЙЛ.json БАЗА
  nastavnik-cli export БАЗА ФАЙЛ.json
  nastavnik-cli check (БАЗА | ФАЙЛ.json) [--profile ПРОФИЛЬ] [--today ГГГГ-ММ-ДД] [--format text|json]
  nastavnik-cli workdays add ДАТА N
  nastavnik-cli render БАЗА ВИД ID ВЫХОД.(pdf|odt)
</translation>
        </message>
        <message>
            <source>Unknown command «%1».</source>
            <translation>Неизвестная команда «%1».</translation>
        </message>
        <message>
            <source>demo: give the database file to create, e.g. nastavnik-cli demo demo.sqlite</source>
            <translation>demo: укажите файл создаваемой базы, например: nastavnik-cli demo demo.sqlite</translation>
        </message>
        <message>
            <source>demo: «%1» already exists. The demo is only written to a new file: choose another name or delete the file first.</source>
            <translation>demo: файл «%1» уже существует. Демонстрационная база записывается только в новый файл: выберите другое имя или сначала удалите этот файл.</translation>
        </message>
        <message numerus="yes">
            <source>Demo database written to «%1»: %n people</source>
            <translation>
                <numerusform>Демонстрационная база записана в «%1»: %n человек</numerusform>
                <numerusform>Демонстрационная база записана в «%1»: %n человека</numerusform>
                <numerusform>Демонстрационная база записана в «%1»: %n человек</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %n pairs.</source>
            <translation>
                <numerusform>, %n пара.</numerusform>
                <numerusform>, %n пары.</numerusform>
                <numerusform>, %n пар.</numerusform>
            </translation>
        </message>
        <message>
            <source>render: give the database, the kind of document, its id and the output file, e.g. nastavnik-cli render school.sqlite order o3 order.pdf</source>
            <translation>render: укажите базу данных, вид документа, его идентификатор и файл для записи, например: nastavnik-cli render school.sqlite order o3 order.pdf</translation>
        </message>
        <message>
            <source>render: unknown kind of document «%1». Use one of: %2.</source>
            <translation>render: неизвестный вид документа «%1». Используйте один из видов: %2.</translation>
        </message>
        <message>
            <source>render: documents of the kind «%1» are not available yet; they come with the roadmap, questionnaires and monitoring.</source>
            <translation>render: документы вида «%1» пока недоступны: они появятся вместе с дорожной картой, анкетами и мониторингом.</translation>
        </message>
        <message>
            <source>render: «%1» must end in .pdf or .odt: those are the formats documents are written in.</source>
            <translation>render: имя файла «%1» должно оканчиваться на .pdf или .odt — документы записываются только в этих форматах.</translation>
        </message>
        <message>
            <source>render: documents need the fonts of a graphical application; run nastavnik-cli itself.</source>
            <translation>render: для документов нужны шрифты графического приложения; запустите саму программу nastavnik-cli.</translation>
        </message>
        <message>
            <source>render: %1</source>
            <translation>render: %1</translation>
        </message>
        <message>
            <source>«%1» written to «%2».</source>
            <translation>Документ «%1» записан в файл «%2».</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>No database file was chosen. Choose a file or create a new database.</source>
            <translation>Файл базы данных не выбран. Выберите файл или создайте новую базу.</translation>
        </message>
        <message>
            <source>«%1» is a folder, not a database file. Choose a file with the extension .sqlite.</source>
            <translation>«%1» — это папка, а не файл базы данных. Выберите файл с расширением .sqlite.</translation>
        </message>
        <message>
            <source>The database file «%1» does not exist. It may have been moved or deleted: open it from its new place, or create a new database.</source>
            <translation>Файл базы данных «%1» не найден. Возможно, он перемещён или удалён: откройте его из нового места или создайте новую базу.</translation>
        </message>
        <message>
            <source>The folder «%1» could not be created. Choose a folder where you may write.</source>
            <translation>Не удалось создать папку «%1». Выберите папку, в которую у вас есть право записи.</translation>
        </message>
        <message>
            <source>The database file «%1» could not be created: %2. Choose a folder where you may write.</source>
            <translation>Не удалось создать файл базы данных «%1»: %2. Выберите папку, в которую у вас есть право записи.</translation>
        </message>
        <message>
            <source>The file «%1» cannot be read: %2. Check that you have access to it.</source>
            <translation>Не удалось прочитать файл «%1»: %2. Проверьте, что у вас есть доступ к нему.</translation>
        </message>
        <message>
            <source>«%1» is not a Nastavnik database (it is not an SQLite file). Choose the .sqlite file of your database, or create a new one.</source>
            <translation>«%1» — не база данных «Наставника» (это не файл SQLite). Выберите файл .sqlite вашей базы или создайте новую.</translation>
        </message>
        <message>
            <source>The database «%1» is read-only%2, so changes could not be saved. Copy the file to a folder where you may write (for example, Documents) and open the copy, or ask your administrator for write access.</source>
            <translation>База данных «%1» доступна только для чтения%2, поэтому изменения нельзя было бы сохранить. Скопируйте файл в папку, куда у вас есть право записи (например, «Документы»), и откройте копию, или попросите администратора дать право записи.</translation>
        </message>
        <message>
            <source> (its folder does not allow writing)</source>
            <translation> (в её папку запрещена запись)</translation>
        </message>
        <message>
            <source>The database «%1» is already open in another window of Nastavnik (process %2 on computer «%3»). Close it there first, then open the file again.</source>
            <translation>База данных «%1» уже открыта в другом окне «Наставника» (процесс %2 на компьютере «%3»). Сначала закройте её там, затем откройте файл снова.</translation>
        </message>
        <message>
            <source>The database «%1» could not be opened: %2</source>
            <translation>Не удалось открыть базу данных «%1»: %2</translation>
        </message>
        <message>
            <source>The database «%1» needs an update to this version of Nastavnik, but the safety copy could not be written, so nothing was changed. %2</source>
            <translation>Базу данных «%1» нужно обновить для этой версии «Наставника», но не удалось записать страховочную копию, поэтому ничего не изменено. %2</translation>
        </message>
        <message>
            <source>The database «%1» is locked by another program. Close the other program that uses it, then open the file again.</source>
            <translation>База данных «%1» заблокирована другой программой. Закройте программу, которая её использует, и откройте файл снова.</translation>
        </message>
        <message>
            <source>«%1» is not a Nastavnik database (the file is not a readable SQLite database). Choose the .sqlite file of your database.</source>
            <translation>«%1» — не база данных «Наставника» (файл не является читаемой базой SQLite). Выберите файл .sqlite вашей базы.</translation>
        </message>
        <message>
            <source>The database «%1» is read-only. Copy it to a folder where you may write and open the copy.</source>
            <translation>База данных «%1» доступна только для чтения. Скопируйте её в папку, куда у вас есть право записи, и откройте копию.</translation>
        </message>
        <message>
            <source>The database «%1» is damaged and cannot be read (%2). Open the latest automatic backup from the folder «%3», or restore the file from your own copy.</source>
            <translation>База данных «%1» повреждена и не читается (%2). Откройте последнюю автоматическую резервную копию из папки «%3» или восстановите файл из своей копии.</translation>
        </message>
        <message>
            <source>«%1» is an SQLite database of another program, not of Nastavnik. Choose the .sqlite file of your Nastavnik database, or create a new one.</source>
            <translation>«%1» — база данных SQLite другой программы, а не «Наставника». Выберите файл .sqlite вашей базы «Наставника» или создайте новую.</translation>
        </message>
        <message>
            <source>The database «%1» was written by a newer version of Nastavnik (schema %2; this version knows up to %3). Install the newer version to open it. The file was not changed.</source>
            <translation>База данных «%1» записана более новой версией «Наставника» (схема %2; эта версия знает схемы до %3). Установите новую версию, чтобы открыть её. Файл не изменён.</translation>
        </message>
        <message>
            <source>The database «%1» is damaged (%2). Open the latest automatic backup from the folder «%3», or restore the file from your own copy.</source>
            <translation>База данных «%1» повреждена (%2). Откройте последнюю автоматическую резервную копию из папки «%3» или восстановите файл из своей копии.</translation>
        </message>
        <message>
            <source>The schema update «%1» is missing from this build.</source>
            <translation>В этой сборке отсутствует обновление схемы «%1».</translation>
        </message>
        <message>
            <source>The database «%1» could not be updated to schema %2 (%3: %4). Nothing was changed; the file is as it was.</source>
            <translation>Не удалось обновить базу данных «%1» до схемы %2 (%3: %4). Ничего не изменено, файл остался прежним.</translation>
        </message>
        <message>
            <source>The database «%1» could not be updated to schema %2: its references do not match. Nothing was changed.</source>
            <translation>Не удалось обновить базу данных «%1» до схемы %2: нарушены связи между записями. Ничего не изменено.</translation>
        </message>
        <message>
            <source>The old copy «%1» could not be replaced.</source>
            <translation>Не удалось заменить старую копию «%1».</translation>
        </message>
        <message>
            <source>The copy «%1» could not be written: %2</source>
            <translation>Не удалось записать копию «%1»: %2</translation>
        </message>
    </context>
    <context>
        <name>DatasetRepository</name>
        <message>
            <source>organisation</source>
            <translation>организация</translation>
        </message>
        <message>
            <source>people</source>
            <translation>участники</translation>
        </message>
        <message>
            <source>documents of people</source>
            <translation>документы участников</translation>
        </message>
        <message>
            <source>consents</source>
            <translation>согласия</translation>
        </message>
        <message>
            <source>orders</source>
            <translation>приказы</translation>
        </message>
        <message>
            <source>orders' pairs</source>
            <translation>пары в приказах</translation>
        </message>
        <message>
            <source>orders' people</source>
            <translation>участники в приказах</translation>
        </message>
        <message>
            <source>pairs</source>
            <translation>пары</translation>
        </message>
        <message>
            <source>mentees of pairs</source>
            <translation>наставляемые в парах</translation>
        </message>
        <message>
            <source>events of pairs</source>
            <translation>события пар</translation>
        </message>
        <message>
            <source>plans</source>
            <translation>индивидуальные планы</translation>
        </message>
        <message>
            <source>meetings</source>
            <translation>встречи</translation>
        </message>
        <message>
            <source>The data could not be saved (%1): %2</source>
            <translation>Не удалось сохранить данные (%1): %2</translation>
        </message>
        <message>
            <source>The data could not be read (%1): %2</source>
            <translation>Не удалось прочитать данные (%1): %2</translation>
        </message>
    </context>
    <context>
        <name>Declension</name>
        <message>
            <source>The declension rules are not valid JSON: %1</source>
            <translation>Правила склонения не являются корректным JSON: %1</translation>
        </message>
        <message>
            <source>The declension rules have no «%1» section.</source>
            <translation>В правилах склонения нет раздела «%1».</translation>
        </message>
    </context>
    <context>
        <name>DocumentBuilder</name>
        <message>
            <source>There is no consent «%1» in the database.</source>
            <translation>В базе данных нет согласия «%1».</translation>
        </message>
        <message>
            <source>The person of the consent «%1» is not in the database.</source>
            <translation>Человека, к которому относится согласие «%1», нет в базе данных.</translation>
        </message>
        <message>
            <source>The consent «%1» is of the type «%2», which has no form.</source>
            <translation>Согласие «%1» имеет тип «%2», для которого нет формы документа.</translation>
        </message>
        <message>
            <source>The register lists all pairs: give «all» as its id.</source>
            <translation>Реестр включает все пары: укажите в качестве идентификатора «all».</translation>
        </message>
        <message>
            <source>There is no order «%1» in the database.</source>
            <translation>В базе данных нет приказа «%1».</translation>
        </message>
        <message>
            <source>Documents of the kind «%1» are not available yet: they come with the roadmap, questionnaires and monitoring.</source>
            <translation>Документы вида «%1» пока недоступны: они появятся вместе с дорожной картой, анкетами и мониторингом.</translation>
        </message>
        <message>
            <source>The order «%1» is of the type «%2», which has no form. Choose one of the order types in the journal.</source>
            <translation>Приказ «%1» имеет вид «%2», для которого нет формы. Выберите один из видов приказов журнала.</translation>
        </message>
        <message>
            <source>There is no pair «%1» in the database.</source>
            <translation>В базе данных нет пары «%1».</translation>
        </message>
        <message>
            <source>The mentor of the pair «%1» is not in the database.</source>
            <translation>Наставника пары «%1» нет в базе данных.</translation>
        </message>
        <message>
            <source>The mentor of the pair «%1», %2, is neither an employee nor an external mentor, so no agreement is made with them (a pupil mentors under the school's provision and the parents' consent).</source>
            <translation>Наставник пары «%1» (%2) не является ни работником, ни внешним наставником, поэтому соглашение с ним не заключается (обучающийся осуществляет наставничество на основании положения школы и согласия родителей).</translation>
        </message>
    </context>
    <context>
        <name>DocumentRenderer</name>
        <message>
            <source>There is nothing to print on.</source>
            <translation>Не выбрано устройство для печати.</translation>
        </message>
        <message>
            <source>The printer or the file could not be prepared for drawing.</source>
            <translation>Не удалось подготовить принтер или файл к выводу документа.</translation>
        </message>
        <message>
            <source>Page %1 could not be started.</source>
            <translation>Не удалось начать страницу %1.</translation>
        </message>
        <message>
            <source>The pages could not be finished.</source>
            <translation>Не удалось завершить вывод страниц.</translation>
        </message>
        <message>
            <source>«%1» could not be written: %2. Choose another folder or file name.</source>
            <translation>Не удалось записать файл «%1»: %2. Выберите другую папку или другое имя файла.</translation>
        </message>
        <message>
            <source>The document could not be converted to OpenDocument text.</source>
            <translation>Не удалось преобразовать документ в формат OpenDocument.</translation>
        </message>
        <message>
            <source>«%1»: documents are saved as PDF (.pdf) or OpenDocument text (.odt). Give the file one of these extensions.</source>
            <translation>«%1»: документы сохраняются в формате PDF (.pdf) или OpenDocument (.odt). Укажите одно из этих расширений.</translation>
        </message>
    </context>
    <context>
        <name>DocumentSettingsRepository</name>
        <message>
            <source>The settings of documents could not be read: %1</source>
            <translation>Не удалось прочитать настройки документов: %1</translation>
        </message>
        <message>
            <source>The number format of orders must contain {n}, the number within the year (e.g. {n}-{suffix}).</source>
            <translation>Формат номера приказа должен содержать {n} — порядковый номер в пределах года (например, {n}-{suffix}).</translation>
        </message>
        <message>
            <source>The mentor's pay must be an amount in roubles, e.g. 3000, or empty to leave a blank.</source>
            <translation>Доплата наставнику указывается суммой в рублях, например 3000, или не указывается, чтобы оставить поле для заполнения от руки.</translation>
        </message>
        <message>
            <source>The settings of documents could not be saved: %1</source>
            <translation>Не удалось сохранить настройки документов: %1</translation>
        </message>
    </context>
    <context>
        <name>OdtPageStyle</name>
        <message>
            <source>The OpenDocument file could not be assembled.</source>
            <translation>Не удалось собрать файл OpenDocument.</translation>
        </message>
    </context>
    <context>
        <name>OrderRepository</name>
        <message>
            <source>The order № %1 of %2 is signed and can no longer be changed. Corrections are made by a new order: draft one that amends or cancels it.</source>
            <translation>Приказ № %1 от %2 подписан, изменить его нельзя. Исправления вносятся новым приказом: подготовьте приказ о внесении изменений или об отмене.</translation>
        </message>
        <message>
            <source>The order could not be read: %1</source>
            <translation>Не удалось прочитать приказ: %1</translation>
        </message>
        <message>
            <source>The order «%1» is not in the journal (it may have been deleted).</source>
            <translation>Приказа «%1» нет в журнале (возможно, он удалён).</translation>
        </message>
        <message>
            <source>The orders journal could not be read: %1</source>
            <translation>Не удалось прочитать журнал приказов: %1</translation>
        </message>
        <message>
            <source>The organisation's settings could not be read: %1</source>
            <translation>Не удалось прочитать сведения об организации: %1</translation>
        </message>
        <message>
            <source>«%1» is not a type of order. Choose one of: %2.</source>
            <translation>«%1» не является видом приказа. Выберите один из видов: %2.</translation>
        </message>
        <message>
            <source>The order could not be saved: %1</source>
            <translation>Не удалось сохранить приказ: %1</translation>
        </message>
        <message>
            <source>The pair «%1» could not be added to the order: %2. Check that the pair exists.</source>
            <translation>Не удалось включить пару «%1» в приказ: %2. Проверьте, что такая пара существует.</translation>
        </message>
        <message>
            <source>The person «%1» could not be added to the order: %2. Check that the person exists.</source>
            <translation>Не удалось включить «%1» в приказ: %2. Проверьте, что такой человек есть в базе.</translation>
        </message>
        <message>
            <source>There is no pair «%1» in the database.</source>
            <translation>В базе данных нет пары «%1».</translation>
        </message>
        <message>
            <source>There is no person «%1» in the database.</source>
            <translation>В базе данных нет человека «%1».</translation>
        </message>
        <message>
            <source>The pair «%1» could not be linked to the order: %2</source>
            <translation>Не удалось связать пару «%1» с приказом: %2</translation>
        </message>
        <message>
            <source>Choose the pairs the order approves.</source>
            <translation>Выберите пары, которые утверждаются приказом.</translation>
        </message>
        <message>
            <source>The pair's events could not be read: %1</source>
            <translation>Не удалось прочитать события пары: %1</translation>
        </message>
        <message>
            <source>The pair «%1» has no %2 to draft an order for. Enter it in the pair first.</source>
            <translation>У пары «%1» нет события «%2», для которого можно подготовить приказ. Сначала внесите его в карточку пары.</translation>
        </message>
        <message>
            <source>The event could not be linked to the order: %1</source>
            <translation>Не удалось связать событие с приказом: %1</translation>
        </message>
        <message>
            <source>Choose the participants to reward.</source>
            <translation>Выберите участников, которых нужно поощрить.</translation>
        </message>
        <message>
            <source>The text of the order could not be saved: %1</source>
            <translation>Не удалось сохранить текст приказа: %1</translation>
        </message>
        <message>
            <source>Give the date of the order.</source>
            <translation>Укажите дату приказа.</translation>
        </message>
        <message>
            <source>Give the registration number of the order.</source>
            <translation>Укажите регистрационный номер приказа.</translation>
        </message>
        <message>
            <source>The pair «%1» could not be added to the order: %2</source>
            <translation>Не удалось включить пару «%1» в приказ: %2</translation>
        </message>
        <message>
            <source>The person «%1» could not be added to the order: %2</source>
            <translation>Не удалось включить «%1» в приказ: %2</translation>
        </message>
        <message>
            <source>The order «%1» needs a number and a date before it is signed.</source>
            <translation>Перед подписанием приказа «%1» укажите его номер и дату.</translation>
        </message>
        <message>
            <source>The order could not be signed: %1</source>
            <translation>Не удалось отметить приказ как подписанный: %1</translation>
        </message>
        <message>
            <source>The draft could not be deleted: %1</source>
            <translation>Не удалось удалить проект приказа: %1</translation>
        </message>
    </context>
    <context>
        <name>OrganizationRepository</name>
        <message>
            <source>The organisation's settings could not be read: %1</source>
            <translation>Не удалось прочитать сведения об организации: %1</translation>
        </message>
        <message>
            <source>Choose the provision profile the organisation works under.</source>
            <translation>Выберите профиль положения, по которому работает организация.</translation>
        </message>
        <message>
            <source>The head «%1» is not in the database.</source>
            <translation>Руководителя «%1» нет в базе.</translation>
        </message>
        <message>
            <source>The curator «%1» is not in the database.</source>
            <translation>Куратора «%1» нет в базе.</translation>
        </message>
        <message>
            <source>The organisation's settings could not be saved: %1</source>
            <translation>Не удалось сохранить сведения об организации: %1</translation>
        </message>
    </context>
    <context>
        <name>PeopleRepository</name>
        <message>
            <source>The person could not be read: %1</source>
            <translation>Не удалось прочитать карточку участника: %1</translation>
        </message>
        <message>
            <source>The person «%1» is not in the database (it may have been deleted).</source>
            <translation>Участника «%1» нет в базе (возможно, он удалён).</translation>
        </message>
        <message>
            <source>The person's documents could not be read: %1</source>
            <translation>Не удалось прочитать документы участника: %1</translation>
        </message>
        <message>
            <source>The surname is empty.</source>
            <translation>Не указана фамилия.</translation>
        </message>
        <message>
            <source>The birth date %1 is in the future.</source>
            <translation>Дата рождения %1 ещё не наступила.</translation>
        </message>
        <message>
            <source>The birth date %1 is before 1900.</source>
            <translation>Дата рождения %1 раньше 1900 года.</translation>
        </message>
        <message>
            <source>The kind of person «%1» is unknown.</source>
            <translation>Неизвестная категория участника «%1».</translation>
        </message>
        <message>
            <source>The gender must be «m», «f» or empty.</source>
            <translation>Пол должен быть «m», «f» или не указан.</translation>
        </message>
        <message>
            <source>A person cannot be their own supervisor.</source>
            <translation>Участник не может быть своим непосредственным руководителем.</translation>
        </message>
        <message>
            <source>The supervisor «%1» is not in the database.</source>
            <translation>Руководителя «%1» нет в базе.</translation>
        </message>
        <message>
            <source>Years of experience must be between 0 and 80.</source>
            <translation>Стаж должен быть от 0 до 80 лет.</translation>
        </message>
        <message>
            <source>The mentee category «%1» is unknown.</source>
            <translation>Неизвестная категория наставляемого «%1».</translation>
        </message>
        <message>
            <source>The e-mail «%1» does not look like an address (name@example.ru).</source>
            <translation>«%1» не похож на адрес электронной почты (имя@example.ru).</translation>
        </message>
        <message>
            <source>The document type «%1» is unknown.</source>
            <translation>Неизвестный вид документа «%1».</translation>
        </message>
        <message>
            <source>«%1»: valid until %2 is before the issue date %3.</source>
            <translation>«%1»: срок действия до %2 раньше даты выдачи %3.</translation>
        </message>
        <message>
            <source>«%1»: the issue date %2 is too far in the future.</source>
            <translation>«%1»: дата выдачи %2 слишком далеко в будущем.</translation>
        </message>
        <message>
            <source>«%1» could not be saved: %2</source>
            <translation>Не удалось сохранить «%1»: %2</translation>
        </message>
        <message>
            <source>The documents of «%1» could not be saved: %2</source>
            <translation>Не удалось сохранить документы участника «%1»: %2</translation>
        </message>
        <message>
            <source>The consent type «%1» is unknown.</source>
            <translation>Неизвестный вид согласия «%1».</translation>
        </message>
        <message>
            <source>«%1»: the date of signing is missing.</source>
            <translation>«%1»: не указана дата подписания.</translation>
        </message>
        <message>
            <source>«%1»: the date of signing %2 is in the future.</source>
            <translation>«%1»: дата подписания %2 ещё не наступила.</translation>
        </message>
        <message>
            <source>«%1»: withdrawn on %2, before it was signed on %3.</source>
            <translation>«%1»: отозвано %2, раньше даты подписания %3.</translation>
        </message>
        <message>
            <source>«%1»: the signer «%2» is not in the database.</source>
            <translation>«%1»: подписавшего «%2» нет в базе.</translation>
        </message>
        <message>
            <source>A consent could not be removed: %1</source>
            <translation>Не удалось удалить согласие: %1</translation>
        </message>
        <message>
            <source>A consent could not be saved: %1</source>
            <translation>Не удалось сохранить согласие: %1</translation>
        </message>
        <message>
            <source>mentor of pair %1</source>
            <translation>наставник в паре %1</translation>
        </message>
        <message>
            <source>mentee in pair %1</source>
            <translation>наставляемый в паре %1</translation>
        </message>
        <message>
            <source>signed a consent for %1</source>
            <translation>подписал(а) согласие за участника %1</translation>
        </message>
        <message>
            <source>supervisor of %1</source>
            <translation>непосредственный руководитель участника %1</translation>
        </message>
        <message>
            <source>head of the organisation</source>
            <translation>руководитель организации</translation>
        </message>
        <message>
            <source>curator of the programme</source>
            <translation>куратор программы наставничества</translation>
        </message>
        <message>
            <source>named in order № %1</source>
            <translation>указан(а) в приказе № %1</translation>
        </message>
        <message>
            <source>This person cannot be deleted because the records refer to them: %1. Archive the person instead: they disappear from the lists but the history stays intact.</source>
            <translation>Этого участника нельзя удалить: на него ссылаются записи (%1). Переведите его в архив: он исчезнет из списков, а история сохранится.</translation>
        </message>
        <message>
            <source>The person could not be deleted: %1</source>
            <translation>Не удалось удалить участника: %1</translation>
        </message>
        <message>
            <source>The person could not be archived: %1</source>
            <translation>Не удалось перевести участника в архив: %1</translation>
        </message>
    </context>
    <context>
        <name>Transaction</name>
        <message>
            <source>Could not start saving: %1</source>
            <translation>Не удалось начать сохранение: %1</translation>
        </message>
        <message>
            <source>Nothing to save: the change was already undone.</source>
            <translation>Нечего сохранять: изменение уже отменено.</translation>
        </message>
        <message>
            <source>The change could not be saved: %1</source>
            <translation>Не удалось сохранить изменение: %1</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>Pupil</source>
            <translation>Обучающийся</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Студент</translation>
        </message>
        <message>
            <source>Teacher</source>
            <translation>Педагог</translation>
        </message>
        <message>
            <source>Parent</source>
            <translation>Родитель (законный представитель)</translation>
        </message>
        <message>
            <source>Graduate</source>
            <translation>Выпускник</translation>
        </message>
        <message>
            <source>Employer's staff</source>
            <translation>Сотрудник предприятия</translation>
        </message>
        <message>
            <source>Entrepreneur</source>
            <translation>Предприниматель</translation>
        </message>
        <message>
            <source>Veteran of teaching</source>
            <translation>Ветеран педагогического труда</translation>
        </message>
        <message>
            <source>Civil servant</source>
            <translation>Гражданский служащий</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Руководитель</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <source>Status «Mentor»</source>
            <translation>Статус «Ментор»</translation>
        </message>
        <message>
            <source>Tutor certificate</source>
            <translation>Удостоверение тьютора</translation>
        </message>
        <message>
            <source>Coach training</source>
            <translation>Подготовка коуча</translation>
        </message>
        <message>
            <source>Certificate of no criminal record</source>
            <translation>Справка об отсутствии судимости</translation>
        </message>
        <message>
            <source>Medical certificate</source>
            <translation>Медицинская справка</translation>
        </message>
        <message>
            <source>Cooperation agreement</source>
            <translation>Договор о сотрудничестве</translation>
        </message>
        <message>
            <source>Supplementary agreement (Labour Code art. 351.8)</source>
            <translation>Дополнительное соглашение (ст. 351.8 ТК РФ)</translation>
        </message>
        <message>
            <source>Processing of personal data</source>
            <translation>На обработку персональных данных</translation>
        </message>
        <message>
            <source>Publication of personal data</source>
            <translation>На распространение (публикацию) персональных данных</translation>
        </message>
        <message>
            <source>Consent to act as a mentor</source>
            <translation>На осуществление наставничества</translation>
        </message>
        <message>
            <source>Pupil – pupil</source>
            <translation>Ученик – ученик</translation>
        </message>
        <message>
            <source>Teacher – teacher</source>
            <translation>Учитель – учитель</translation>
        </message>
        <message>
            <source>Student – pupil</source>
            <translation>Студент – ученик</translation>
        </message>
        <message>
            <source>Employer – pupil</source>
            <translation>Работодатель – ученик</translation>
        </message>
        <message>
            <source>Employer – student</source>
            <translation>Работодатель – студент</translation>
        </message>
        <message>
            <source>Teacher – pupil</source>
            <translation>Учитель – ученик</translation>
        </message>
        <message>
            <source>Traditional mentoring</source>
            <translation>Традиционное наставничество</translation>
        </message>
        <message>
            <source>Mentoring (mentor – mentee)</source>
            <translation>Менторство</translation>
        </message>
        <message>
            <source>Tutoring</source>
            <translation>Тьюторство</translation>
        </message>
        <message>
            <source>Coaching</source>
            <translation>Коучинг</translation>
        </message>
        <message>
            <source>Mentoring in the civil service</source>
            <translation>Наставничество на гражданской службе</translation>
        </message>
        <message>
            <source>Mentoring of the management reserve</source>
            <translation>Наставничество в резерве управленческих кадров</translation>
        </message>
        <message>
            <source>The mentor's employment ended</source>
            <translation>Прекращение наставником трудовых отношений</translation>
        </message>
        <message>
            <source>Psychological incompatibility</source>
            <translation>Психологическая несовместимость наставника и наставляемого</translation>
        </message>
        <message>
            <source>The mentor systematically fails their duties</source>
            <translation>Систематическое неисполнение наставником своих обязанностей</translation>
        </message>
        <message>
            <source>Disciplinary action against the mentor</source>
            <translation>Привлечение наставника к дисциплинарной ответственности</translation>
        </message>
        <message>
            <source>A justified request of the mentor or the mentee</source>
            <translation>Обоснованная просьба наставника или наставляемого</translation>
        </message>
        <message>
            <source>Temporary incapacity for work</source>
            <translation>Временная нетрудоспособность</translation>
        </message>
        <message>
            <source>Business trip</source>
            <translation>Командировка</translation>
        </message>
        <message>
            <source>Other long absence for a good reason</source>
            <translation>Иное продолжительное отсутствие по уважительной причине</translation>
        </message>
        <message>
            <source>The mentor</source>
            <translation>Наставник</translation>
        </message>
        <message>
            <source>The employer</source>
            <translation>Работодатель</translation>
        </message>
        <message>
            <source>Agreement of the parties</source>
            <translation>Соглашение сторон</translation>
        </message>
        <message>
            <source>Appointment of the curator</source>
            <translation>О назначении куратора</translation>
        </message>
        <message>
            <source>Approval of the roadmap</source>
            <translation>Об утверждении дорожной карты</translation>
        </message>
        <message>
            <source>Approval of pairs and groups</source>
            <translation>Об утверждении наставнических пар и групп</translation>
        </message>
        <message>
            <source>Replacement of a mentor</source>
            <translation>О замене наставника</translation>
        </message>
        <message>
            <source>Extension of mentoring</source>
            <translation>О продлении срока наставничества</translation>
        </message>
        <message>
            <source>Early completion of mentoring</source>
            <translation>О досрочном завершении наставничества</translation>
        </message>
        <message>
            <source>Rewards to participants</source>
            <translation>О поощрении участников</translation>
        </message>
        <message>
            <source>Conduct of the final event</source>
            <translation>О проведении итогового мероприятия</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Проект</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Подписан</translation>
        </message>
        <message>
            <source>Replacement of the mentor</source>
            <translation>Замена наставника</translation>
        </message>
        <message>
            <source>Extension</source>
            <translation>Продление</translation>
        </message>
        <message>
            <source>Early completion</source>
            <translation>Досрочное завершение</translation>
        </message>
        <message>
            <source>First (organisational) meeting</source>
            <translation>Первая (организационная) встреча</translation>
        </message>
        <message>
            <source>Trial (working) meeting</source>
            <translation>Пробная (рабочая) встреча</translation>
        </message>
        <message>
            <source>Planning meeting</source>
            <translation>Встреча-планирование</translation>
        </message>
        <message>
            <source>Regular meeting</source>
            <translation>Регулярная встреча</translation>
        </message>
        <message>
            <source>Final meeting</source>
            <translation>Заключительная встреча</translation>
        </message>
        <message>
            <source>Shows outstanding abilities</source>
            <translation>Проявляет выдающиеся способности</translation>
        </message>
        <message>
            <source>Unsatisfactory results</source>
            <translation>Неудовлетворительные образовательные результаты</translation>
        </message>
        <message>
            <source>Special educational needs</source>
            <translation>Ограниченные возможности здоровья</translation>
        </message>
        <message>
            <source>In a difficult life situation</source>
            <translation>Трудная жизненная ситуация</translation>
        </message>
        <message>
            <source>Behaviour problems</source>
            <translation>Проблемы с поведением</translation>
        </message>
        <message>
            <source>Not involved in school life</source>
            <translation>Не участвует в жизни школы</translation>
        </message>
        <message>
            <source>Young specialist</source>
            <translation>Молодой специалист</translation>
        </message>
        <message>
            <source>Emotional burnout</source>
            <translation>Эмоциональное выгорание</translation>
        </message>
        <message>
            <source>Adapting to a new workplace</source>
            <translation>Адаптация на новом месте работы</translation>
        </message>
        <message>
            <source>Wants to master digital skills</source>
            <translation>Хочет освоить цифровые навыки</translation>
        </message>
        <message>
            <source>Newly appointed</source>
            <translation>Вновь назначенный</translation>
        </message>
        <message>
            <source>In the management reserve</source>
            <translation>В резерве управленческих кадров</translation>
        </message>
        <message>
            <source>Manager with under 3 years' experience</source>
            <translation>Руководитель со стажем до 3 лет</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Запланировано</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Выполняется</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Выполнено</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отменено</translation>
        </message>
    </context>
    <context>
        <name>nastavnik::ui::DocumentEditorDialog</name>
        <message>
            <source>The order is signed and can no longer be changed. Corrections are made by a new order.</source>
            <translation>Приказ подписан, изменить его нельзя. Исправления вносятся новым приказом.</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Отменить</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <source>Bold</source>
            <translation>Полужирный</translation>
        </message>
        <message>
            <source>Italic</source>
            <translation>Курсив</translation>
        </message>
        <message>
            <source>Underline</source>
            <translation>Подчёркнутый</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>По левому краю</translation>
        </message>
        <message>
            <source>Centre</source>
            <translation>По центру</translation>
        </message>
        <message>
            <source>Right</source>
            <translation>По правому краю</translation>
        </message>
        <message>
            <source>Justify</source>
            <translation>По ширине</translation>
        </message>
        <message>
            <source>Font size</source>
            <translation>Размер шрифта</translation>
        </message>
        <message>
            <source>Bulleted list</source>
            <translation>Маркированный список</translation>
        </message>
        <message>
            <source>Numbered list</source>
            <translation>Нумерованный список</translation>
        </message>
        <message>
            <source>Print preview</source>
            <translation>Предварительный просмотр</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Печать…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Сохранить в PDF…</translation>
        </message>
        <message>
            <source>Save as ODT…</source>
            <translation>Сохранить в ODT…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Store the edited text in the orders journal</source>
            <translation>Сохранить исправленный текст в журнале приказов</translation>
        </message>
        <message>
            <source>Print preview — %1</source>
            <translation>Предварительный просмотр — %1</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Печать</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Документы PDF (*.pdf)</translation>
        </message>
        <message>
            <source>OpenDocument text (*.odt)</source>
            <translation>Текст OpenDocument (*.odt)</translation>
        </message>
        <message>
            <source>Save the document</source>
            <translation>Сохранение документа</translation>
        </message>
        <message>
            <source>Only the text of an order is kept in the journal; save the document as PDF or ODT.</source>
            <translation>В журнале хранится только текст приказов; сохраните документ в формате PDF или ODT.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Несохранённые изменения</translation>
        </message>
        <message>
            <source>The text of the order was changed. Save the changes?</source>
            <translation>Текст приказа изменён. Сохранить изменения?</translation>
        </message>
    </context>
</TS>
