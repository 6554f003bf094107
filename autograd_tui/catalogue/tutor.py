"""The app, progress and the lesson menu."""
MESSAGES: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ app
    "app.internal_error": {
        "en": "Something went wrong inside autograd-tui (not in your code). Your progress is "
              "saved and the session goes on. Details were written to {path}.",
        "tr": "autograd-tui'nin içinde bir şeyler ters gitti (senin kodunda değil). İlerlemen "
              "kaydedildi ve oturum sürüyor. Ayrıntılar {path} dosyasına yazıldı.",
    },
    "app.fatal_error": {
        "en": "autograd-tui hit an internal error and has to stop. Your progress is saved. "
              "Details were written to {path}.",
        "tr": "autograd-tui bir iç hatayla karşılaştı ve durmak zorunda. İlerlemen kaydedildi. "
              "Ayrıntılar {path} dosyasına yazıldı.",
    },
    "app.internal_error_unlogged": {
        "en": "Something went wrong inside autograd-tui (not in your code). Your progress is "
              "saved and the session goes on. The details could not be written to errors.log.",
        "tr": "autograd-tui'nin içinde bir şeyler ters gitti (senin kodunda değil). İlerlemen "
              "kaydedildi ve oturum sürüyor. Ayrıntılar errors.log dosyasına yazılamadı.",
    },
    "app.fatal_error_unlogged": {
        "en": "autograd-tui hit an internal error and has to stop. Your progress is saved. "
              "The details could not be written to errors.log.",
        "tr": "autograd-tui bir iç hatayla karşılaştı ve durmak zorunda. İlerlemen kaydedildi. "
              "Ayrıntılar errors.log dosyasına yazılamadı.",
    },
    "app.bye": {
        "en": "Progress saved. See you soon!",
        "tr": "İlerlemen kaydedildi. Görüşmek üzere!",
    },
    "app.bye_unsaved": {
        "en": "Bye! Your progress in this session could not be saved (see the warning above).",
        "tr": "Görüşmek üzere! Bu oturumdaki ilerlemen kaydedilemedi (yukarıdaki uyarıya bak).",
    },
    "app.bye_sandbox": {
        "en": "Bye!",
        "tr": "Görüşmek üzere!",
    },
    "app.unknown_lesson": {
        "en": "There is no lesson with the id “{id}”. Available lessons: {ids}",
        "tr": "“{id}” kimlikli bir ders yok. Mevcut dersler: {ids}",
    },
    "app.no_lessons": {
        "en": "No lessons were found.",
        "tr": "Hiç ders bulunamadı.",
    },
    "app.lessons_unavailable": {
        "en": "The lessons could not be loaded ({error}). The sandbox still works: autograd-tui repl",
        "tr": "Dersler yüklenemedi ({error}). Deneme alanı yine de çalışıyor: autograd-tui repl",
    },
    "app.broken_lesson": {
        "en": "Skipped a lesson file that has problems: {problem}",
        "tr": "Sorunlu bir ders dosyası atlandı: {problem}",
    },
    "app.external_lessons": {
        "en": "Lessons loaded from {dir}. Their code runs on your computer: use only folders you trust.",
        "tr": "Dersler {dir} klasöründen yüklendi. Kodları bilgisayarında çalışır: yalnızca "
              "güvendiğin klasörleri kullan.",
    },
    "app.external_none_broken": {
        "en": "No lessons were loaded from {dir}: every lesson file there has a problem "
              "(named above).",
        "tr": "{dir} klasöründen hiç ders yüklenmedi: oradaki her ders dosyasında bir sorun var "
              "(yukarıda yazıyor).",
    },
    "app.external_none_empty": {
        "en": "No lessons were loaded from {dir}: it holds no lesson files (.yaml or .yml).",
        "tr": "{dir} klasöründen hiç ders yüklenmedi: içinde ders dosyası (.yaml ya da .yml) yok.",
    },
    "app.external_none_missing": {
        "en": "No lessons were loaded from {dir}: there is no such folder.",
        "tr": "{dir} klasöründen hiç ders yüklenmedi: böyle bir klasör yok.",
    },
    "app.backend_unavailable": {
        "en": "Real PyTorch was requested with --backend torch but it is not installed here. "
              "Leave out --backend to use the built-in engine.",
        "tr": "--backend torch ile gerçek PyTorch istendi ama burada kurulu değil. Yerleşik "
              "motoru kullanmak için --backend seçeneğini kaldır.",
    },
    "app.extension_failed": {
        "en": "An add-on ({module}) could not be loaded and is switched off: {error}",
        "tr": "Bir eklenti ({module}) yüklenemedi ve devre dışı bırakıldı: {error}",
    },
    # ------------------------------------------------------------------ progress
    "progress.corrupt": {
        "en": "Your progress file was damaged, so it was moved aside to {path}. Everything that "
              "could still be read was kept.",
        "tr": "İlerleme dosyan bozulmuştu, bu yüzden {path} olarak kenara alındı. Hâlâ "
              "okunabilen her şey korundu.",
    },
    "progress.unwritable": {
        "en": "Progress cannot be saved: {path} is not writable ({error}). You can keep "
              "learning, but this session will not be remembered.",
        "tr": "İlerleme kaydedilemiyor: {path} yazılabilir değil ({error}). Öğrenmeye devam "
              "edebilirsin ama bu oturum hatırlanmayacak.",
    },
    # ------------------------------------------------------------------ menu
    "menu.welcome_title": {
        "en": "Welcome to autograd-tui",
        "tr": "autograd-tui'ye hoş geldin",
    },
    "menu.welcome_body": {
        "en": "Learn how PyTorch computes gradients by typing real PyTorch code. Every lesson "
              "runs right here in the terminal, offline.",
        "tr": "PyTorch'un gradyanları nasıl hesapladığını gerçek PyTorch kodu yazarak öğren. "
              "Her ders burada, terminalde ve çevrimdışı çalışır.",
    },
    "menu.lessons_title": {
        "en": "Lessons",
        "tr": "Dersler",
    },
    "menu.col_number": {"en": "#", "tr": "#"},
    "menu.col_lesson": {"en": "Lesson", "tr": "Ders"},
    "menu.col_progress": {"en": "Progress", "tr": "İlerleme"},
    "menu.status_new": {"en": "not started", "tr": "başlanmadı"},
    "menu.status_step": {"en": "step {k} of {n}", "tr": "adım {k}/{n}"},
    "menu.status_done": {"en": "done", "tr": "tamamlandı"},
    "menu.resume_offer": {
        "en": "Continue “{title}” at step {k} of {n}? Press Enter, or choose a number.",
        "tr": "“{title}” dersine {k}/{n}. adımdan devam edilsin mi? Enter'a bas ya da bir "
              "numara seç.",
    },
    "menu.choose": {
        "en": "Type a lesson number and press Enter. Also: :repl (sandbox), :lang tr|en, "
              ":help, :quit.",
        "tr": "Bir ders numarası yazıp Enter'a bas. Ayrıca: :deneme (deneme alanı), :dil tr|en, "
              ":yardım, :çık.",
    },
    "menu.prompt": {"en": "lesson> ", "tr": "ders> "},
    "menu.code_not_choice": {
        "en": "That is code, and lesson> only opens lessons. :repl opens the sandbox, where ↑ brings your "
              "code back; or open a lesson by its number.",
        "tr": "Bu bir kod; ders> yalnızca ders açar. :deneme deneme alanını açar, orada ↑ kodunu geri "
              "getirir; ya da numarasıyla bir ders aç.",
    },
    "menu.invalid_choice": {
        "en": "There is no lesson “{choice}”. Type a number from 1 to {n}.",
        "tr": "“{choice}” diye bir ders yok. 1 ile {n} arasında bir numara yaz.",
    },
    "menu.only_here": {
        "en": ":{name} works inside a lesson. Choose a lesson first.",
        "tr": ":{name} bir dersin içinde çalışır. Önce bir ders seç.",
    },
    "menu.page": {
        "en": "Page {page} of {pages}: lessons {first}–{last} of {total}. :page shows the next one, "
              ":page N page N; any lesson's number or id opens it.",
        "tr": "Sayfa {page}/{pages}: {total} dersten {first}–{last} arası. :sayfa sonrakini, "
              ":sayfa N N. sayfayı gösterir; her dersin numarası ya da kimliği onu açar.",
    },
    "menu.page_one": {
        "en": "Page {page} of {pages}: lesson {first} of {total}. :page shows the next one, "
              ":page N page N; any lesson's number or id opens it.",
        "tr": "Sayfa {page}/{pages}: {total} dersten {first}. ders. :sayfa sonrakini, "
              ":sayfa N N. sayfayı gösterir; her dersin numarası ya da kimliği onu açar.",
    },
    "menu.page_short": {"en": "Page {page}/{pages} · :page, :page N", "tr": "Sayfa {page}/{pages} · :sayfa, :sayfa N"},
    "menu.choose_short": {"en": "Lesson number, then Enter. :help", "tr": "Ders numarası, sonra Enter. :yardım"},
    "menu.page_usage": {
        "en": "Type :page for the next page, or :page N with N from 1 to {pages}.",
        "tr": "Sonraki sayfa için :sayfa, ya da 1 ile {pages} arasında bir N ile :sayfa N yaz.",
    },
    "menu.broken_count": {
        "en": "{count} lesson file(s) could not be loaded and are not listed.",
        "tr": "{count} ders dosyası yüklenemedi ve listede yok.",
    },
}
