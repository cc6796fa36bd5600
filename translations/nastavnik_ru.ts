<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>Application</name>
        <message>
            <source>Nastavnik</source>
            <translation>Наставник</translation>
        </message>
        <message>
            <source>Mentorship programmes</source>
            <translation>Программы наставничества</translation>
        </message>
        <message>
            <source>Create and open the demo database.</source>
            <translation>Создать и открыть демонстрационную базу.</translation>
        </message>
        <message>
            <source>The database file to open.</source>
            <translation>Файл базы данных, который нужно открыть.</translation>
        </message>
        <message>
            <source>Command line</source>
            <translation>Командная строка</translation>
        </message>
        <message>
            <source>%1

Usage: nastavnik [FILE.sqlite] [--demo]</source>
            <translation>%1

Запуск: nastavnik [ФАЙЛ.sqlite] [--demo]</translation>
        </message>
    </context>
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
        <name>DemoDatabase</name>
        <message>
            <source>The demo database «%1» is open in another window of Nastavnik. Close it there, then open the demo again.</source>
            <translation>Демонстрационная база «%1» открыта в другом окне программы «Наставник». Закройте её там и откройте демонстрационную базу снова.</translation>
        </message>
        <message>
            <source>The older demo database «%1» could not be replaced. Check that you may write to its folder.</source>
            <translation>Не удалось заменить прежнюю демонстрационную базу «%1». Проверьте, что у вас есть право записи в её папку.</translation>
        </message>
    </context>
    <context>
        <name>MessageBox</name>
        <message>
            <source>OK</source>
            <translation>ОК</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Нет</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Don't save</source>
            <translation>Не сохранять</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Move to the archive</source>
            <translation>Перенести в архив</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
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
        <name>PeopleQuery</name>
        <message>
            <source>The list of participants could not be read: %1</source>
            <translation>Не удалось прочитать список участников: %1</translation>
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
        <name>nastavnik::PeopleTableModel</name>
        <message>
            <source>external</source>
            <translation>внешний</translation>
        </message>
        <message>
            <source>staff</source>
            <translation>штатный</translation>
        </message>
        <message>
            <source>mentor, mentee</source>
            <translation>наставник, наставляемый</translation>
        </message>
        <message>
            <source>mentor</source>
            <translation>наставник</translation>
        </message>
        <message>
            <source>mentee</source>
            <translation>наставляемый</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>есть</translation>
        </message>
        <message>
            <source>no</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>отозвано</translation>
        </message>
        <message>
            <source>no parent's signature</source>
            <translation>нет подписи родителя</translation>
        </message>
        <message>
            <source>%1 is in the archive: kept for the history, not offered for new pairs.</source>
            <translation>%1 — в архиве: сведения сохраняются для истории, в новые пары не предлагается.</translation>
        </message>
        <message>
            <source>The consent to the processing of personal data was signed by the participant while a minor: a parent or legal representative must sign it (002, item 4.17).</source>
            <translation>Согласие на обработку персональных данных подписал сам участник, будучи несовершеннолетним: его должен подписать родитель или законный представитель (002, п. 4.17).</translation>
        </message>
        <message>
            <source>The consent to the processing of personal data was withdrawn.</source>
            <translation>Согласие на обработку персональных данных отозвано.</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>ФИО</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>Staff / external</source>
            <translation>Штат / внешний</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Подразделение</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Дата рождения</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Personal data consent</source>
            <translation>Согласие на ПДн</translation>
        </message>
        <message>
            <source>Mentor: in the base of mentors or leading a pair that has not ended. Mentee: in the base of mentees or in such a pair.</source>
            <translation>Наставник — в базе наставников или ведёт незавершённую пару. Наставляемый — в базе наставляемых или состоит в такой паре.</translation>
        </message>
        <message>
            <source>The consent to the processing of personal data (152-FZ, art. 9); for a minor, signed by a parent or legal representative.</source>
            <translation>Согласие на обработку персональных данных (ст. 9 152-ФЗ); за несовершеннолетнего его подписывает родитель или законный представитель.</translation>
        </message>
    </context>
    <context>
        <name>nastavnik::ui::DateEdit</name>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>дд.мм.гггг</translation>
        </message>
        <message>
            <source>Choose the date in a calendar</source>
            <translation>Выбрать дату в календаре</translation>
        </message>
        <message>
            <source>«%1» is not a date. Type it as dd.mm.yyyy, for example 05.06.2026.</source>
            <translation>«%1» — не дата. Введите её в виде дд.мм.гггг, например 05.06.2026.</translation>
        </message>
    </context>
    <context>
        <name>nastavnik::ui::EditorBase</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Несохранённые изменения</translation>
        </message>
        <message>
            <source>«%1» has unsaved changes. Save them?</source>
            <translation>В карточке «%1» есть несохранённые изменения. Сохранить их?</translation>
        </message>
    </context>
    <context>
        <name>nastavnik::ui::EditorDialog</name>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>nastavnik::ui::FirstRunWidget</name>
        <message>
            <source>Nastavnik</source>
            <translation>Наставник</translation>
        </message>
        <message>
            <source>Mentorship programmes of a school or an HR department: the bases of mentors and mentees, pairs, plans, orders and monitoring. All data stays in one file on this computer.</source>
            <translation>Наставничество в школе и на службе: базы наставников и наставляемых, пары, планы, приказы и мониторинг. Все данные хранятся в одном файле на этом компьютере.</translation>
        </message>
        <message>
            <source>Create a new database</source>
            <translation>Создать новую базу данных</translation>
        </message>
        <message>
            <source>An empty database for your organisation. You choose where the file is kept, then enter the organisation's name and provision.</source>
            <translation>Пустая база для вашей организации. Вы выбираете, где хранить файл, затем указываете наименование организации и положение, по которому она работает.</translation>
        </message>
        <message>
            <source>Open an existing database…</source>
            <translation>Открыть существующую базу…</translation>
        </message>
        <message>
            <source>A .sqlite file of Nastavnik: your own, a copy, or a backup.</source>
            <translation>Файл .sqlite программы «Наставник»: ваша база, её копия или резервная копия.</translation>
        </message>
        <message>
            <source>Open the demo</source>
            <translation>Открыть демонстрационную базу</translation>
        </message>
        <message>
            <source>A village school with mentors, pairs, plans and orders, to see how everything works. Recreated fresh every time; your own data is not touched.</source>
            <translation>Сельская школа с наставниками, парами, планами и приказами — чтобы посмотреть, как всё устроено. Каждый раз создаётся заново; ваши данные не затрагиваются.</translation>
        </message>
        <message>
            <source>Recent databases:</source>
            <translation>Недавние базы:</translation>
        </message>
    </context>
    <context>
        <name>nastavnik::ui::MainWindow</name>
        <message>
            <source>&amp;New database…</source>
            <translation>&amp;Создать базу данных…</translation>
        </message>
        <message>
            <source>Create an empty database in a new file</source>
            <translation>Создать пустую базу данных в новом файле</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Открыть…</translation>
        </message>
        <message>
            <source>Open a database file</source>
            <translation>Открыть файл базы данных</translation>
        </message>
        <message>
            <source>Save a &amp;copy…</source>
            <translation>Сохранить &amp;копию…</translation>
        </message>
        <message>
            <source>Write a copy of the open database to another file (for a flash drive or an archive)</source>
            <translation>Записать копию открытой базы в другой файл (на флешку или в архив)</translation>
        </message>
        <message>
            <source>&amp;Import people from CSV/XLSX…</source>
            <translation>&amp;Импорт участников из CSV/XLSX…</translation>
        </message>
        <message>
            <source>Add staff or pupil lists from a spreadsheet</source>
            <translation>Добавить списки сотрудников или обучающихся из таблицы</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Найти</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Настройки…</translation>
        </message>
        <message>
            <source>&amp;About Nastavnik</source>
            <translation>&amp;О программе «Наставник»</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;Recent files</source>
            <translation>&amp;Недавние файлы</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>С&amp;ервис</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>No recent files</source>
            <translation>Недавних файлов нет</translation>
        </message>
        <message>
            <source>No database is open</source>
            <translation>База данных не открыта</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n участник</numerusform>
                <numerusform>%n участника</numerusform>
                <numerusform>%n участников</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n pair(s)</source>
            <translation>
                <numerusform>%n пара</numerusform>
                <numerusform>%n пары</numerusform>
                <numerusform>%n пар</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n in the archive</source>
            <translation>
                <numerusform>%n в архиве</numerusform>
                <numerusform>%n в архиве</numerusform>
                <numerusform>%n в архиве</numerusform>
            </translation>
        </message>
        <message>
            <source>Backup copy</source>
            <translation>Резервная копия</translation>
        </message>
        <message>
            <source>The database could not be opened</source>
            <translation>Не удалось открыть базу данных</translation>
        </message>
        <message>
            <source>The database could not be created</source>
            <translation>Не удалось создать базу данных</translation>
        </message>
        <message>
            <source>The demo could not be opened</source>
            <translation>Не удалось открыть демонстрационную базу</translation>
        </message>
        <message>
            <source>New database</source>
            <translation>Новая база данных</translation>
        </message>
        <message>
            <source>Nastavnik databases (*.sqlite)</source>
            <translation>Базы данных «Наставника» (*.sqlite)</translation>
        </message>
        <message>
            <source>The new database is ready. Enter the organisation's name and choose the provision it works under: documents and checks use them.</source>
            <translation>Новая база готова. Укажите наименование организации и положение, по которому она работает: они нужны для документов и проверок.</translation>
        </message>
        <message>
            <source>Open a database</source>
            <translation>Открыть базу данных</translation>
        </message>
        <message>
            <source>Nastavnik databases (*.sqlite);;All files (*)</source>
            <translation>Базы данных «Наставника» (*.sqlite);;Все файлы (*)</translation>
        </message>
        <message>
            <source>%1-copy-%2.sqlite</source>
            <translation>%1-копия-%2.sqlite</translation>
        </message>
        <message>
            <source>Save a copy of the database</source>
            <translation>Сохранить копию базы данных</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Сохранение копии</translation>
        </message>
        <message>
            <source>«%1» is the open database itself. Choose another name for the copy.</source>
            <translation>«%1» — это сама открытая база. Выберите для копии другое имя.</translation>
        </message>
        <message>
            <source>«%1» already exists. Replace it with the copy?</source>
            <translation>Файл «%1» уже существует. Заменить его копией?</translation>
        </message>
        <message>
            <source>A copy was saved to «%1».</source>
            <translation>Копия сохранена в «%1».</translation>
        </message>
        <message>
            <source>No database is open.</source>
            <translation>База данных не открыта.</translation>
        </message>
        <message>
            <source>Data file: %1&lt;br&gt;Backup copies: %2</source>
            <translation>Файл данных: %1&lt;br&gt;Резервные копии: %2</translation>
        </message>
        <message>
            <source>Runs the mentorship programme of a school, a municipal education department or a civil-service HR department: the bases of mentors and mentees, pairs and groups, individual plans, orders and documents, deadlines and monitoring, under the provision the organisation works under.</source>
            <translation>Ведение программы наставничества в школе, муниципальном органе управления образованием или кадровой службе государственного органа: базы наставников и наставляемых, пары и группы, индивидуальные планы, приказы и документы, сроки и мониторинг — по положению, которое действует в организации.</translation>
        </message>
        <message>
            <source>Built with Qt %1. The data is one SQLite file on this computer; nothing is sent anywhere.</source>
            <translation>Собрано с Qt %1. Данные — один файл SQLite на этом компьютере; никуда не передаются.</translation>
        </message>
        <message>
            <source>About Nastavnik</source>
            <translation>О программе «Наставник»</translation>
        </message>
    </context>
    <context>
        <name>nastavnik::ui::OrganizationEditor</name>
        <message>
            <source>School (target model, 002)</source>
            <translation>Школа (целевая модель, 002)</translation>
        </message>
        <message>
            <source>Municipal education department (004)</source>
            <translation>Муниципальный орган управления образованием (004)</translation>
        </message>
        <message>
            <source>Civil service (000, Decree № 1296)</source>
            <translation>Государственная гражданская служба (000, постановление № 1296)</translation>
        </message>
        <message>
            <source>Management personnel reserve (001)</source>
            <translation>Резерв управленческих кадров (001)</translation>
        </message>
        <message>
            <source>The organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>as in the charter: Municipal general education institution «…»</source>
            <translation>как в уставе: Муниципальное общеобразовательное учреждение «…»</translation>
        </message>
        <message>
            <source>e.g. МОУ «Ялунинская СОШ»</source>
            <translation>например, МОУ «Ялунинская СОШ»</translation>
        </message>
        <message>
            <source>town or village, for the heading of orders</source>
            <translation>город или село — для реквизитов приказов</translation>
        </message>
        <message>
            <source>Full &amp;name:</source>
            <translation>Полное &amp;наименование:</translation>
        </message>
        <message>
            <source>&amp;Short name:</source>
            <translation>&amp;Краткое наименование:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>Населённый &amp;пункт:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Адрес:</translation>
        </message>
        <message>
            <source>Signatories</source>
            <translation>Подписи</translation>
        </message>
        <message>
            <source>Director</source>
            <translation>Директор</translation>
        </message>
        <message>
            <source>&amp;Head:</source>
            <translation>&amp;Руководитель:</translation>
        </message>
        <message>
            <source>Head's &amp;position:</source>
            <translation>&amp;Должность руководителя:</translation>
        </message>
        <message>
            <source>&amp;Curator of the programme:</source>
            <translation>&amp;Куратор программы:</translation>
        </message>
        <message>
            <source>The head and the curator are chosen from the base of participants: add them there first.</source>
            <translation>Руководитель и куратор выбираются из базы участников: сначала добавьте их туда.</translation>
        </message>
        <message>
            <source>Mentoring programme</source>
            <translation>Программа наставничества</translation>
        </message>
        <message>
            <source>P&amp;rovision profile:</source>
            <translation>П&amp;оложение:</translation>
        </message>
        <message>
            <source>The provision the organisation works under: its rules are checked for every pair and person.</source>
            <translation>Положение о наставничестве, по которому работает организация: его правила проверяются для каждой пары и каждого участника.</translation>
        </message>
        <message>
            <source>Order journal &amp;index:</source>
            <translation>&amp;Индекс журнала приказов:</translation>
        </message>
        <message>
            <source>Added to the numbers of orders: with «о», order 12 is numbered «12-о».</source>
            <translation>Добавляется к номерам приказов: с индексом «о» приказ № 12 получит номер «12-о».</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>«%1» (own profile)</source>
            <translation>«%1» (собственное положение)</translation>
        </message>
        <message>
            <source>No database is open.</source>
            <translation>База данных не открыта.</translation>
        </message>
        <message>
            <source>The full name of the organisation is empty: documents print it in their heading.</source>
            <translation>Не указано полное наименование организации: оно печатается в шапке документов.</translation>
        </message>
        <message>
            <source>Head: «%1» was not chosen from the list.</source>
            <translation>Руководитель: «%1» не выбран из списка.</translation>
        </message>
        <message>
            <source>Curator: «%1» was not chosen from the list.</source>
            <translation>Куратор: «%1» не выбран из списка.</translation>
        </message>
    </context>
    <context>
        <name>nastavnik::ui::PeopleSection</name>
        <message>
            <source>Without personal data consent</source>
            <translation>Без согласия на обработку ПДн</translation>
        </message>
        <message>
            <source>Show the archive</source>
            <translation>Показывать архив</translation>
        </message>
        <message>
            <source>&amp;Add a participant</source>
            <translation>&amp;Добавить участника</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Участники</translation>
        </message>
        <message>
            <source>The bases of mentors and mentees: employees, pupils, students, parents and external mentors.</source>
            <translation>Базы наставников и наставляемых: сотрудники, обучающиеся, студенты, родители и внешние наставники.</translation>
        </message>
        <message>
            <source>Search by surname, name, patronymic or position</source>
            <translation>Поиск по фамилии, имени, отчеству или должности</translation>
        </message>
        <message>
            <source>A new participant (Ctrl+N)</source>
            <translation>Новый участник (Ctrl+N)</translation>
        </message>
        <message>
            <source>Open the participant's card (Enter or double-click)</source>
            <translation>Открыть карточку участника (Enter или двойной щелчок)</translation>
        </message>
        <message>
            <source>Delete the participant (Del)</source>
            <translation>Удалить участника (Del)</translation>
        </message>
        <message>
            <source>All participants</source>
            <translation>Все участники</translation>
        </message>
        <message>
            <source>Mentors</source>
            <translation>Наставники</translation>
        </message>
        <message>
            <source>Mentees</source>
            <translation>Наставляемые</translation>
        </message>
        <message>
            <source>Leading a pair now</source>
            <translation>Ведут пару сейчас</translation>
        </message>
        <message>
            <source>Mentees in a pair now</source>
            <translation>Наставляемые в паре сейчас</translation>
        </message>
        <message>
            <source>Mentors: in the base of mentors or leading a pair that has not ended. Mentees: in the base of mentees or in such a pair.</source>
            <translation>Наставники — в базе наставников или ведут незавершённую пару. Наставляемые — в базе наставляемых или состоят в такой паре.</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Все категории</translation>
        </message>
        <message>
            <source>Staff and external</source>
            <translation>Штатные и внешние</translation>
        </message>
        <message>
            <source>Staff only</source>
            <translation>Только штатные</translation>
        </message>
        <message>
            <source>External only</source>
            <translation>Только внешние</translation>
        </message>
        <message>
            <source>People without a valid consent to the processing of personal data: none, withdrawn, or signed by a minor instead of a parent.</source>
            <translation>Участники без действующего согласия на обработку персональных данных: согласия нет, оно отозвано или его подписал несовершеннолетний вместо родителя.</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Показать:</translation>
        </message>
        <message>
            <source>The base of participants is empty.

