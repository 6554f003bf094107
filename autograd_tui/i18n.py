"""Every UI string in Turkish and English, and the explanations of known autograd errors.

Strings are plain text with ``str.format`` fields; the renderer decides style, so a lesson title
containing ``[`` can never be taken for rich markup. Add a key in both languages or
``tests/test_i18n.py`` fails. Other modules add their strings with :func:`add_messages`.

Kept free of imports beyond ``re`` and :mod:`settings` so that anything may use it cheaply.
"""
from __future__ import annotations

import re
from typing import Any, Mapping

from autograd_tui.settings import LANGS

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
        "tr": "Bir ders numarası yazıp Enter'a bas. Ayrıca: :repl (deneme alanı), :lang tr|en, "
              ":yardım, :çık.",
    },
    "menu.prompt": {"en": "lesson> ", "tr": "ders> "},
    "menu.invalid_choice": {
        "en": "There is no lesson “{choice}”. Type a number from 1 to {n}.",
        "tr": "“{choice}” diye bir ders yok. 1 ile {n} arasında bir numara yaz.",
    },
    "menu.only_here": {
        "en": ":{name} works inside a lesson. Choose a lesson first.",
        "tr": ":{name} bir dersin içinde çalışır. Önce bir ders seç.",
    },
    "menu.broken_count": {
        "en": "{count} lesson file(s) could not be loaded and are not listed.",
        "tr": "{count} ders dosyası yüklenemedi ve listede yok.",
    },
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
    "lesson.task_instructions": {
        "en": "Write the code yourself. :hint gives a hint, :skip shows and runs the solution.",
        "tr": "Kodu kendin yaz. :ipucu bir ipucu verir, :atla çözümü gösterip çalıştırır.",
    },
    "lesson.task_pass": {
        "en": "Well done, that is right!",
        "tr": "Aferin, doğru!",
    },
    "lesson.task_fail": {
        "en": "Not there yet. Keep going, or type :hint.",
        "tr": "Henüz olmadı. Devam et ya da :ipucu yaz.",
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
        "tr": "Sıradaki: “{title}”. Başlamak için Enter'a bas ya da liste için :menu yaz.",
    },
    "lesson.all_done": {
        "en": "That was the last lesson. :menu shows the list, :quit leaves.",
        "tr": "Bu son dersti. :menu listeyi gösterir, :çık çıkar.",
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
        "en": "Not every earlier step could be replayed ({error}). :reset starts the lesson again.",
        "tr": "Önceki adımların hepsi yeniden çalıştırılamadı ({error}). :reset dersi baştan başlatır.",
    },
    "lesson.reset_done": {
        "en": "The lesson starts again from the beginning, with a fresh namespace.",
        "tr": "Ders, temiz bir isim alanıyla baştan başlıyor.",
    },
    "lesson.name_missing": {
        "en": "“{name}” is not defined any more. If you deleted or replaced a variable of the "
              "lesson, :reset rebuilds everything.",
        "tr": "“{name}” artık tanımlı değil. Dersin bir değişkenini sildiysen ya da "
              "değiştirdiysen :reset her şeyi yeniden kurar.",
    },
    "lesson.torch_rebound": {
        "en": "“torch” no longer refers to PyTorch. Write import torch again, or :reset.",
        "tr": "“torch” artık PyTorch'u göstermiyor. import torch satırını yeniden yaz ya da :reset kullan.",
    },
    # ------------------------------------------------------------------ quiz
    "quiz.prompt": {
        "en": "Type the letter (or number) of your answer.",
        "tr": "Cevabının harfini (ya da numarasını) yaz.",
    },
    "quiz.answer_prompt": {"en": "answer> ", "tr": "cevap> "},
    "quiz.correct": {"en": "Correct!", "tr": "Doğru!"},
    "quiz.wrong": {
        "en": "Not quite. Have another go.",
        "tr": "Tam olarak değil. Bir daha dene.",
    },
    "quiz.wrong_final": {"en": "Not quite.", "tr": "Tam olarak değil."},
    "quiz.answer_was": {
        "en": "The answer is {choice}.",
        "tr": "Doğru cevap: {choice}.",
    },
    "quiz.invalid": {
        "en": "Please answer with one of: {letters}.",
        "tr": "Lütfen şunlardan biriyle cevap ver: {letters}.",
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
    "repl.toolbar": {
        "en": "autograd-tui sandbox · :help · Ctrl-D leaves",
        "tr": "autograd-tui deneme alanı · :yardım · Ctrl-D ile çık",
    },
    "repl.interrupted": {
        "en": "Stopped with Ctrl-C. Your session is still here.",
        "tr": "Ctrl-C ile durduruldu. Oturumun yerinde duruyor.",
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
        "tr": ":{name} mi demek istedin?",
    },
    "repl.lesson_only": {
        "en": ":{name} works inside a lesson. Run autograd-tui and choose one.",
        "tr": ":{name} bir dersin içinde çalışır. autograd-tui'yi çalıştırıp bir ders seç.",
    },
    "repl.lang_usage": {
        "en": "Usage: :lang tr or :lang en",
        "tr": "Kullanım: :lang tr ya da :lang en",
    },
    "repl.lang_set": {
        "en": "Language: English.",
        "tr": "Dil: Türkçe.",
    },
    "repl.reset_done": {
        "en": "Fresh namespace: torch, nn, optim and F are ready again.",
        "tr": "Temiz isim alanı: torch, nn, optim ve F yeniden hazır.",
    },
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
              "Tab completes, ↑ recalls history, → accepts the grey suggestion. Ctrl-C stops "
              "running code or clears the line. Ctrl-D saves and leaves.",
        "tr": "Tuşlar: Enter çalıştırır (bir bloğun içinde boş satır bloğu bitirir; Esc Enter "
              "hemen çalıştırır). Tab tamamlar, ↑ geçmişi getirir, → gri öneriyi kabul eder. "
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
    "cmd.reset": {"en": "start again with a fresh namespace",
                  "tr": "temiz bir isim alanıyla baştan başla"},
    "cmd.help": {"en": "list the commands", "tr": "komutları listele"},
    "cmd.quit": {"en": "save and leave", "tr": "kaydet ve çık"},
    "cmd.lesson_only_mark": {"en": "(in lessons)", "tr": "(derslerde)"},
    # ------------------------------------------------------------------ graph, backward, plots
    "cmd.graph": {"en": "draw the computation graph behind a tensor",
                  "tr": "bir tensörün arkasındaki hesaplama grafiğini çiz"},
    "cmd.backward": {"en": "walk the backward pass one node at a time",
                     "tr": "geri yayılımı düğüm düğüm adım adım izle"},
    "cmd.plot": {"en": "plot a function and its autograd derivative (:plot torch.sin(x) -3 3), "
                       "or a sequence such as a loss history",
                 "tr": "bir fonksiyonu ve autograd'ın bulduğu türevini çiz (:çiz torch.sin(x) -3 3) "
                       "ya da kayıp geçmişi gibi bir sayı dizisini çiz"},
    "viz.needs_expr": {
        "en": "Usage: :{name} EXPR, for example :{name} z",
        "tr": "Kullanım: :{name} İFADE, örneğin :{name} z",
    },
    "viz.eval_error": {
        "en": "Could not evaluate {expr}: {error}",
        "tr": "{expr} hesaplanamadı: {error}",
    },
    "graph.title": {"en": "Computation graph of {name}", "tr": "{name} için hesaplama grafiği"},
    "graph.legend": {
        "en": "Read it from the top: the result, the nodes that made it (grad_fn), down to the "
              "leaves (AccumulateGrad). backward() runs along it from top to bottom. (None, 0) is "
              "a constant or a tensor that needs no gradient; [k] ↑ points to a node drawn above.",
        "tr": "Yukarıdan aşağı oku: sonuç, onu üreten düğümler (grad_fn) ve en altta yaprak "
              "tensörler (AccumulateGrad). backward() bu grafikte yukarıdan aşağı ilerler. "
              "(None, 0) bir sabit ya da gradyan istemeyen bir tensördür; [k] ↑ yukarıda çizilmiş "
              "bir düğümü gösterir.",
    },
    "graph.not_tensor": {
        "en": "That is a {type}, not a tensor: there is no graph to draw.",
        "tr": "Bu bir tensör değil, bir {type}: çizilecek bir grafik yok.",
    },
    "graph.leaf": {
        "en": "{name} is a leaf tensor: it has no grad_fn, so there is no recorded operation "
              "behind it to draw. Use it in a computation (for example z = 6*{name}**2) and draw "
              "the result.",
        "tr": "{name} bir yaprak tensör: grad_fn'i yok, yani arkasında çizilecek kayıtlı bir "
              "işlem yok. Onu bir hesapta kullan (örneğin z = 6*{name}**2) ve sonucun hesaplama "
              "grafiğini çiz.",
    },
    "graph.no_grad": {
        "en": "{name} does not require grad, so autograd recorded no graph for it.",
        "tr": "{name} gradyan istemiyor, bu yüzden autograd onun için bir grafik kaydetmedi.",
    },
    "graph.more_nodes": {"en": "… {n} more nodes not drawn", "tr": "… {n} düğüm daha çizilmedi"},
    "graph.summary": {
        "en": "nodes: {nodes}, leaves: {leaves}, longest path: {depth} nodes",
        "tr": "düğüm sayısı: {nodes}, yaprak sayısı: {leaves}, en uzun yol: {depth} düğüm",
    },
    "graph.kinds": {"en": "node types: {kinds}", "tr": "düğüm türleri: {kinds}"},
    "graph.leaf_names": {"en": "leaves: {names}", "tr": "yapraklar: {names}"},
    "walk.header": {
        "en": "Backward pass from {name}: {n} nodes, one at a time, in the order the engine runs "
              "them (newest first).",
        "tr": "{name} tensöründen geri yayılım: {n} düğüm, motorun çalıştırdığı sırayla (en yeni "
              "düğüm önce), birer birer.",
    },
    "walk.title": {"en": "Backward pass of {name}", "tr": "{name} için geri yayılım"},
    "walk.start": {"en": "Starting gradient: {grad}", "tr": "Başlangıç gradyanı: {grad}"},
    "walk.start_ones": {
        "en": "{name} is not a scalar, so we start with ones, as the article does: gradient = {grad}",
        "tr": "{name} bir skaler değil, bu yüzden makaledeki gibi birlerle başlıyoruz: "
              "gradient = {grad}",
    },
    "walk.untouched": {
        "en": "Nothing is changed: every .grad stays as it is (only a real backward() fills them).",
        "tr": "Hiçbir şey değişmez: bütün .grad değerleri olduğu gibi kalır (onları yalnızca "
              "gerçek bir backward() doldurur).",
    },
    "walk.arriving": {"en": "arriving", "tr": "gelen gradyan"},
    "walk.local": {"en": "local derivative", "tr": "yerel türev"},
    "walk.leaving": {"en": "leaving", "tr": "giden gradyan"},
    "walk.summed": {
        "en": "(the sum of {n} incoming gradients)",
        "tr": "(gelen {n} gradyanın toplamı)",
    },
    "walk.leaf_note": {
        "en": "backward() would store this in {name}.grad",
        "tr": "backward() bunu {name}.grad içine yazardı",
    },
    "walk.leaf_note_add": {
        "en": "backward() would add this to {name}.grad: gradients accumulate",
        "tr": "backward() bunu {name}.grad değerine eklerdi: gradyanlar birikir",
    },
    "walk.rule_of": {
        "en": "PyTorch's derivative rule for {name}",
        "tr": "PyTorch'un {name} için türev kuralı",
    },
    "walk.no_gradient": {"en": "a constant, no gradient", "tr": "sabit, gradyan yok"},
    "walk.result": {
        "en": "Gradients reaching the leaves: {results}",
        "tr": "Yapraklara ulaşan gradyanlar: {results}",
    },
    "walk.more_steps": {
        "en": "… {n} more nodes (the walk is cut here)",
        "tr": "… {n} düğüm daha (gezinti burada kesildi)",
    },
    "walk.keys": {
        "en": "Enter: next node · a: all the rest · q: stop",
        "tr": "Enter: sonraki düğüm · a: kalanların hepsi · q: dur",
    },
    "walk.not_tensor": {
        "en": "{name} is a {detail}, not a tensor.",
        "tr": "{name} bir tensör değil, bir {detail}.",
    },
    "walk.leaf": {
        "en": "{name} is a leaf: it has no grad_fn, so there is no recorded path to walk back "
              "through. Compute something from it first (z = 6*{name}**2) and walk that.",
        "tr": "{name} bir yaprak: grad_fn'i yok, geriye doğru izlenecek kayıtlı bir yol yok. "
              "Önce ondan bir şey hesapla (z = 6*{name}**2) ve onu izle.",
    },
    "walk.no_graph": {
        "en": "{name} does not require grad: autograd recorded no graph, and backward() would "
              "raise an error.",
        "tr": "{name} gradyan istemiyor: autograd bir grafik kaydetmedi ve backward() hata verirdi.",
    },
    "walk.bad_gradient": {
        "en": "The gradient must have the same shape as {name}: {detail}.",
        "tr": "Gradyan, {name} ile aynı şekilde olmalı: {detail}.",
    },
    "walk.freed": {
        "en": "The graph of {name} was freed by an earlier backward() (saved values are released "
              "once used). Compute {name} again, or call backward(..., retain_graph=True), then "
              "walk it again.",
        "tr": "{name} grafiği daha önceki bir backward() çağrısıyla serbest bırakıldı (kaydedilen "
              "ara değerler kullanıldıktan sonra silinir). {name} tensörünü yeniden hesapla ya da "
              "backward(..., retain_graph=True) kullan, sonra yeniden dene.",
    },
    "walk.failed": {
        "en": "This graph cannot be walked node by node: {detail}",
        "tr": "Bu grafik düğüm düğüm izlenemiyor: {detail}",
    },
    "plot.usage": {
        "en": "Usage: :plot EXPR FROM TO (a function of x, e.g. :plot torch.sin(x) -3 3), or "
              ":plot NAME for a sequence such as a loss history",
        "tr": "Kullanım: :çiz İFADE BAŞLANGIÇ BİTİŞ (x'e bağlı bir fonksiyon, örneğin "
              ":çiz torch.sin(x) -3 3) ya da kayıp geçmişi gibi bir dizi için :çiz AD",
    },
    "plot.function_title": {
        "en": "{expr} and its derivative, computed by autograd",
        "tr": "{expr} ve autograd'ın hesapladığı türevi",
    },
    "plot.derivative": {"en": "derivative (autograd)", "tr": "türev (autograd)"},
    "plot.sequence_title": {"en": "{name}: {n} values", "tr": "{name}: {n} değer"},
    "plot.change": {
        "en": "from {first} to {last}",
        "tr": "{first} değerinden {last} değerine",
    },
    "plot.step": {"en": "step", "tr": "adım"},
    "plot.not_plottable": {
        "en": "Cannot plot a {type}: give an expression of x with a range, or a list or 1-D "
              "tensor of numbers.",
        "tr": "Bir {type} çizilemez: x'e bağlı bir ifade ve bir aralık ya da bir sayı listesi "
              "veya tek boyutlu bir tensör ver.",
    },
    "plot.bad_range": {
        "en": "The range must be two numbers with FROM < TO, e.g. -3 3.",
        "tr": "Aralık, BAŞLANGIÇ < BİTİŞ olan iki sayı olmalı, örneğin -3 3.",
    },
    "plot.no_derivative": {
        "en": "{expr} does not depend on {var} through autograd, so there is no derivative to draw.",
        "tr": "{expr}, autograd açısından {var} değişkenine bağlı değil; çizilecek bir türev yok.",
    },
    "deriv.invalid": {
        "en": "Type the derivative as a Python expression in {names}, for example 12*x. "
              "Yours could not be evaluated: {error}",
        "tr": "Türevi {names} değişkenlerine bağlı bir Python ifadesi olarak yaz, örneğin 12*x. "
              "Yazdığın ifade hesaplanamadı: {error}",
    },
    "deriv.no_points": {
        "en": "The derivative could not be compared at any point.",
        "tr": "Türev hiçbir noktada karşılaştırılamadı.",
    },
    "deriv.everywhere": {
        "en": "Not right: it differs from autograd's gradient at every point tried. At {point} "
              "autograd gets {expected}, your derivative gives {got}.",
        "tr": "Doğru değil: denenen her noktada autograd'ın gradyanından farklı. {point} "
              "noktasında autograd {expected} buluyor, senin türevin {got} veriyor.",
    },
    "deriv.somewhere": {
        "en": "Right at some points but wrong at {n} of {total}. At {point} autograd gets "
              "{expected}, your derivative gives {got}.",
        "tr": "Bazı noktalarda doğru ama {total} noktanın {n} tanesinde yanlış. {point} "
              "noktasında autograd {expected} buluyor, senin türevin {got} veriyor.",
    },
    "deriv.region": {
        "en": "Right for some values but wrong for {region}: at {point} autograd gets {expected}, "
              "your derivative gives {got}.",
        "tr": "Bazı değerler için doğru ama {region} için yanlış: {point} noktasında autograd "
              "{expected} buluyor, senin türevin {got} veriyor.",
    },
    "deriv.factor": {
        "en": "Close: everywhere we tried, your derivative is {factor} times autograd's. At "
              "{point} autograd gets {expected}, you get {got}. Check the constant factor.",
        "tr": "Yakın: denenen her noktada senin türevin autograd'ınkinin {factor} katı. {point} "
              "noktasında autograd {expected} buluyor, sen {got}. Sabit çarpanı kontrol et.",
    },
    "deriv.sign": {
        "en": "The sign is wrong everywhere: at {point} autograd gets {expected}, you get {got}.",
        "tr": "İşaret her yerde ters: {point} noktasında autograd {expected} buluyor, sen {got}.",
    },
    "deriv.offset": {
        "en": "Off by a constant {offset} everywhere: at {point} autograd gets {expected}, you "
              "get {got}. A constant term's derivative is 0.",
        "tr": "Her yerde sabit bir {offset} farkı var: {point} noktasında autograd {expected} "
              "buluyor, sen {got}. Sabit bir terimin türevi 0'dır.",
    },
    "demo.keys": {
        "en": "Enter/→ next · b/← back · r REPL (live namespace; :quit returns) · q quit",
        "tr": "Enter/→ ileri · b/← geri · r REPL (canlı isim alanı; :çık ile dönülür) · q çık",
    },
    "demo.rebuilding": {
        "en": "Rebuilding the namespace…",
        "tr": "İsim alanı yeniden kuruluyor…",
    },
    "demo.output": {"en": "output", "tr": "çıktı"},
    "demo.passed": {"en": "✓ The solution passes the check.", "tr": "✓ Çözüm kontrolü geçiyor."},
    "demo.failed": {"en": "✗ The solution does not pass the check.", "tr": "✗ Çözüm kontrolü geçmiyor."},
    "demo.reveal": {
        "en": "Ask the room first. Any key reveals the answer.",
        "tr": "Önce sınıfa sor. Herhangi bir tuş cevabı gösterir.",
    },
    "demo.answer": {"en": "Answer", "tr": "Cevap"},
    "demo.end": {
        "en": "End of “{title}”. b goes back, r opens the REPL, q quits.",
        "tr": "“{title}” dersinin sonu. b geri gider, r REPL'i açar, q çıkar.",
    },
    "demo.repl_enter": {
        "en": "REPL on the lesson's live namespace: try :graph z or :backward z. :quit or Ctrl-D "
              "returns to the demo.",
        "tr": "Dersin canlı isim alanında REPL: :çizge z ya da :geri-yayılım z dene. :çık ya da "
              "Ctrl-D ile gösterime dönülür.",
    },
    "demo.repl_toolbar": {
        "en": "demo REPL · :quit or Ctrl-D returns to the lesson",
        "tr": "gösterim REPL'i · :çık ya da Ctrl-D ile derse dön",
    },
    "demo.no_reset": {
        "en": "In the demo, go back with b instead: the namespace is rebuilt step by step.",
        "tr": "Gösterimde bunun yerine b ile geri git: isim alanı adım adım yeniden kurulur.",
    },
    "demo.no_terminal": {
        "en": "The interactive demo needs a terminal; printing the unattended transcript "
              "(demo --auto) instead.",
        "tr": "Etkileşimli gösterim bir terminal ister; onun yerine gözetimsiz döküm "
              "(demo --auto) yazdırılıyor.",
    },
    # ------------------------------------------------------------------ errors explained
    "err.heading": {"en": "What went wrong?", "tr": "Ne oldu?"},
    "err.no_grad_graph": {
        "en": "You called backward() on a tensor that autograd did not record: none of the "
              "tensors it was computed from has requires_grad=True, so there is no graph to go "
              "back through. Create the inputs with requires_grad=True (for example "
              "torch.tensor([1., 2.], requires_grad=True)) and compute the result again.",
        "tr": "backward() çağrısını autograd'ın kaydetmediği bir tensör üzerinde yaptın: "
              "hesaplandığı tensörlerin hiçbirinde requires_grad=True yok, yani geriye doğru "
              "gidilecek bir hesaplama grafiği yok. Girdileri requires_grad=True ile oluştur "
              "(örneğin torch.tensor([1., 2.], requires_grad=True)) ve sonucu yeniden hesapla.",
    },
    "err.implicit_scalar": {
        "en": "backward() without arguments only works on a single number (a scalar). Your "
              "output has several elements, so PyTorch needs to know how to weight them: pass "
              "gradient=torch.ones_like(z), or reduce first with z.sum().backward().",
        "tr": "Argümansız backward() yalnızca tek bir sayı (skaler) üzerinde çalışır. Çıktında "
              "birden çok eleman var, bu yüzden PyTorch onları nasıl ağırlıklandıracağını "
              "bilmek ister: gradient=torch.ones_like(z) ver ya da önce toplayıp "
              "z.sum().backward() yaz.",
    },
    "err.backward_twice": {
        "en": "The graph was already used by a backward pass and its saved values were freed. "
              "Compute the result again before calling backward() a second time, or pass "
              "retain_graph=True to the first backward() if you really need two passes.",
        "tr": "Bu hesaplama grafiği bir geri yayılımda zaten kullanıldı ve kaydedilen değerleri "
              "silindi. backward() fonksiyonunu ikinci kez çağırmadan önce sonucu yeniden "
              "hesapla ya da gerçekten iki geçiş gerekiyorsa ilk backward() çağrısına "
              "retain_graph=True ver.",
    },
    "err.inplace_leaf": {
        "en": "PyTorch refused to change a leaf tensor that requires grad in place (x += …, "
              "x.add_(…), x[0] = …) while autograd is recording; the tensor is unchanged. To "
              "update a parameter, keep the in-place line and put it inside a "
              "with torch.no_grad(): block. Do not write x = x - … instead: that makes x a new "
              "tensor whose .grad the next backward() never fills.",
        "tr": "PyTorch, gradyan isteyen bir yaprak tensörün kayıt açıkken yerinde değiştirilmesini "
              "(x += …, x.add_(…), x[0] = …) reddetti; tensör değişmedi. Bir parametreyi "
              "güncellemek için yerinde işlemi koru ve onu with torch.no_grad(): bloğunun içine "
              "al. Onun yerine x = x - … yazma: x yeni bir tensör olur ve bir sonraki "
              "backward() onun .grad'ını hiç doldurmaz.",
    },
    "err.inplace_saved": {
        "en": "A tensor that the backward pass needs was changed in place after it was used. "
              "Use an out-of-place operation (y = y * 2 instead of y *= 2) or .clone() it first.",
        "tr": "Geri yayılımın ihtiyaç duyduğu bir tensör kullanıldıktan sonra yerinde "
              "değiştirildi. Yerinde olmayan bir işlem kullan (y *= 2 yerine y = y * 2) ya da "
              "önce .clone() ile kopyala.",
    },
    "err.shape_broadcast": {
        "en": "The two tensors have shapes that cannot be combined element by element. Check "
              "them with .shape: matching sizes, or a size of 1, are needed in each dimension.",
        "tr": "İki tensörün boyutları eleman eleman birleştirilemiyor. .shape ile kontrol et: "
              "her boyutta ya aynı uzunluk ya da 1 gerekir.",
    },
    "err.shape_matmul": {
        "en": "For a matrix product the inner sizes must match: (a×b) @ (b×c). Check the shapes "
              "with .shape; transposing one of them (.T) is often the fix.",
        "tr": "Matris çarpımında iç boyutlar eşleşmeli: (a×b) @ (b×c). Boyutları .shape ile "
              "kontrol et; çoğu zaman birini devirmek (.T) çözümdür.",
    },
    "err.shape_grad": {
        "en": "The gradient you passed to backward() must have exactly the shape of the tensor "
              "you call it on. Try gradient=torch.ones_like(z).",
        "tr": "backward() fonksiyonuna verdiğin gradyan, çağırdığın tensörle tam olarak aynı "
              "boyutta olmalı. gradient=torch.ones_like(z) dene.",
    },
    "err.shape_view": {
        "en": "The new shape must hold exactly as many elements as the tensor has. Multiply "
              "the sizes to check, or use -1 for one size and let PyTorch work it out.",
        "tr": "Yeni boyut, tensördeki eleman sayısını tam olarak karşılamalı. Boyutları "
              "çarparak kontrol et ya da bir boyut için -1 yazıp PyTorch'un hesaplamasına izin ver.",
    },
    "err.numpy_requires_grad": {
        "en": "A tensor that is part of the autograd graph cannot be turned into a NumPy array "
              "directly. Use tensor.detach().numpy().",
        "tr": "Autograd grafiğinin parçası olan bir tensör doğrudan NumPy dizisine "
              "dönüştürülemez. tensor.detach().numpy() kullan.",
    },
    "err.int_requires_grad": {
        "en": "Only floating-point tensors can have gradients. Write the numbers with a dot "
              "(torch.tensor([1., 2.])) or pass dtype=torch.float32.",
        "tr": "Yalnızca ondalıklı (floating point) tensörlerin gradyanı olabilir. Sayıları "
              "noktayla yaz (torch.tensor([1., 2.])) ya da dtype=torch.float32 ver.",
    },
    "err.nonleaf_requires_grad": {
        "en": "requires_grad can only be switched on a leaf tensor, one with no grad_fn. This "
              "tensor is the result of a recorded operation. Set the flag on the inputs, or use "
              ".detach() to start a new leaf.",
        "tr": "requires_grad yalnızca bir yaprak tensörde, yani grad_fn'i olmayan bir tensörde "
              "değiştirilebilir. Bu tensör kaydedilmiş bir işlemin sonucu. Bayrağı girdilerde "
              "ayarla ya da yeni bir yaprak başlatmak için .detach() kullan.",
    },
    "err.dtype_mismatch": {
        "en": "The tensors have different dtypes (for example float32 and float64). Convert one "
              "with .float() or .to(y.dtype).",
        "tr": "Tensörlerin veri tipleri farklı (örneğin float32 ve float64). Birini .float() "
              "ya da .to(y.dtype) ile dönüştür.",
    },
    "err.grad_none_attr": {
        "en": "You used a value that is None. Often it is .grad: it stays None until backward() "
              "has run, and for tensors that do not require grad it stays None for good.",
        "tr": "None olan bir değeri kullandın. Çoğu zaman bu .grad'dır: backward() çalışana "
              "kadar None kalır; gradyan istemeyen tensörlerde ise hep None kalır.",
    },
    "err.out_of_memory": {
        "en": "The code asked for more memory than this computer has. A float32 tensor takes 4 "
              "bytes per element, so one of 10**13 elements would need 40 TB. Try a smaller size; "
              "your session and your variables are still here.",
        "tr": "Kod, bu bilgisayarın belleğinden fazlasını istedi. float32 bir tensörün her "
              "elemanı 4 bayt tutar; 10**13 elemanlı bir tensör 40 TB ister. Daha küçük bir boyut "
              "dene; oturumun ve değişkenlerin yerinde.",
    },
    "err.recursion": {
        "en": "A function kept calling itself and never stopped, until Python gave up. Give it "
              "a case that returns without calling itself again. The session goes on.",
        "tr": "Bir fonksiyon kendini durmadan çağırdı, sonunda Python vazgeçti. Kendini yeniden "
              "çağırmadan dönen bir durum ekle. Oturum devam ediyor.",
    },
    # ------------------------------------------------------------------ plain outputs: listings,
    # transcripts (demo --auto) and exports (notes and scripts)
    "step.text": {"en": "text", "tr": "metin"},
    "step.code": {"en": "code", "tr": "kod"},
    "step.task": {"en": "task", "tr": "görev"},
    "step.quiz": {"en": "quiz", "tr": "soru"},
    "listing.new": {"en": "not started", "tr": "başlanmadı"},
    "listing.started": {"en": "step {k} of {n}", "tr": "adım {k}/{n}"},
    "listing.done": {"en": "done", "tr": "bitti"},
    "listing.code": {"en": "{n} code", "tr": "{n} kod"},
    "listing.task": {"en": "{n} task", "tr": "{n} görev"},
    "listing.tasks": {"en": "{n} tasks", "tr": "{n} görev"},
    "listing.quiz": {"en": "{n} quiz", "tr": "{n} soru"},
    "listing.quizzes": {"en": "{n} quizzes", "tr": "{n} soru"},
    "transcript.source": {"en": "Source", "tr": "Kaynak"},
    "transcript.solution": {"en": "Solution", "tr": "Çözüm"},
    "transcript.passed": {"en": "✓ Check passed.", "tr": "✓ Kontrol geçti."},
    "transcript.failed": {"en": "✗ Check failed.", "tr": "✗ Kontrol geçmedi."},
    "transcript.answer": {"en": "Answer", "tr": "Cevap"},
    "transcript.mismatch": {"en": "✗ Output differs from the recording.", "tr": "✗ Çıktı kayıttakinden farklı."},
    "transcript.steps": {"en": "steps", "tr": "adım"},
    "export.task": {"en": "Task", "tr": "Görev"},
    "export.solution": {"en": "Solution", "tr": "Çözüm"},
    "export.quiz": {"en": "Quiz", "tr": "Soru"},
    "export.answer": {"en": "Answer", "tr": "Cevap"},
    "export.output": {"en": "Output", "tr": "Çıktı"},
    "export.source": {"en": "Source", "tr": "Kaynak"},
    "export.step": {"en": "Step", "tr": "Adım"},
    "export.explanation": {"en": "Explanation", "tr": "Açıklama"},
    "export.derivative": {"en": "the derivative of {function} with respect to {wrt}, by hand",
                          "tr": "{wrt} değişkenine göre {function} ifadesinin türevi, elle"},
    "export.raises": {"en": "This step fails on purpose; the error is caught so that the script goes on.",
                      "tr": "Bu adım bilerek hata veriyor; betik devam etsin diye hata yakalanıyor."},
    "export.generated": {"en": "Exported by autograd-tui from the lesson {id}.",
                         "tr": "autograd-tui ile {id} dersinden dışa aktarıldı."},
    "export.run_with": {"en": "Run it with: autograd-tui run {file}  or, with PyTorch: python {file}",
                        "tr": "Çalıştırmak için: autograd-tui run {file}  ya da PyTorch ile: python {file}"},
    "export.setup": {"en": "The lesson's hidden set-up code", "tr": "Dersin gizli hazırlık kodu"},
    "export.no_viz": {"en": "without autograd-tui the drawings are skipped",
                      "tr": "autograd-tui kurulu değilse çizimler atlanır"},
    "export.network": {"en": "Note: real PyTorch downloads the pretrained weights from the internet the first time.",
                       "tr": "Not: gerçek PyTorch önceden eğitilmiş ağırlıkları ilk seferde internetten indirir."},
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
}

