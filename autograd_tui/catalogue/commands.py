"""Help and usage, command names, judging and retries, the end of a lesson, robustness."""
MESSAGES: dict[str, dict[str, str]] = {
    # --- help, usage, command names, drawings and plots ---
    "cli.description": {
        "en": "A terminal tutor for PyTorch autograd, in Turkish and English.",
        "tr": "PyTorch'un autograd'ını öğreten, Türkçe ve İngilizce bir terminal dersliği.",
    },
    "cli.usage": {"en": "usage:", "tr": "kullanım:"},
    "cli.positionals": {"en": "positional arguments", "tr": "konumsal argümanlar"},
    "cli.options": {"en": "options", "tr": "seçenekler"},
    "cli.help": {"en": "show this help message and exit", "tr": "bu yardımı gösterip çık"},
    "cli.version": {"en": "show the version number and exit", "tr": "sürüm numarasını gösterip çık"},
    "cli.error": {"en": "{prog}: error: {message}", "tr": "{prog}: hata: {message}"},
    "cli.opt_lang": {"en": "interface language (default: the saved choice, else from LANG)",
                     "tr": "arayüz dili (varsayılan: kaydedilen seçim, yoksa LANG'e göre)"},
    "cli.opt_backend": {"en": "run learner code on the embedded engine or on real PyTorch",
                        "tr": "öğrencinin kodunu yerleşik motorda ya da gerçek PyTorch'ta çalıştır"},
    "cli.opt_lessons": {"en": "also load the lessons in DIR", "tr": "KLASÖR içindeki dersleri de yükle"},
    "cli.opt_no_color": {"en": "plain output without colour", "tr": "renksiz, düz çıktı"},
    "cli.opt_json": {"en": "print a JSON list for tools", "tr": "araçlar için bir JSON listesi yazdır"},
    "cli.opt_auto": {"en": "play the whole lesson unattended",
                     "tr": "dersin tamamını gözetimsiz oynat"},
    "cli.opt_speed": {"en": "typing speed in characters per second",
                      "tr": "saniyedeki karakter sayısı olarak yazma hızı"},
    "cli.opt_format": {"en": "Markdown notes (md) or a Python script (py)",
                       "tr": "Markdown notları (md) ya da bir Python betiği (py)"},
    "cli.opt_output": {"en": "write to FILE instead of the screen",
                       "tr": "ekran yerine DOSYA'ya yaz"},
    "cli.cmd_lesson": {"en": "start or resume one lesson", "tr": "bir derse başla ya da kaldığın yerden sürdür"},
    "cli.cmd_repl": {"en": "a free sandbox with torch, nn, optim and F ready",
                     "tr": "torch, nn, optim ve F'nin hazır olduğu serbest bir deneme alanı"},
    "cli.cmd_run": {"en": "run a script with the embedded engine standing in for torch",
                    "tr": "bir betiği, torch yerine yerleşik motorla çalıştır"},
    "cli.cmd_lessons": {"en": "list the lessons with their progress",
                        "tr": "dersleri ilerlemeleriyle birlikte listele"},
    "cli.cmd_check": {"en": "validate lesson files", "tr": "ders dosyalarını doğrula"},
    "cli.cmd_demo": {"en": "instructor mode: play a lesson step by step",
                     "tr": "eğitmen kipi: bir dersi adım adım oynat"},
    "cli.cmd_export": {"en": "write a lesson out as Markdown notes or a Python script",
                       "tr": "bir dersi Markdown notları ya da Python betiği olarak dışa aktar"},
    "cli.metavar_command": {"en": "COMMAND", "tr": "KOMUT"},
    "cli.metavar_id": {"en": "ID", "tr": "DERS"},
    "cli.metavar_script": {"en": "FILE.py", "tr": "DOSYA.py"},
    "cli.metavar_args": {"en": "ARGS", "tr": "ARGÜMANLAR"},
    "cli.metavar_path": {"en": "PATH", "tr": "YOL"},
    "cli.metavar_dir": {"en": "DIR", "tr": "KLASÖR"},
    "cli.metavar_file": {"en": "FILE", "tr": "DOSYA"},
    "cli.metavar_speed": {"en": "SPEED", "tr": "HIZ"},
    "cli.err_argument": {"en": "argument {name}: {message}", "tr": "{name} argümanı: {message}"},
    "cli.err_invalid_choice": {"en": "invalid choice: {value} (choose from {choices})",
                               "tr": "geçersiz seçim: {value} (seçenekler: {choices})"},
    "cli.err_required": {"en": "the following arguments are required: {names}",
                         "tr": "şu argümanlar gerekli: {names}"},
    "cli.err_unrecognized": {"en": "unrecognized arguments: {args}", "tr": "tanınmayan argümanlar: {args}"},
    "cli.err_expected_one": {"en": "expected one argument", "tr": "bir değer bekleniyordu"},
    "cli.err_expected_at_most_one": {"en": "expected at most one argument",
                                     "tr": "en fazla bir değer bekleniyordu"},
    "cli.err_expected_at_least_one": {"en": "expected at least one argument",
                                      "tr": "en az bir değer bekleniyordu"},
    "cli.err_speed_range": {"en": "{value} is not a typing speed: give 0 (no typing) or between "
                                  "{low} and {high} characters per second",
                            "tr": "{value} bir yazma hızı değil: 0 (yazmadan) ya da saniyede "
                                  "{low} ile {high} arası karakter ver"},
    "cli.err_invalid_value": {"en": "invalid {type} value: {value}", "tr": "geçersiz {type} değeri: {value}"},
    "cli.err_ambiguous": {"en": "ambiguous option: {option} could match {matches}",
                          "tr": "belirsiz seçenek: {option}, şunlardan biri olabilir: {matches}"},
    "cli.did_you_mean": {"en": "Did you mean {name}?", "tr": "{name:mi} demek istedin?"},
    "viz.usage_expr": {"en": "EXPR", "tr": "İFADE"},
    "plot.usage_args": {"en": "EXPR [FROM TO]", "tr": "İFADE [BAŞLANGIÇ BİTİŞ]"},
    "viz.shape_field": {"en": "shape", "tr": "şekil"},
    "viz.value_field": {"en": "value", "tr": "değer"},
    "viz.unnamed_leaf": {"en": "leaf", "tr": "yaprak"},
    "viz.unnamed_tensor": {"en": "tensor", "tr": "tensör"},
    "viz.unnamed_values": {"en": "values", "tr": "değerler"},
    "app.interrupted": {"en": "Stopped with Ctrl-C.", "tr": "Ctrl-C ile durduruldu."},
    "app.choose_language": {"en": "Choose a language", "tr": "Bir dil seç"},
    "cli.type_float": {"en": "number", "tr": "sayı"},
    "cli.type_int": {"en": "whole number", "tr": "tam sayı"},
    "cli.arg_lesson_id": {"en": "the lesson's id or number (autograd-tui lessons lists them)",
                          "tr": "dersin kimliği ya da numarası (autograd-tui lessons listeler)"},
    "cli.arg_script": {"en": "the Python script to run", "tr": "çalıştırılacak Python betiği"},
    "cli.arg_script_args": {"en": "arguments passed on to the script",
                            "tr": "betiğe aynen aktarılan argümanlar"},
    "cli.arg_paths": {"en": "lesson files or folders (default: the shipped lessons)",
                      "tr": "ders dosyaları ya da klasörleri (varsayılan: gelen dersler)"},
    # --- judging, retry, quizzes, end of lesson ---
    "cmd.check": {"en": "check your answer to the task now",
                  "tr": "görevdeki cevabını şimdi kontrol et"},
    "cmd.retry": {"en": "start this step again, with the variables it began with",
                  "tr": "bu adıma, başındaki değişkenlerle yeniden başla"},
    "lesson.task_instructions_submit": {
        "en": "Write the code yourself; it is recognised as soon as it is right. :check asks "
              "for a verdict, :hint gives a hint, :retry starts the step again.",
        "tr": "Kodu kendin yaz; doğru olduğu anda anlaşılır. :kontrol değerlendirme ister, "
              ":ipucu ipucu verir, :tekrar adımı yeniden başlatır.",
    },
    "lesson.check_not_yet": {
        "en": "Not solved yet: change your code and run it again; it is recognised as soon as "
              "it is right.",
        "tr": "Henüz çözülmedi: kodunu değiştirip yeniden çalıştır; doğru olduğu anda anlaşılır.",
    },
    "lesson.check_not_yet_untyped": {
        "en": "Not solved yet: you have not run any code in this task. Write it at the >>> "
              "prompt and press Enter; it is recognised as soon as it is right.",
        "tr": "Henüz çözülmedi: bu görevde henüz hiç kod çalıştırmadın. Kodunu >>> isteminde "
              "yaz ve Enter'a bas; doğru olduğu anda anlaşılır.",
    },
    "lesson.check_then_first_hint": {"en": "A first hint:", "tr": "İlk ipucu:"},
    "lesson.check_then_hint": {"en": ":hint gives the next hint.",
                               "tr": ":ipucu sıradaki ipucunu verir."},
    "lesson.check_then_solution": {
        "en": ":solution shows a solution, :skip runs it and moves on.",
        "tr": ":çözüm bir çözüm gösterir, :atla onu çalıştırıp geçer.",
    },
    "lesson.check_changed": {
        "en": "This task was solved. With the variables as they are now its check fails "
              "(later steps or your own code changed them); it stays solved. :retry starts the "
              "step again with the variables it began with.",
        "tr": "Bu görev çözülmüştü. Değişkenlerin şimdiki hâliyle kontrolü geçmiyor (sonraki "
              "adımlar ya da kendi kodun onları değiştirdi); görev çözülmüş sayılmaya devam "
              "ediyor. :tekrar adımı başındaki değişkenlerle yeniden başlatır.",
    },
    "lesson.check_offer_hint": {
        "en": "Stuck? :hint gives the next hint.",
        "tr": "Takıldın mı? :ipucu sıradaki ipucunu verir.",
    },
    "lesson.check_nothing": {
        "en": "There is nothing to check here: :check is for tasks.",
        "tr": "Burada kontrol edilecek bir şey yok: :kontrol görevler içindir.",
    },
    "lesson.check_solved": {
        "en": "This task is solved. Press Enter for the next step.",
        "tr": "Bu görev çözüldü. Sonraki adım için Enter'a bas.",
    },
    "lesson.check_no_answer": {
        "en": "Type your derivative first; :check then looks at it.",
        "tr": "Önce türevini yaz; :kontrol sonra ona bakar.",
    },
    "lesson.code_rest": {
        "en": "Running the rest of the step's code (you ran the other lines yourself):",
        "tr": "Adımın kalan kodu çalışıyor (diğer satırları sen çalıştırdın):",
    },
    "lesson.retry_done": {
        "en": "This step starts again: the variables are as they were when it began. "
              "Your progress is kept.",
        "tr": "Bu adım yeniden başlıyor: değişkenler adımın başındaki hâline döndü. "
              "İlerlemen korunuyor.",
    },
    "lesson.code_step_failed": {
        "en": "This step's code stopped with the error above, so it did not do what the lesson shows; "
              "perhaps something typed before it changed a name it uses. :retry runs the step again "
              "with the variables it began with.",
        "tr": "Bu adımın kodu yukarıdaki hatayla durdu, yani dersin gösterdiğini yapmadı; belki ondan "
              "önce yazılan bir şey kullandığı bir adı değiştirdi. :tekrar adımı, başladığı "
              "değişkenlerle yeniden çalıştırır.",
    },
    "lesson.retry_finished": {
        "en": "The lesson is over; :back opens its last step again.",
        "tr": "Ders bitti; :geri son adımını yeniden açar.",
    },
    "lesson.recap_title": {"en": "Recap", "tr": "Özet"},
    "lesson.stats": {
        "en": "Tasks solved without hints: {alone} of {tasks} · hints used: {hints} · quizzes "
              "right on the first try: {first} of {quizzes}",
        "tr": "İpucusuz çözülen görev: {tasks} görevden {alone} · kullanılan ipucu: {hints} · "
              "ilk denemede doğru bilinen soru: {quizzes} sorudan {first}",
    },
    "lesson.course_progress": {
        "en": "Course: {done} of {total} lessons done  {bar}",
        "tr": "Kurs: {total} dersten {done} tanesi bitti  {bar}",
    },
    "lesson.course_left": {
        "en": "{n} lesson(s) of the course are not finished yet; :menu shows them.",
        "tr": "Kursta henüz bitmemiş {n} ders var; :menü onları gösterir.",
    },
    "lesson.course_done": {
        "en": "You have finished every lesson of the course. :menu shows the list, :quit leaves.",
        "tr": "Kursun bütün derslerini bitirdin. :menü listeyi gösterir, :çık çıkar.",
    },
    "lesson.toolbar_keys_end": {
        "en": "Enter: next lesson  :menu  :quit",
        "tr": "Enter: sonraki ders  :menü  :çık",
    },
    "lesson.toolbar_keys_last": {
        "en": ":menu  :quit",
        "tr": ":menü  :çık",
    },
    "menu.course_progress": {
        "en": "{done} of {total} lessons done  {bar}",
        "tr": "{total} dersten {done} tanesi bitti  {bar}",
    },
    "deriv.xor": {
        "en": "In Python ^ is XOR, not a power: write powers with ** (a**b is a to the "
              "power b).",
        "tr": "Python'da ^ üs değil, XOR işlemidir: üssü ** ile yaz (a**b, a üzeri b).",
    },
    "deriv.implicit_product": {
        "en": "Python needs * for every product: {typed} is not a multiplication there. Write the "
              "answer like {example}.",
        "tr": "Python'da her çarpım * ister: {typed} orada bir çarpma değil. Cevabı {example} gibi yaz.",
    },
    # --- robustness ---
    "progress.salvage_pending": {
        "en": "Your progress file is damaged and it cannot be rewritten now ({error}). What could "
              "still be read is used in this session; it will be written at the next save that "
              "succeeds.",
        "tr": "İlerleme dosyan bozuk ve şu anda yeniden yazılamıyor ({error}). Hâlâ okunabilenler "
              "bu oturumda kullanılıyor; başarılı olan ilk kayıtta yazılacak.",
    },
    "progress.corrupt_unmoved": {
        "en": "Your progress file {path} is damaged and could not be moved aside ({error}). It is "
              "left as it is; this session uses what could still be read from it.",
        "tr": "İlerleme dosyan {path} bozuk ve kenara alınamadı ({error}). Olduğu gibi bırakıldı; "
              "bu oturum ondan hâlâ okunabilenleri kullanıyor.",
    },
    # --- check's and export's own lines (a problem of a lesson file stays the author's FILE:LINE) ---
    "check.summary": {"en": "checked {files} ({runs} code runs on {engine}): {verdict}",
                      "tr": "{files} denetlendi ({engine} üzerinde {runs} kod çalıştı): {verdict}"},
    "check.file": {"en": "1 lesson file", "tr": "1 ders dosyası"},
    "check.files": {"en": "{n} lesson files", "tr": "{n} ders dosyası"},
    "check.engine_embedded": {"en": "the embedded engine", "tr": "yerleşik motor"},
    "check.engine_torch": {"en": "real PyTorch", "tr": "gerçek PyTorch"},
    "check.all_good": {"en": "all good", "tr": "hepsi sağlam"},
    "check.problem": {"en": "1 problem", "tr": "1 sorun"},
    "check.problems": {"en": "{n} problems", "tr": "{n} sorun"},
    "check.warning": {"en": "{warning} (warning)", "tr": "{warning} (uyarı)"},
    "check.no_such_file": {"en": "{name}:1: no such file", "tr": "{name}:1: böyle bir dosya yok"},
    "check.empty_folder": {"en": "{name}:1: no lesson files (*.yaml) in this folder",
                           "tr": "{name}:1: bu klasörde ders dosyası (*.yaml) yok"},
    "export.cannot_write": {"en": "autograd-tui: cannot write {path}: {reason}",
                            "tr": "autograd-tui: {path} yazılamadı: {reason}"},
}