Add the first participant with «Add a participant» (Ctrl+N),
or import a staff or pupil list from CSV/XLSX (File menu).</source>
            <translation>База участников пока пуста.

Добавьте первого участника кнопкой «Добавить участника» (Ctrl+N)
или импортируйте список сотрудников или обучающихся из CSV/XLSX (меню «Файл»).</translation>
        </message>
        <message>
            <source>Showing %1 of %2</source>
            <translation>Показано %1 из %2</translation>
        </message>
        <message>
            <source>Delete a participant</source>
            <translation>Удаление участника</translation>
        </message>
        <message>
            <source>The participant cannot be deleted</source>
            <translation>Участника нельзя удалить</translation>
        </message>
        <message>
            <source>Archive a participant</source>
            <translation>Перенос участника в архив</translation>
        </message>
        <message>
            <source>Delete «%1» from the base of participants, with their documents and consents? This cannot be undone.</source>
            <translation>Удалить «%1» из базы участников вместе с документами и согласиями? Отменить удаление будет нельзя.</translation>
        </message>
        <message>
            <source>«%1» is already in the archive and cannot be deleted: the records refer to them (%2).</source>
            <translation>«%1» уже в архиве, и удалить этого участника нельзя: на него ссылаются записи (%2).</translation>
        </message>
    </context>
    <context>
        <name>nastavnik::ui::PersonChooser</name>
        <message>
            <source>Type a surname to choose…</source>
            <translation>Начните вводить фамилию…</translation>
        </message>
        <message>
            <source>(deleted person %1)</source>
            <translation>(удалённый участник %1)</translation>
        </message>
        <message>
            <source>%1 (archived)</source>
            <translation>%1 (в архиве)</translation>
        </message>
        <message>
            <source>Nobody found: check the spelling, or add the person first</source>
            <translation>Никто не найден: проверьте написание или сначала добавьте человека в базу</translation>
        </message>
    </context>
    <context>
        <name>nastavnik::ui::PersonEditor</name>
        <message>
            <source>not known</source>
            <translation>не указан</translation>
        </message>
        <message>
            <source>Main</source>
            <translation>Основное</translation>
        </message>
        <message>
            <source>Mentoring</source>
            <translation>Наставничество</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Документы</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Согласия</translation>
        </message>
        <message>
            <source>Anything the curator should remember about the person</source>
            <translation>Всё, что куратору стоит помнить об участнике</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>&amp;Surname:</source>
            <translation>&amp;Фамилия:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Имя:</translation>
        </message>
        <message>
            <source>&amp;Patronymic:</source>
            <translation>&amp;Отчество:</translation>
        </message>
        <message>
            <source>&amp;Birth date:</source>
            <translation>&amp;Дата рождения:</translation>
        </message>
        <message>
            <source>by the patronymic</source>
            <translation>по отчеству</translation>
        </message>
        <message>
            <source>male</source>
            <translation>мужской</translation>
        </message>
        <message>
            <source>female</source>
            <translation>женский</translation>
        </message>
        <message>
            <source>Used to decline the name in documents. Leave «by the patronymic» unless the patronymic is missing or unusual.</source>
            <translation>Нужен, чтобы склонять ФИО в документах. Оставьте «по отчеству», если отчество есть и обычное.</translation>
        </message>
        <message>
            <source>&amp;Gender:</source>
            <translation>&amp;Пол:</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Категория:</translation>
        </message>
        <message>
            <source>External participant (does not work in the organisation)</source>
            <translation>Внешний участник (не работает в организации)</translation>
        </message>
        <message>
            <source>e.g. teacher of mathematics; for a pupil, the class: 7 «Б»</source>
            <translation>например, учитель математики; для обучающегося — класс: 7 «Б»</translation>
        </message>
        <message>
            <source>P&amp;osition:</source>
            <translation>Дол&amp;жность:</translation>
        </message>
        <message>
            <source>department, methodical association, school</source>
            <translation>отдел, методическое объединение, школа</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>Подр&amp;азделение:</translation>
        </message>
        <message>
            <source>Direct s&amp;upervisor:</source>
            <translation>Непосредственный &amp;руководитель:</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>&amp;Телефон:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>Эл. по&amp;чта:</translation>
        </message>
        <message>
            <source>In the archive: kept for the history, not offered for new pairs</source>
            <translation>В архиве: сведения сохраняются для истории, в новые пары не предлагается</translation>
        </message>
        <message>
            <source>Bases of participants</source>
            <translation>Базы участников</translation>
        </message>
        <message>
            <source>In the base of mentors</source>
            <translation>В базе наставников</translation>
        </message>
        <message>
            <source>In the base of mentees</source>
            <translation>В базе наставляемых</translation>
        </message>
        <message>
            <source>Experience, years</source>
            <translation>Стаж, лет</translation>
        </message>
        <message>
            <source>Pedagogical:</source>
            <translation>Педагогический:</translation>
        </message>
        <message>
            <source>Managerial:</source>
            <translation>Управленческий:</translation>
        </message>
        <message>
            <source>Methodical:</source>
            <translation>Методический:</translation>
        </message>
        <message>
            <source>Has a disciplinary sanction</source>
            <translation>Имеет дисциплинарное взыскание</translation>
        </message>
        <message>
            <source>What the mentor offers (competencies)</source>
            <translation>Компетенции наставника</translation>
        </message>
        <message>
            <source>e.g. preparation for the state exams, classroom management</source>
            <translation>например, подготовка к ОГЭ и ЕГЭ, управление классом</translation>
        </message>
        <message>
            <source>Mentee categories</source>
            <translation>Категории наставляемого</translation>
        </message>
        <message>
            <source>The mentee's request («запрос»)</source>
            <translation>Запрос наставляемого</translation>
        </message>
        <message>
            <source>What the mentee wants to achieve with a mentor</source>
            <translation>Чего наставляемый хочет достичь с наставником</translation>
        </message>
        <message>
            <source>Status «Mentor», tutor and coach certificates, certificates an external mentor needs, the cooperation agreement and the supplementary agreement to the labour contract (Labour Code art. 351.8).</source>
            <translation>Статус «Ментор», сертификаты тьютора и коуча, справки, нужные внешнему наставнику, соглашение о сотрудничестве и дополнительное соглашение к трудовому договору (ст. 351.8 ТК РФ).</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Выдан</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Действует до</translation>
        </message>
        <message>
            <source>Add a document</source>
            <translation>Добавить документ</translation>
        </message>
        <message>
            <source>Remove the document</source>
            <translation>Удалить документ</translation>
        </message>
        <message>
            <source>Written consents: to the processing of personal data (for a minor, signed by a parent or legal representative), to publication, to act as a mentor. Leave «Signed by» empty when the participant signed it themselves.</source>
            <translation>Письменные согласия: на обработку персональных данных (за несовершеннолетнего подписывает родитель или законный представитель), на распространение, на осуществление наставничества. Если согласие подписал сам участник, оставьте поле «Подписал» пустым.</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Согласие</translation>
        </message>
        <message>
            <source>Signed by</source>
            <translation>Подписал</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Отозвано</translation>
        </message>
        <message>
            <source>Add a consent</source>
            <translation>Добавить согласие</translation>
        </message>
        <message>
            <source>Remove the consent</source>
            <translation>Удалить согласие</translation>
        </message>
        <message>
            <source>the participant</source>
            <translation>сам участник</translation>
        </message>
        <message>
            <source>New participant</source>
            <translation>Новый участник</translation>
        </message>
        <message>
            <source>Participant without a name</source>
            <translation>Участник без фамилии</translation>
        </message>
        <message numerus="yes">
            <source>%n year(s) old, a minor</source>
            <translation>
                <numerusform>%n год — несовершеннолетний участник</numerusform>
                <numerusform>%n года — несовершеннолетний участник</numerusform>
                <numerusform>%n лет — несовершеннолетний участник</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n year(s) old</source>
            <translation>
                <numerusform>%n год</numerusform>
                <numerusform>%n года</numerusform>
                <numerusform>%n лет</numerusform>
            </translation>
        </message>
        <message>
            <source>No database is open.</source>
            <translation>База данных не открыта.</translation>
        </message>
        <message>
            <source>Birth date: «%1» is not a date. Type it as dd.mm.yyyy, for example 05.06.2010, or leave it empty.</source>
            <translation>Дата рождения: «%1» — не дата. Введите её в виде дд.мм.гггг, например 05.06.2010, или оставьте поле пустым.</translation>
        </message>
        <message>
            <source>Direct supervisor: «%1» was not chosen from the list. Choose the person in the list that drops down, or clear the field.</source>
            <translation>Непосредственный руководитель: «%1» не выбран из списка. Выберите человека в раскрывающемся списке или очистите поле.</translation>
        </message>
        <message>
            <source>Documents, «%1»: «%2» is not a date (dd.mm.yyyy).</source>
            <translation>Документы, «%1»: «%2» — не дата (дд.мм.гггг).</translation>
        </message>
        <message>
            <source>Consents, «%1»: «%2» is not a date (dd.mm.yyyy).</source>
            <translation>Согласия, «%1»: «%2» — не дата (дд.мм.гггг).</translation>
        </message>
        <message>
            <source>Consents, «%1»: the signer «%2» was not chosen from the list.</source>
            <translation>Согласия, «%1»: подписавший «%2» не выбран из списка.</translation>
        </message>
        <message>
            <source>The participant was a minor on %1, so the consent to the processing of personal data must be signed by a parent or legal representative (002, item 4.17; 152-FZ art. 9). Choose the signer in «Consents».</source>
            <translation>На %1 участник был несовершеннолетним, поэтому согласие на обработку персональных данных должен подписать родитель или законный представитель (002, п. 4.17; ст. 9 152-ФЗ). Выберите подписавшего на вкладке «Согласия».</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
    </context>
    <context>
        <name>nastavnik::ui::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Interface</source>
            <translation>Интерфейс</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>As in the system</source>
            <translation>Как в системе</translation>
        </message>
        <message>
            <source>Interface &amp;language:</source>
            <translation>&amp;Язык интерфейса:</translation>
        </message>
        <message>
            <source>The new language is applied after Nastavnik is restarted. Documents are always in Russian.</source>
            <translation>Новый язык будет применён после перезапуска программы. Документы всегда формируются на русском языке.</translation>
        </message>
        <message>
            <source>Backup copies</source>
            <translation>Резервные копии</translation>
        </message>
        <message>
            <source>Daily copies to &amp;keep:</source>
            <translation>&amp;Хранить ежедневных копий:</translation>
        </message>
        <message>
            <source>Once a day, when a database is opened, a copy is written to the folder «&lt;name&gt;-backups» beside the file; older copies beyond this number are removed.</source>
            <translation>Раз в день при открытии базы её копия записывается в папку «&lt;имя&gt;-backups» рядом с файлом; более старые копии сверх этого числа удаляются.</translation>
        </message>
    </context>
    <context>
        <name>nastavnik::ui::Workspace</name>
        <message>
            <source>«%1» already exists, and a new database is only created as a new file. Choose another name, or open that file with File → Open.</source>
            <translation>Файл «%1» уже существует, а новая база создаётся только в новом файле. Выберите другое имя или откройте этот файл через «Файл → Открыть».</translation>
        </message>
        <message>
            <source>The database was opened, but today's backup copy could not be written: %1</source>
            <translation>База открыта, но сегодняшнюю резервную копию записать не удалось: %1</translation>
        </message>
    </context>
</TS>