# (exception type name or None for any, regex on the message, catalogue key). First match wins.
# Compiled on first use: start-up should not pay for errors that may never happen.
ERROR_PATTERNS: list[tuple[str | None, str, str]] = [
    ("RuntimeError", r"does not require grad and does not have a grad_fn",
     "err.no_grad_graph"),
    ("RuntimeError", r"grad can be implicitly created only for (real )?scalar outputs",
     "err.implicit_scalar"),
    ("RuntimeError", r"backward through the graph a second time", "err.backward_twice"),
    ("RuntimeError", r"leaf Variable that requires grad is being used in an in-place",
     "err.inplace_leaf"),
    ("RuntimeError", r"modified by an inplace operation", "err.inplace_saved"),
    ("RuntimeError", r"Mismatch in shape: grad_output\[\d+\] has a shape",
     "err.shape_grad"),
    ("RuntimeError", r"The size of tensor a \(\d+\) must match the size of tensor b",
     "err.shape_broadcast"),
    ("RuntimeError", r"shapes cannot be multiplied|size mismatch, got",
     "err.shape_matmul"),
    ("RuntimeError", r"shape '\[.*\]' is invalid for input of size", "err.shape_view"),
    ("RuntimeError", r"Can't call numpy\(\) on Tensor that requires grad",
     "err.numpy_requires_grad"),
    ("RuntimeError", (r"Only Tensors of floating point( and complex)? dtype can require "
                      r"gradients"), "err.int_requires_grad"),
    ("RuntimeError", r"you can only change requires_grad flags of leaf variables",
     "err.nonleaf_requires_grad"),
    ("RuntimeError", (r"expected (m1 and m2 to have the same dtype|scalar type \w+ but "
                      r"found)|Found dtype \w+ but expected"), "err.dtype_mismatch"),
    ("AttributeError", r"'NoneType' object has no attribute", "err.grad_none_attr"),
    ("TypeError", r"unsupported operand type\(s\) for .*'NoneType'",
     "err.grad_none_attr"),
    ("RuntimeError", r"DefaultCPUAllocator: can't allocate memory", "err.out_of_memory"),
    ("MemoryError", r"", "err.out_of_memory"),
    ("_ArrayMemoryError", r"", "err.out_of_memory"),   # numpy's MemoryError, e.g. x + 1 on a huge x
    ("RecursionError", r"maximum recursion depth", "err.recursion"),
]


