"""What ``check``, ``lessons`` and the menu say about a broken lesson file (``FILE:LINE: message``).

The loader and the checker keep a problem as a key of this table and its values
(:mod:`autograd_tui.lessons.problem`); it is put into words when shown. The English forms are
the messages lesson authors and tests have always seen. Names from the file format (``steps``,
``check``, ``tr``) stay as written in the file, in quotes, so that an author can find them.
Values that come from Python or the YAML library (a syntax error, an exception) stay as those
say them.

``problem.at_*`` entries are places that other messages name (``{what}``, ``{where}``).
"""
MESSAGES: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ places in a lesson file
    "problem.at_lesson": {"en": "lesson", "tr": "ders"},
    "problem.at_credits": {"en": "credits", "tr": "'credits' bölümü"},
    "problem.at_step_number": {"en": "step {n}", "tr": "{n}. adım"},
    "problem.at_step": {"en": "{kind} step '{id}'", "tr": "{kind} adımı '{id}'"},
    "problem.at_field": {"en": "{what} {key}", "tr": "{what}, '{key}' alanı"},
    "problem.at_item": {"en": "{what} {key}[{n}]", "tr": "{what}, '{key}' listesinin {n}. öğesi"},
    "problem.at_mistake": {"en": "{where} mistake {n}", "tr": "{where}, {n}. hata"},
    "problem.at_mistake_id": {"en": "{where} mistake {n} '{id}'", "tr": "{where}, {n}. hata '{id}'"},
    "problem.at_choice": {"en": "{where} choice {n}", "tr": "{where}, {n}. seçenek"},
    "problem.at_setup": {"en": "setup", "tr": "'setup' kodu"},
    "problem.at_setting_up": {"en": "setting up", "tr": "hazırlık"},
    "problem.at_step_id": {"en": "step '{id}'", "tr": "'{id}' adımı"},
    "problem.lang_tr": {"en": "Turkish", "tr": "Türkçe"},
    "problem.lang_en": {"en": "English", "tr": "İngilizce"},
    "problem.kind_list": {"en": "a list", "tr": "bir liste"},
    "problem.kind_value": {"en": "a {type}", "tr": "'{type}' türünde bir değer"},

    # ------------------------------------------------------------------ reading the file
    "problem.not_regular_file": {"en": "not a regular file (a folder, a FIFO or a device)",
                                 "tr": "sıradan bir dosya değil (bir klasör, FIFO ya da aygıt)"},
    "problem.file_too_large_size": {"en": "file is too large ({size} bytes; the limit is {limit})",
                                    "tr": "dosya çok büyük ({size} bayt; sınır {limit})"},
    "problem.file_too_large": {"en": "file is too large (the limit is {limit} bytes)",
                               "tr": "dosya çok büyük (sınır {limit} bayt)"},
    "problem.cannot_read_file": {"en": "cannot read file: {error}", "tr": "dosya okunamıyor: {error}"},
    "problem.binary_file": {"en": "not a text file (binary data)", "tr": "metin dosyası değil (ikili veri)"},
    "problem.bad_utf8": {"en": "not valid UTF-8 text (bad byte at offset {offset})",
                         "tr": "geçerli bir UTF-8 metni değil (hatalı bayt, konum {offset})"},
    "problem.file_empty": {"en": "file is empty", "tr": "dosya boş"},
    "problem.file_empty_no_document": {"en": "file is empty (no YAML document)",
                                       "tr": "dosya boş (YAML belgesi yok)"},
    "problem.invalid_yaml": {"en": "invalid YAML: {detail}", "tr": "geçersiz YAML: {detail}"},
    "problem.yaml_unknown": {"en": "invalid YAML", "tr": "geçersiz YAML"},
    "problem.yaml_nesting": {"en": "nesting too deep", "tr": "iç içe yapı çok derin"},
    "problem.yaml_alias": {"en": "YAML aliases (*name) are not allowed in lesson files",
                           "tr": "ders dosyalarında YAML takma adlarına (*ad) izin verilmez"},
    "problem.yaml_too_many_values": {
        "en": "more than {n} values; a lesson file is far smaller (split it)",
        "tr": "{n} değerden fazla; bir ders dosyası bundan çok daha küçüktür (dosyayı böl)"},
    "problem.yaml_too_deep": {"en": "nesting deeper than {n} levels", "tr": "iç içe yapı {n} düzeyden derin"},
    "problem.yaml_control_character": {"en": "invalid YAML: control character U+{code} is not allowed",
                                       "tr": "geçersiz YAML: U+{code} denetim karakterine izin verilmez"},
    "problem.yaml_second_document": {
        "en": "a lesson file holds one YAML document, but a second one starts here",
        "tr": "bir ders dosyası tek bir YAML belgesi içerir, ama burada ikincisi başlıyor"},
    "problem.yaml_while": {"en": "{context}, {problem}", "tr": "{context} bir sorun çıktı: {problem}"},
    "problem.yaml_in_simple_key": {"en": "while scanning a simple key", "tr": "bir anahtar okunurken"},
    "problem.yaml_in_quoted": {"en": "while scanning a quoted scalar", "tr": "tırnak içindeki bir değer okunurken"},
    "problem.yaml_in_double_quoted": {"en": "while scanning a double-quoted scalar",
                                      "tr": "çift tırnak içindeki bir değer okunurken"},
    "problem.yaml_in_plain": {"en": "while scanning a plain scalar", "tr": "tırnaksız bir değer okunurken"},
    "problem.yaml_in_block_scalar": {"en": "while scanning a block scalar",
                                     "tr": "bir blok metni (| ya da >) okunurken"},
    "problem.yaml_in_next_token": {"en": "while scanning for the next token", "tr": "sonraki öğe aranırken"},
    "problem.yaml_in_block_mapping": {"en": "while parsing a block mapping",
                                      "tr": "girintili bir eşleme (anahtar: değer) okunurken"},
    "problem.yaml_in_block_collection": {"en": "while parsing a block collection",
                                         "tr": "girintili bir liste (- öğe) okunurken"},
    "problem.yaml_in_flow_mapping": {"en": "while parsing a flow mapping",
                                     "tr": "süslü parantezli bir eşleme okunurken"},
    "problem.yaml_in_flow_sequence": {"en": "while parsing a flow sequence",
                                      "tr": "köşeli parantezli bir liste okunurken"},
    "problem.yaml_in_node": {"en": "while parsing a node", "tr": "bir değer okunurken"},
    "problem.yaml_in_block_node": {"en": "while parsing a block node", "tr": "girintili bir değer okunurken"},
    "problem.yaml_in_flow_node": {"en": "while parsing a flow node", "tr": "satır içi bir değer okunurken"},
    "problem.yaml_no_colon": {"en": "could not find expected ':'", "tr": "beklenen ':' bulunamadı"},
    "problem.yaml_no_mapping_here": {"en": "mapping values are not allowed here",
                                     "tr": "burada bir eşleme değerine (anahtar: değer) izin verilmez"},
    "problem.yaml_no_sequence_here": {"en": "sequence entries are not allowed here",
                                      "tr": "burada bir liste öğesine (- öğe) izin verilmez"},
    "problem.yaml_bad_character": {"en": "found character {char} that cannot start any token",
                                   "tr": "hiçbir YAML öğesinin başlayamayacağı {char} karakteri bulundu"},
    "problem.yaml_end_of_file": {"en": "found unexpected end of stream",
                                 "tr": "dosya beklenmedik bir yerde bitti"},
    "problem.yaml_bad_escape": {"en": "found unknown escape character {char}",
                                "tr": "bilinmeyen kaçış karakteri {char} bulundu"},
    "problem.yaml_expected_block_end": {"en": "expected <block end>, but found {found}",
                                        "tr": "girintili bloğun sonu bekleniyordu, ama {found} bulundu"},
    "problem.yaml_expected_comma": {"en": "expected ',' or '{close}', but got {found}",
                                    "tr": "',' ya da '{close}' bekleniyordu, ama {found} geldi"},
    "problem.yaml_expected_content": {"en": "expected the node content, but found {found}",
                                      "tr": "bir değer bekleniyordu, ama {found} bulundu"},
    "problem.yaml_in_anchor": {"en": "while scanning an anchor", "tr": "bir çapa (&ad) okunurken"},
    "problem.yaml_in_alias": {"en": "while scanning an alias", "tr": "bir takma ad (*ad) okunurken"},
    "problem.yaml_in_tag": {"en": "while parsing a tag", "tr": "bir etiket (!etiket) okunurken"},
    "problem.yaml_scanning_tag": {"en": "while scanning a tag", "tr": "bir etiket (!etiket) okunurken"},
    "problem.yaml_no_key_here": {"en": "mapping keys are not allowed here",
                                 "tr": "burada bir eşleme anahtarına (? anahtar) izin verilmez"},
    "problem.yaml_document_separator": {"en": "found unexpected document separator",
                                        "tr": "beklenmedik bir belge ayracı (--- ya da ...) bulundu"},
    "problem.yaml_expected_name": {"en": "expected alphabetic or numeric character, but found {found}",
                                   "tr": "bir harf ya da rakam bekleniyordu, ama {found} bulundu"},
    "problem.yaml_expected_hex": {"en": "expected escape sequence of {n} hexadecimal numbers, but found {found}",
                                  "tr": "{n} onaltılık rakamlı bir kaçış dizisi bekleniyordu, ama {found} bulundu"},
    "problem.yaml_indicator_zero": {"en": "expected indentation indicator in the range 1-9, but found 0",
                                    "tr": "1 ile 9 arasında bir girinti göstergesi bekleniyordu, ama 0 bulundu"},
    "problem.yaml_expected_indicator": {
        "en": "expected chomping or indentation indicators, but found {found}",
        "tr": "| ya da > işaretinden sonra +, - ya da bir girinti rakamı bekleniyordu, ama {found} bulundu"},
    "problem.yaml_expected_line_end": {"en": "expected a comment or a line break, but found {found}",
                                       "tr": "bir yorum ya da satır sonu bekleniyordu, ama {found} bulundu"},
    "problem.yaml_expected_char": {"en": "expected '{close}', but found {found}",
                                   "tr": "'{close}' bekleniyordu, ama {found} bulundu"},
    "problem.yaml_undefined_tag_handle": {"en": "found undefined tag handle {found}",
                                          "tr": "tanımsız etiket öneki {found} bulundu"},
    # what the library found, in its own token names (English keeps them as it prints them)
    "problem.yaml_token_stream_end": {"en": "'<stream end>'", "tr": "dosyanın sonu"},
    "problem.yaml_token_stream_start": {"en": "'<stream start>'", "tr": "dosyanın başı"},
    "problem.yaml_token_document_start": {"en": "'<document start>'", "tr": "bir belge başlangıcı (---)"},
    "problem.yaml_token_document_end": {"en": "'<document end>'", "tr": "bir belge sonu (...)"},
    "problem.yaml_token_directive": {"en": "'<directive>'", "tr": "bir yönerge (%)"},
    "problem.yaml_token_block_sequence": {"en": "'<block sequence start>'",
                                          "tr": "girintili bir listenin başı (- öğe)"},
    "problem.yaml_token_block_mapping": {"en": "'<block mapping start>'",
                                         "tr": "girintili bir eşlemenin başı (anahtar: değer)"},
    "problem.yaml_token_block_end": {"en": "'<block end>'", "tr": "girintili bloğun sonu"},
    "problem.yaml_token_alias": {"en": "'<alias>'", "tr": "bir takma ad (*ad)"},
    "problem.yaml_token_anchor": {"en": "'<anchor>'", "tr": "bir çapa (&ad)"},
    "problem.yaml_token_tag": {"en": "'<tag>'", "tr": "bir etiket (!etiket)"},
    "problem.yaml_token_scalar": {"en": "'<scalar>'", "tr": "bir değer"},
    "problem.yaml_token_line_end": {"en": "'\\n'", "tr": "satır sonu ('\\n')"},
    "problem.yaml_token_tab": {"en": "'\\t'", "tr": "sekme ('\\t')"},
    "problem.invalid_yaml_why": {"en": "invalid YAML: {detail}. {why}", "tr": "geçersiz YAML: {detail}. {why}"},
    "problem.yaml_why_block_indent": {
        "en": "Line {line} is indented less than the other lines of '{header}' (line {start}), so YAML ended that "
              "block above it and read line {line} as a new key, which needs a ':'. Indent it like the lines "
              "before it ({n} spaces).",
        "tr": "{line}. satır, '{header}' bloğunun ({start}. satır) diğer satırlarından daha az girintili; bu yüzden "
              "YAML bloğu onun üstünde bitirdi ve {line}. satırı ':' gerektiren yeni bir anahtar olarak okudu. "
              "Onu önceki satırlar gibi girintile ({n} boşluk)."},
    "problem.yaml_why_no_colon": {
        "en": "YAML read line {line} as a new key (name: value), but it has no ':'. If it continues the text "
              "above it, indent it like that text.",
        "tr": "YAML {line}. satırı yeni bir anahtar (ad: değer) olarak okudu, ama satırda ':' yok. Üstündeki "
              "metnin devamıysa onu o metin gibi girintile."},
    "problem.yaml_why_tab": {
        "en": "Line {line} has a tab in column {col}: YAML indents with spaces only. Replace the tab with "
              "spaces (most editors can insert spaces when Tab is pressed).",
        "tr": "{line}. satırın {col}. sütununda bir sekme (Tab) var: YAML yalnızca boşlukla girintilenir. "
              "Sekmeyi boşluklarla değiştir (çoğu düzenleyici Tab'a basınca boşluk koyabilir)."},
    "problem.yaml_why_mapping_column": {
        "en": "Line {line} starts in column {found}, in line with no key above it: the keys of the mapping that "
              "begins on line {start} start in column {col}. The keys of one mapping start in the same column.",
        "tr": "{line}. satır {found}. sütunda başlıyor ve üstündeki hiçbir anahtarla hizalı değil: {start}. "
              "satırda başlayan eşlemenin anahtarları {col}. sütunda başlıyor. Bir eşlemenin anahtarları aynı "
              "sütunda başlar."},
    "problem.yaml_why_at_dash": {
        "en": "Line {line} starts in column {found}, where the list that begins on line {start} has its '-': "
              "a line there must start a new item with '- '. A key of an item lines up after its '-', in "
              "column {key_col}.",
        "tr": "{line}. satır {found}. sütunda, yani {start}. satırda başlayan listenin '-' işaretlerinin "
              "sütununda başlıyor: orada bir satır '- ' ile yeni bir öğe başlatmalı. Bir öğenin anahtarı, "
              "'-' işaretinin ardından {key_col}. sütunda hizalanır."},
    "problem.yaml_why_list_column": {
        "en": "Line {line} starts in column {found}, in line with nothing above it: in the list that begins on "
              "line {start} each item's '-' is in column {col}, and an item's keys in column {key_col}.",
        "tr": "{line}. satır {found}. sütunda başlıyor ve üstündeki hiçbir şeyle hizalı değil: {start}. "
              "satırda başlayan listede her öğenin '-' işareti {col}. sütunda, bir öğenin anahtarları da "
              "{key_col}. sütunda."},
    "problem.yaml_tag": {
        "en": "the YAML tag '{tag}' is not allowed in lesson files (lessons are plain data)",
        "tr": "ders dosyalarında '{tag}' YAML etiketine izin verilmez (dersler düz veridir)"},
    "problem.yaml_key_not_plain": {"en": "mapping keys must be plain names",
                                   "tr": "eşleme anahtarları düz adlar olmalı"},
    "problem.duplicate_key": {"en": "duplicate key '{key}'", "tr": "'{key}' anahtarı ikinci kez yazılmış"},
    "problem.yaml_scalar_tag": {"en": "a single value cannot have the YAML tag '!!{kind}'",
                                "tr": "tek bir değer '!!{kind}' YAML etiketini taşıyamaz"},
    "problem.nested_too_deeply": {"en": "lesson structure is nested too deeply",
                                  "tr": "dersin yapısı çok derin iç içe geçmiş"},
    "problem.cannot_read_lesson": {"en": "cannot read this lesson: {error}", "tr": "bu ders okunamıyor: {error}"},

    # ------------------------------------------------------------------ the format: fields and values
    "problem.unknown_field": {"en": "unknown field '{key}' in {what}{hint}",
                              "tr": "{what} içinde bilinmeyen alan: '{key}'{hint}"},
    "problem.did_you_mean": {"en": " (did you mean '{name}'?)", "tr": " (yoksa '{name}' alanını mı kastettin?)"},
    "problem.missing_field": {"en": "{what}: missing required field '{key}'",
                              "tr": "{what}: zorunlu '{key}' alanı eksik"},
    "problem.missing_text_field": {"en": "{what}: missing required field '{key}' (with tr and en)",
                                   "tr": "{what}: zorunlu '{key}' alanı eksik (tr ve en metinleriyle)"},
    "problem.not_a_string": {"en": "{what}: '{key}' must be a string",
                             "tr": "{what}: '{key}' bir metin (string) olmalı"},
    "problem.not_a_string_quote": {"en": "{what}: '{key}' must be a string (put it in quotes)",
                                   "tr": "{what}: '{key}' bir metin (string) olmalı (tırnak içine al)"},
    "problem.field_empty": {"en": "{what}: '{key}' is empty", "tr": "{what}: '{key}' alanı boş"},
    "problem.not_an_integer": {"en": "{what}: '{key}' must be an integer",
                               "tr": "{what}: '{key}' bir tam sayı olmalı"},
    "problem.bad_id": {
        "en": "{what}: '{key}' {value} must be lowercase letters, digits, '-' or '_'",
        "tr": "{what}: '{key}' değeri {value} yalnızca küçük harf (a-z), rakam, '-' ya da '_' içermeli"},
    "problem.text_not_mapping": {"en": "{what}: must be a mapping with 'tr' and 'en' texts",
                                 "tr": "{what}: 'tr' ve 'en' metinlerini içeren bir eşleme (mapping) olmalı"},
    "problem.unknown_language": {"en": "{what}: unknown language '{lang}' (expected 'tr' and 'en')",
                                 "tr": "{what}: bilinmeyen dil '{lang}' ('tr' ve 'en' beklenir)"},
    "problem.text_missing": {"en": "{what}: missing {name} text ('{lang}')",
                             "tr": "{what}: {name} metin ('{lang}') eksik"},
    "problem.text_empty": {"en": "{what}: {name} text ('{lang}') is empty",
                           "tr": "{what}: {name} metin ('{lang}') boş"},
    "problem.not_a_list": {"en": "{what}: '{key}' must be a list", "tr": "{what}: '{key}' bir liste olmalı"},
    "problem.too_few_items": {"en": "{what}: '{key}' needs at least {n} item(s)",
                              "tr": "{what}: '{key}' en az {n} öğe içermeli"},
    "problem.not_python": {"en": "{what}: '{key}' is not valid Python: {error}",
                           "tr": "{what}: '{key}' geçerli bir Python kodu değil: {error}"},
    "problem.cannot_compile": {"en": "{what}: '{key}' cannot be compiled: {error}",
                               "tr": "{what}: '{key}' derlenemiyor: {error}"},
    "problem.bad_regex_field": {"en": "{what}: '{key}' is not a valid regular expression: {error}",
                                "tr": "{what}: '{key}' geçerli bir düzenli ifade (regex) değil: {error}"},

    # ------------------------------------------------------------------ the format: lesson and steps
    "problem.file_not_mapping": {
        "en": "a lesson file must be a mapping (id, title, steps…), not {kind}",
        "tr": "bir ders dosyası {kind} değil, bir eşleme (id, title, steps…) olmalı"},
    "problem.steps_not_list": {"en": "{what}: 'steps' must be a list of steps",
                               "tr": "{what}: 'steps' bir adım listesi olmalı"},
    "problem.duplicate_step_id": {"en": "duplicate step id '{id}' (first used on line {line})",
                                  "tr": "'{id}' adım kimliği ikinci kez kullanılmış (ilk kez {line}. satırda)"},
    "problem.credits_not_mapping": {"en": "{what}: 'credits' must be a mapping with a 'source'",
                                    "tr": "{what}: 'credits', 'source' alanı olan bir eşleme (mapping) olmalı"},
    "problem.step_not_mapping": {"en": "{where}: a step must be a mapping with 'id' and 'kind'",
                                 "tr": "{where}: bir adım, 'id' ve 'kind' alanları olan bir eşleme (mapping) olmalı"},
    "problem.unknown_kind": {"en": "{where}: unknown kind '{kind}' (expected one of {kinds})",
                             "tr": "{where}: bilinmeyen adım türü '{kind}' (beklenenler: {kinds})"},
    "problem.ignore_item_not_string": {
        "en": "{where}: ignore_output_lines[{n}] must be a string",
        "tr": "{where}: 'ignore_output_lines' listesinin {n}. öğesi bir metin (string) olmalı"},
    "problem.bad_regex": {"en": "{where}: bad regular expression {pattern}: {error}",
                          "tr": "{where}: hatalı düzenli ifade (regex) {pattern}: {error}"},
    "problem.raises_not_class": {
        "en": "{where}: 'raises' must be an exception class name like RuntimeError",
        "tr": "{where}: 'raises', RuntimeError gibi bir istisna (exception) sınıfının adı olmalı"},
    "problem.output_unknown_language": {
        "en": "{where} output: unknown language '{lang}' (expected 'tr' and 'en')",
        "tr": "{where}, 'output' alanı: bilinmeyen dil '{lang}' ('tr' ve 'en' beklenir)"},
    "problem.output_missing_language": {"en": "{where} output: missing the '{lang}' output",
                                        "tr": "{where}, 'output' alanı: '{lang}' çıktısı eksik"},
    "problem.output_not_string": {"en": "{where} output: '{lang}' must be a string",
                                  "tr": "{where}, 'output' alanı: '{lang}' bir metin (string) olmalı"},
    "problem.derivative_has_check": {"en": "{where}: a derivative task has no 'check'",
                                     "tr": "{where}: türev görevinde 'check' alanı olmaz"},
    "problem.duplicate_mistake_id": {"en": "{where}: duplicate mistake id '{id}'",
                                     "tr": "{where}: '{id}' hata kimliği ikinci kez kullanılmış"},
    "problem.mistake_not_mapping": {
        "en": "{where}: must be a mapping with id, message, example and a condition",
        "tr": "{where}: id, message, example ve bir koşul içeren bir eşleme (mapping) olmalı"},
    "problem.mistake_no_condition": {
        "en": "{where}: needs at least one condition: 'when', 'error' or 'source'",
        "tr": "{where}: en az bir koşul gerekli: 'when', 'error' ya da 'source'"},
    "problem.about_not_names": {
        "en": "{where}: 'about' must be a list of names such as b, model.fc, z.backward or *.backward",
        "tr": "{where}: 'about', b, model.fc, z.backward ya da *.backward gibi adlardan oluşan bir liste olmalı"},
    "problem.unknown_style": {"en": "{where}: unknown style '{style}' (expected choice or predict)",
                              "tr": "{where}: bilinmeyen soru biçimi '{style}' (choice ya da predict beklenir)"},
    "problem.quiz_too_few_choices": {"en": "{where}: a quiz needs at least 2 choices",
                                     "tr": "{where}: bir soruda en az 2 seçenek olmalı"},
    "problem.duplicate_choice_id": {"en": "{where}: duplicate choice id '{id}'",
                                    "tr": "{where}: '{id}' seçenek kimliği ikinci kez kullanılmış"},
    "problem.answer_not_a_choice": {"en": "{where}: answer '{answer}' is not one of the choices ({ids})",
                                    "tr": "{where}: '{answer}' cevabı seçeneklerden biri değil ({ids})"},
    "problem.choice_not_mapping": {"en": "{where}: must be a mapping with 'id' and 'text' or 'code'",
                                   "tr": "{where}: 'id' ile 'text' ya da 'code' içeren bir eşleme (mapping) olmalı"},
    "problem.choice_text_or_code": {"en": "{where}: give exactly one of 'text' (tr/en) or 'code'",
                                    "tr": "{where}: 'text' (tr/en) ve 'code' alanlarından yalnızca birini ver"},
    "problem.derivative_not_mapping": {
        "en": "{where}: 'derivative' must be a mapping with 'function' and 'wrt'",
        "tr": "{where}: 'derivative', 'function' ve 'wrt' alanları olan bir eşleme (mapping) olmalı"},
    "problem.derivative_unknown_field": {
        "en": "{where}: unknown field '{key}' in derivative (expected function, wrt, domain)",
        "tr": "{where}: 'derivative' içinde bilinmeyen alan: '{key}' (function, wrt, domain beklenir)"},
    "problem.derivative_needs_function": {"en": "{where}: derivative needs 'function', a Python expression",
                                          "tr": "{where}: 'derivative' için 'function' gerekli (bir Python ifadesi)"},
    "problem.derivative_bad_function": {
        "en": "{where}: derivative 'function' is not a valid expression: {error}",
        "tr": "{where}: 'derivative' içindeki 'function' geçerli bir ifade değil: {error}"},
    "problem.derivative_needs_wrt": {"en": "{where}: derivative needs 'wrt', the name of a variable",
                                     "tr": "{where}: 'derivative' için 'wrt' gerekli (bir değişkenin adı)"},
    "problem.derivative_wrt_unused": {"en": "{where}: derivative 'wrt' ({wrt}) does not appear in the function",
                                      "tr": "{where}: 'derivative' içindeki 'wrt' ({wrt}) fonksiyonda geçmiyor"},
    "problem.derivative_domain_not_mapping": {
        "en": "{where}: derivative 'domain' must map variables to [from, to]",
        "tr": "{where}: 'derivative' içindeki 'domain', değişkenleri [başlangıç, bitiş] aralıklarına eşlemeli"},
    "problem.derivative_bad_domain": {
        "en": "{where}: derivative domain of '{name}' must be [from, to] with from < to",
        "tr": "{where}: 'derivative' içinde '{name}' için 'domain' aralığı, başlangıç < bitiş olacak biçimde "
              "[başlangıç, bitiş] olmalı"},

    # ------------------------------------------------------------------ across files
    "problem.lesson_id_taken": {"en": "lesson id '{id}' is already used by another lesson; skipped",
                                "tr": "'{id}' ders kimliğini başka bir ders zaten kullanıyor; atlandı"},
    "problem.folder_is_the_course": {
        "en": "{n} lesson files here have the ids of the built-in lessons, which are already loaded (this "
              "folder looks like the built-in course itself); they were skipped. Keep lessons of your own in a "
              "folder of your own and give it with --lessons DIR.",
        "tr": "Buradaki {n} ders dosyası, zaten yüklenmiş olan yerleşik derslerin kimliklerini taşıyor (bu "
              "klasör yerleşik kursun kendisi gibi görünüyor); atlandılar. Kendi derslerini kendine ait bir "
              "klasörde tut ve onu --lessons KLASÖR ile ver."},
    "problem.lesson_id_changed": {
        "en": "the lesson id changed from '{old}' to '{new}' since the list was read; choose it again",
        "tr": "liste okunduğundan beri ders kimliği '{old}' iken '{new}' oldu; dersi yeniden seç"},
    "problem.not_a_lesson_folder": {"en": "not a folder of lessons (skipped)",
                                    "tr": "bir ders klasörü değil (atlandı)"},
    "problem.lesson_id_also_in": {"en": "lesson id '{id}' is also used by {other}",
                                  "tr": "'{id}' ders kimliği {other} dosyasında da kullanılıyor"},
    "problem.lesson_id_shipped": {
        "en": "lesson id '{id}' is already used by a shipped lesson ({file}); the menu would skip this file",
        "tr": "'{id}' ders kimliğini yerleşik bir ders ({file}) zaten kullanıyor; menü bu dosyayı atlardı"},
    "problem.no_recap": {"en": "lesson '{id}' has no recap (shown when it ends)",
                         "tr": "'{id}' dersinin özeti (recap) yok (ders bitince gösterilir)"},
    "problem.no_recap_unnamed": {"en": "the lesson has no recap (shown when it ends)",
                                 "tr": "dersin özeti (recap) yok (ders bitince gösterilir)"},

    # ------------------------------------------------------------------ running the lesson
    "problem.check_setup_failed": {"en": "check_setup failed: {error}", "tr": "check_setup hata verdi: {error}"},
    "problem.setup_failed": {"en": "setup failed: {error}", "tr": "setup hata verdi: {error}"},
    "problem.output_differs": {"en": "step '{id}': output differs from the recorded output: {what}",
                               "tr": "'{id}' adımı: çıktı, kaydedilen çıktıdan farklı: {what}"},
    "problem.output_differs_turkish": {
        "en": "step '{id}': output in Turkish differs from the recorded output: {what}",
        "tr": "'{id}' adımı: Türkçe çıktı, kaydedilen çıktıdan farklı: {what}"},
    # why: an author who left `output:` empty needs the next step, not only the verdict
    "problem.output_not_recorded": {
        "en": "no output was recorded (record it from real PyTorch with tools/record_lessons.py;"
              " see docs/authoring.md, \"Recording outputs\")",
        "tr": "hiç çıktı kaydedilmemiş (gerçek PyTorch ile tools/record_lessons.py kaydeder;"
              " bkz. docs/authoring.md, \"Recording outputs\")"},
    "problem.output_extra_line": {"en": "output line {n}: got an extra line {got}",
                                  "tr": "çıktının {n}. satırı: fazladan bir satır geldi: {got}"},
    "problem.output_line_missing": {"en": "output line {n}: expected {expected}, got nothing more",
                                    "tr": "çıktının {n}. satırı: {expected} bekleniyordu, başka bir şey gelmedi"},
    "problem.output_line_differs": {"en": "output line {n}: expected {expected}, got {got}",
                                    "tr": "çıktının {n}. satırı: {expected} bekleniyordu, {got} geldi"},
    "problem.output_final_newline": {"en": "the outputs differ only in the final newline",
                                     "tr": "çıktılar yalnızca sondaki satır sonu karakterinde farklı"},
    "problem.output_whitespace": {"en": "the outputs differ in whitespace",
                                  "tr": "çıktılar boşluk karakterlerinde farklı"},
    "problem.raises_no_error": {"en": "step '{id}': expected {exception}, but the code ran without error",
                                "tr": "'{id}' adımı: {exception} bekleniyordu, ama kod hatasız çalıştı"},
    "problem.raises_other": {"en": "step '{id}': expected {exception}, got {got}",
                             "tr": "'{id}' adımı: {exception} bekleniyordu, gelen: {got}"},
    "problem.code_failed": {"en": "step '{id}': code failed: {error}", "tr": "'{id}' adımı: kod hata verdi: {error}"},
    "problem.after_unread_step": {
        "en": "{error} (step {n} above could not be read, so it never ran: does it define this name?)",
        "tr": "{error} (yukarıdaki {n}. adım okunamadığı için hiç çalışmadı: bu adı o mu tanımlıyor?)"},
    "problem.check_passes_already": {
        "en": "task '{id}': the check already passes before the learner does anything",
        "tr": "'{id}' görevi: kontrol (check), öğrenci daha hiçbir şey yapmadan geçiyor"},
    "problem.solution_failed": {"en": "task '{id}': solution failed: {error}",
                                "tr": "'{id}' görevi: çözüm hata verdi: {error}"},
    "problem.solution_fails_check": {"en": "task '{id}': the solution does not pass the check{why}",
                                     "tr": "'{id}' görevi: çözüm kontrolü (check) geçmiyor{why}"},
    "problem.mistake_example_passes": {
        "en": "task '{id}': the example of mistake '{mistake}' passes the check",
        "tr": "'{id}' görevi: '{mistake}' hatasının örneği kontrolü (check) geçiyor"},
    "problem.mistake_example_not_caught": {
        "en": "task '{id}': the example of mistake '{mistake}' does not trigger it{failed}",
        "tr": "'{id}' görevi: '{mistake}' hatasının örneği bu hatayı tetiklemiyor{failed}"},
    "problem.example_code_failed": {"en": " (its code failed: {error})", "tr": " (örneğin kodu hata verdi: {error})"},
    "problem.mistake_example_caught_by_other": {
        "en": "task '{id}': the example of mistake '{mistake}' is caught first by mistake '{other}'",
        "tr": "'{id}' görevi: '{mistake}' hatasının örneğini önce '{other}' hatası yakalıyor"},
    "problem.mistake_example_off_topic": {
        "en": "task '{id}': the example of mistake '{mistake}' does not touch what the mistake is about "
              "({watched}); give 'about'",
        "tr": "'{id}' görevi: '{mistake}' hatasının örneği, hatanın ilgilendiği adlara ({watched}) "
              "dokunmuyor; 'about' alanını ver"},
    "problem.predict_answer_not_code": {
        "en": "quiz '{id}': the answer of a predict quiz must be a 'code' choice",
        "tr": "'{id}' sorusu: çıktı tahmini (predict) sorusunun cevabı bir 'code' seçeneği olmalı"},
    "problem.predict_answer_not_output": {"en": "quiz '{id}': the answer's code is not the recorded output",
                                          "tr": "'{id}' sorusu: cevabın kodu kaydedilen çıktıyla aynı değil"},
    "problem.predict_wrong_choice_is_output": {"en": "quiz '{id}': wrong choice '{choice}' equals the output",
                                               "tr": "'{id}' sorusu: yanlış seçenek '{choice}' çıktının aynısı"},
    "problem.quiz_code_failed": {"en": "quiz '{id}': code failed: {error}",
                                 "tr": "'{id}' sorusu: kod hata verdi: {error}"},

    # ------------------------------------------------------------------ the check's own process
    "problem.step_too_long": {"en": "{what}: ran longer than {seconds} seconds and was stopped",
                              "tr": "{what}: {seconds} saniyeden uzun sürdü ve durduruldu"},
    "problem.lesson_too_long": {"en": "{what}: the lesson ran longer than {seconds} seconds and was stopped",
                                "tr": "{what}: ders {seconds} saniyeden uzun sürdü ve durduruldu"},
    "problem.closed_pipe": {"en": "{what}: closed the checker's pipe and was stopped",
                            "tr": "{what}: kontrol aracıyla bağlantısını (pipe) kapattı ve durduruldu"},
    "problem.forked": {"en": "{what}: started another process (os.fork) and was stopped",
                       "tr": "{what}: başka bir süreç başlattı (os.fork) ve durduruldu"},
    "problem.check_killed": {"en": "{what}: the check process was killed by {signal}",
                             "tr": "{what}: kontrol süreci {signal} sinyaliyle sonlandırıldı"},
    "problem.check_cut_off": {
        "en": "{what}: the lesson's code cut the check process off from the checker (its pipe was closed)",
        "tr": "{what}: dersin kodu, kontrol sürecinin kontrol aracıyla bağlantısını kesti (pipe kapatıldı)"},
    "problem.check_ended": {"en": "{what}: the lesson's code ended the check process (exit status {status})",
                            "tr": "{what}: dersin kodu kontrol sürecini sonlandırdı (çıkış kodu {status})"},
    "problem.check_stopped": {"en": "{what}: the check stopped: {error}", "tr": "{what}: kontrol durdu: {error}"},
}
