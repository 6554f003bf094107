"""One lesson step by step: the flow, quizzes, the prompt and its help."""
MESSAGES: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ lesson flow
    "lesson.header": {
        "en": "{title} · step {k}/{n}",
        "tr": "{title} · adım {k}/{n}",
    },
    "lesson.toolbar_keys": {
        "en": ":hint  :skip  :back  :help",
        "tr": ":ipucu  :atla  :geri  :yardım",
    },
    "lesson.kind_text": {"en": "Reading", "tr": "Okuma"},
    "lesson.kind_code": {"en": "Code", "tr": "Kod"},
    "lesson.kind_task": {"en": "Task", "tr": "Görev"},
    "lesson.kind_quiz": {"en": "Quiz", "tr": "Soru"},
    "lesson.text_continue": {
        "en": "Press Enter to continue (or try some code first).",
        "tr": "Devam etmek için Enter'a bas (istersen önce biraz kod dene).",
    },
    "lesson.code_run": {
        "en": "Press Enter to run this code, or type it yourself.",
        "tr": "Bu kodu çalıştırmak için Enter'a bas ya da kendin yaz.",
    },
    "lesson.code_ran": {
        "en": "Press Enter for the next step.",
        "tr": "Sonraki adım için Enter'a bas.",
    },
    "lesson.task_pass": {
        "en": "Well done, that is right!",
        "tr": "Aferin, doğru!",
    },
    "lesson.hint": {
        "en": "Hint {k}/{n}: ",
        "tr": "İpucu {k}/{n}: ",
    },
    "lesson.no_more_hints": {
        "en": "That was the last hint. :solution shows the solution, :skip runs it.",
        "tr": "Bu son ipucuydu. :çözüm çözümü gösterir, :atla onu çalıştırır.",
    },
    "lesson.no_hints": {
        "en": "This step has no hints.",
        "tr": "Bu adımın ipucu yok.",
    },
    "lesson.solution_title": {"en": "Solution", "tr": "Çözüm"},
    "lesson.solution_note": {
        "en": "Type it in, or :skip to run it and move on.",
        "tr": "Bunu yazabilirsin ya da :atla ile çalıştırıp geçebilirsin.",
    },
    "lesson.no_solution": {
        "en": "This step has no solution to show.",
        "tr": "Bu adımın gösterilecek bir çözümü yok.",
    },
    "lesson.skipped": {
        "en": "The solution ran; on to the next step.",
        "tr": "Çözüm çalıştırıldı; sonraki adıma geçiyoruz.",
    },
    "lesson.task_open": {
        "en": "This task is not solved yet. Try it, ask for a :hint, or :skip to see the solution.",
        "tr": "Bu görev henüz çözülmedi. Dene, :ipucu iste ya da çözümü görmek için :atla yaz.",
    },
    "lesson.quiz_open": {
        "en": "Answer the question first, or :skip to see the answer.",
        "tr": "Önce soruyu cevapla ya da cevabı görmek için :atla yaz.",
    },
    "lesson.first_step": {
        "en": "This is already the first step.",
        "tr": "Zaten ilk adımdasın.",
    },
    "lesson.finished_title": {
        "en": "Lesson complete",
        "tr": "Ders tamamlandı",
    },
    "lesson.finished": {
        "en": "You finished “{title}”.",
        "tr": "“{title}” dersini bitirdin.",
    },
    "lesson.next_offer": {
        "en": "Next: “{title}”. Press Enter to start it, or :menu for the list.",
        "tr": "Sıradaki: “{title}”. Başlamak için Enter'a bas ya da liste için :menü yaz.",
    },
    "lesson.finished_prompt": {
        "en": "You can keep experimenting here; your variables are still defined.",
        "tr": "Burada denemeye devam edebilirsin; değişkenlerin hâlâ tanımlı.",
    },
    "lesson.rebuilding": {
        "en": "Rebuilding the variables of the earlier steps…",
        "tr": "Önceki adımların değişkenleri yeniden oluşturuluyor…",
    },
    "lesson.resumed": {
        "en": "Welcome back! We continue at step {k} of {n}; the variables of the earlier "
              "steps were rebuilt.",
        "tr": "Tekrar hoş geldin! {k}/{n}. adımdan devam ediyoruz; önceki adımların "
              "değişkenleri yeniden oluşturuldu.",
    },
    "lesson.replay_failed": {
        "en": "Not every earlier step could be replayed ({error}). :retry replays them again and "
              "keeps your place; :reset starts the lesson over.",
        "tr": "Önceki adımların hepsi yeniden çalıştırılamadı ({error}). :tekrar onları yeniden "
              "çalıştırır ve kaldığın yeri korur; :sıfırla dersi baştan başlatır.",
    },
    "lesson.replay_interrupted": {
        "en": "the replay was interrupted, so the earlier steps were not rebuilt",
        "tr": "yeniden çalıştırma yarıda kesildi, önceki adımlar yeniden kurulmadı",
    },
    "lesson.reset_confirm": {
        "en": "Restart this lesson from step 1? Your progress in it will be lost.",
        "tr": "Bu dersi 1. adımdan yeniden başlatmak istiyor musun? Bu dersteki ilerlemen silinecek.",
    },
    "lesson.reset_confirm_done": {
        "en": "Restart this lesson from step 1? It will no longer count as done, and your "
              "progress and results in it will be lost.",
        "tr": "Bu dersi 1. adımdan yeniden başlatmak istiyor musun? Artık bitmiş sayılmayacak; "
              "bu dersteki ilerlemen ve sonuçların silinecek.",
    },
    "lesson.reset_cancelled": {
        "en": "Not restarted: you are where you were, with your variables unchanged.",
        "tr": "Yeniden başlatılmadı: kaldığın yerdesin, değişkenlerin olduğu gibi duruyor.",
    },
    "lesson.reset_done": {
        "en": "The lesson starts again from the beginning, with a fresh namespace.",
        "tr": "Ders, temiz bir ad alanıyla baştan başlıyor.",
    },
    "lesson.name_missing": {
        "en": "“{name}” is not defined any more. If you deleted or replaced a variable of the "
              "lesson, :retry brings back the variables this step began with; you stay where "
              "you are.",
        "tr": "“{name}” artık tanımlı değil. Dersin bir değişkenini sildiysen ya da "
              "değiştirdiysen :tekrar bu adımın başındaki değişkenleri geri getirir; kaldığın "
              "yerde kalırsın.",
    },
    "lesson.torch_rebound": {
        "en": "“torch” no longer refers to PyTorch. Write import torch again, or :retry to "
              "start this step again.",
        "tr": "“torch” artık PyTorch'u göstermiyor. import torch satırını yeniden yaz ya da "
              ":tekrar ile bu adıma yeniden başla.",
    },
    # ------------------------------------------------------------------ quiz
    "quiz.prompt": {
        "en": "Type the letter (or number) of your answer.",
        "tr": "Cevabının harfini (ya da numarasını) yaz.",
    },
    "quiz.answer_prompt": {"en": "answer> ", "tr": "cevap> "},
    "quiz.correct": {"en": "Correct!", "tr": "Doğru!"},
    "quiz.wrong": {
        "en": "Not this one. Try again, or :skip to see the answer.",
        "tr": "Bu değil. Bir daha dene ya da cevabı görmek için :atla yaz.",
    },
    "quiz.answer_was": {
        "en": "The answer is {choice}.",
        "tr": "Doğru cevap: {choice}.",
    },
    "quiz.invalid": {
        "en": "Please answer with one of: {letters}.",
        "tr": "Lütfen şunlardan biriyle cevap ver: {letters}.",
    },
    "quiz.code_not_answer": {
        "en": "That is code, not an answer: this prompt only takes a choice ({letters}), and nothing "
              "runs here. Answer first (or :skip); then ↑ at >>> brings your code back.",
        "tr": "Bu bir kod, cevap değil: bu istem yalnızca bir seçenek alır ({letters}) ve burada hiçbir "
              "şey çalışmaz. Önce cevap ver (ya da :atla); sonra >>> isteminde ↑ kodunu geri getirir.",
    },
    "quiz.output_not_answer": {
        "en": "That is one of the outputs shown: answer with the letter of the one you predict ({letters}).",
        "tr": "Bu, gösterilen çıktılardan biri: tahmin ettiğin çıktının harfiyle cevap ver ({letters}).",
    },
    "quiz.predict": {
        "en": "What will this code print?",
        "tr": "Bu kod ne yazdırır?",
    },
    "quiz.actual_output": {
        "en": "It prints:",
        "tr": "Çıktısı:",
    },
    # ------------------------------------------------------------------ repl
    "repl.banner": {
        "en": "autograd-tui sandbox: torch, nn, optim and F are ready. :help lists the "
              "commands, Ctrl-D leaves.",
        "tr": "autograd-tui deneme alanı: torch, nn, optim ve F hazır. :yardım komutları "
              "listeler, Ctrl-D ile çıkılır.",
    },
    # the keys first, then the title: fit_toolbar cuts the title on a narrow terminal, never the keys
    "repl.toolbar_keys": {"en": ":help · Ctrl-D leaves", "tr": ":yardım · Ctrl-D ile çık"},
    "repl.toolbar_title": {"en": "autograd-tui sandbox", "tr": "autograd-tui deneme alanı"},
    "repl.interrupted": {
        "en": "Stopped with Ctrl-C. Your session is still here.",
        "tr": "Ctrl-C ile durduruldu. Oturumun yerinde duruyor.",
    },
    "repl.builtins_restored": {
        "en": "Your code replaced or deleted Python's built-in {names}. The tutor needs the "
              "originals, so they were put back; give your own version another name.",
        "tr": "Kodun Python'un yerleşik {names} adını değiştirdi ya da sildi. Eğitmen "
              "özgün hâline ihtiyaç duyduğu için geri konuldu; kendi sürümüne başka bir ad ver.",
    },
    "repl.exit_repr": {
        "en": "Use :quit or Ctrl-D to leave (exit() works too).",
        "tr": "Çıkmak için :çık yaz ya da Ctrl-D'ye bas (exit() de çalışır).",
    },
    "repl.unknown_command": {
        "en": "Unknown command :{name}. :help lists the commands.",
        "tr": "Bilinmeyen komut :{name}. :yardım komutları listeler.",
    },
    "repl.did_you_mean": {
        "en": "Did you mean :{name}?",
        "tr": ":{name:mi} demek istedin?",
    },
    "repl.lesson_only": {
        "en": ":{name} works inside a lesson. Run autograd-tui and choose one.",
        "tr": ":{name} bir dersin içinde çalışır. autograd-tui'yi çalıştırıp bir ders seç.",
    },
    "repl.lang_usage": {
        "en": "Usage: :lang tr or :lang en",
        "tr": "Kullanım: :dil tr ya da :dil en",
    },
    "repl.lang_set": {
        "en": "Language: English.",
        "tr": "Dil: Türkçe.",
    },
    "repl.reset_confirm": {
        "en": "Clear every variable and start again with a fresh namespace?",
        "tr": "Bütün değişkenler silinip temiz bir ad alanıyla yeniden başlansın mı?",
    },
    "repl.reset_cancelled": {
        "en": "Not reset: your variables are unchanged.",
        "tr": "Sıfırlanmadı: değişkenlerin olduğu gibi duruyor.",
    },
    "repl.reset_done": {
        "en": "Fresh namespace: torch, nn, optim and F are ready again.",
        "tr": "Temiz ad alanı: torch, nn, optim ve F yeniden hazır.",
    },
    "repl.confirm_prompt": {"en": "[y/N] ", "tr": "[e/H] "},
    "repl.needs_arg": {
        "en": "Usage: :{name} {usage}",
        "tr": "Kullanım: :{name} {usage}",
    },
    "repl.command_failed": {
        "en": ":{name} failed: {error}",
        "tr": ":{name} başarısız oldu: {error}",
    },
    "repl.press_key": {
        "en": "Press Enter to continue…",
        "tr": "Devam etmek için Enter'a bas…",
    },
    # ------------------------------------------------------------------ help
    "help.title": {"en": "Commands", "tr": "Komutlar"},
    "help.keys": {
        "en": "Keys: Enter runs (inside a block an empty line ends it; Esc Enter runs at once). "
              "A block's lines indent themselves; spaces you type replace that indentation. "
              "Tab completes, ↑ recalls history, → accepts the grey suggestion. Ctrl-C stops "
              "running code or clears the line. Ctrl-D saves and leaves.",
        "tr": "Tuşlar: Enter çalıştırır (bir bloğun içinde boş satır bloğu bitirir; Esc Enter "
              "hemen çalıştırır). Bloğun satırları kendiliğinden girintilenir; kendi yazdığın "
              "boşluklar bu girintinin yerine geçer. Tab tamamlar, ↑ geçmişi getirir, → gri öneriyi kabul eder. "
              "Ctrl-C çalışan kodu durdurur ya da satırı temizler. Ctrl-D kaydedip çıkar.",
    },
    "cmd.next": {"en": "go to the next step", "tr": "sonraki adıma geç"},
    "cmd.back": {"en": "go back one step", "tr": "bir adım geri git"},
    "cmd.hint": {"en": "show the next hint", "tr": "sıradaki ipucunu göster"},
    "cmd.skip": {"en": "run and show the solution, then move on",
                 "tr": "çözümü çalıştırıp göster, sonra ilerle"},
    "cmd.solution": {"en": "show the solution without running it",
                     "tr": "çözümü çalıştırmadan göster"},
    "cmd.menu": {"en": "back to the lesson menu", "tr": "ders menüsüne dön"},
    "cmd.lang": {"en": "switch the language (tr or en)", "tr": "dili değiştir (tr ya da en)"},
    "cmd.reset": {"en": "start again with a fresh namespace, after asking (a lesson restarts "
                        "from step 1)",
                  "tr": "sorduktan sonra temiz bir ad alanıyla baştan başla (ders 1. adımdan "
                        "yeniden başlar)"},
    "cmd.help": {"en": "list the commands", "tr": "komutları listele"},
    "cmd.quit": {"en": "save and leave", "tr": "kaydet ve çık"},
    "cmd.lesson_only_mark": {"en": "(in lessons)", "tr": "(derslerde)"},
}