def add_messages(messages: Mapping[str, Mapping[str, str]]) -> None:
    """Let another module add its strings; each needs both languages."""
    for key, forms in messages.items():
        missing = [lang for lang in LANGS if not forms.get(lang)]
        if missing:
            raise ValueError(f"message {key!r} lacks {', '.join(missing)}")
        MESSAGES[key] = dict(forms)


def labels(prefix: str, lang: str) -> dict[str, str]:
    """Every string under ``prefix.`` in ``lang``, unformatted, keyed by the rest of its key."""
    return {key[len(prefix) + 1:]: t(key, lang) for key in MESSAGES if key.startswith(prefix + ".")}


def t(key: str, lang: str, /, **kwargs: Any) -> str:
    """The string for ``key`` in ``lang``, formatted. Never raises: a UI must not crash on text."""
    forms = MESSAGES.get(key)
    if forms is None:
        return key
    text = forms.get(lang) or forms.get("en") or key
    if not kwargs:
        return text
    try:
        return text.format(**kwargs)
    except (KeyError, IndexError, ValueError):
        return text


def explain_error(exc_type: str, message: str, lang: str) -> str | None:
    """A short explanation of a known autograd error in the learner's language, or None."""
    key = error_key(exc_type, message)
    return t(key, lang) if key else None


_compiled: list[tuple[str | None, re.Pattern[str], str]] = []


def error_key(exc_type: str, message: str) -> str | None:
    """The catalogue key explaining this error, or None."""
    if len(_compiled) != len(ERROR_PATTERNS):
        _compiled[:] = [(t, re.compile(p), k) for t, p, k in ERROR_PATTERNS]
    for type_name, pattern, key in _compiled:
        if type_name is not None and type_name != exc_type:
            continue
        if pattern.search(message or ""):
            return key
    return None
