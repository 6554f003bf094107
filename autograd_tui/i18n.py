"""Every UI string in Turkish and English, and the explanations of known autograd errors.

Strings are plain text with ``str.format`` fields; the renderer decides style, so a lesson title
containing ``[`` can never be taken for rich markup. Add a key in both languages or
``tests/test_i18n.py`` fails. Other modules add their strings with :func:`add_messages`.

Kept free of imports beyond ``re`` and :mod:`settings` so that anything may use it cheaply.
"""
from __future__ import annotations

import contextlib
import re
from typing import Any, Iterator, Mapping

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
        "tr": "Bir ders numarası yazıp Enter'a bas. Ayrıca: :deneme (deneme alanı), :dil tr|en, "
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
        "en": "Not every earlier step could be replayed ({error}). :reset starts the lesson again.",
        "tr": "Önceki adımların hepsi yeniden çalıştırılamadı ({error}). :sıfırla dersi baştan başlatır.",
    },
    "lesson.reset_done": {
        "en": "The lesson starts again from the beginning, with a fresh namespace.",
        "tr": "Ders, temiz bir ad alanıyla baştan başlıyor.",
    },
    "lesson.name_missing": {
        "en": "“{name}” is not defined any more. If you deleted or replaced a variable of the "
              "lesson, :reset rebuilds everything.",
        "tr": "“{name}” artık tanımlı değil. Dersin bir değişkenini sildiysen ya da "
              "değiştirdiysen :sıfırla her şeyi yeniden kurar.",
    },
    "lesson.torch_rebound": {
        "en": "“torch” no longer refers to PyTorch. Write import torch again, or :reset.",
        "tr": "“torch” artık PyTorch'u göstermiyor. import torch satırını yeniden yaz ya da :sıfırla kullan.",
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
        "tr": "Kullanım: :dil tr ya da :dil en",
    },
    "repl.lang_set": {
        "en": "Language: English.",
        "tr": "Dil: Türkçe.",
    },
    "repl.reset_done": {
        "en": "Fresh namespace: torch, nn, optim and F are ready again.",
        "tr": "Temiz ad alanı: torch, nn, optim ve F yeniden hazır.",
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
                  "tr": "temiz bir ad alanıyla baştan başla"},
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
              "tensörler (AccumulateGrad). backward() bu hesaplama grafiğinde yukarıdan aşağı ilerler. "
              "(None, 0) bir sabit ya da gradyan istemeyen bir tensördür; [k] ↑ yukarıda çizilmiş "
              "bir düğümü gösterir.",
    },
    "graph.not_tensor": {
        "en": "That is a {type}, not a tensor: there is no graph to draw.",
        "tr": "Bu bir tensör değil, bir {type}: çizilecek bir hesaplama grafiği yok.",
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
        "tr": "{name} gradyan istemiyor, bu yüzden autograd onun için bir hesaplama grafiği kaydetmedi.",
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
        "tr": "{name} gradyan istemiyor: autograd bir hesaplama grafiği kaydetmedi ve backward() hata verirdi.",
    },
    "walk.bad_gradient": {
        "en": "The gradient must have the same shape as {name}: {detail}.",
        "tr": "Gradyan, {name} ile aynı şekilde olmalı: {detail}.",
    },
    "walk.freed": {
        "en": "The graph of {name} was freed by an earlier backward() (saved values are released "
              "once used). Compute {name} again, or call backward(..., retain_graph=True), then "
              "walk it again.",
        "tr": "{name} tensörünün hesaplama grafiği daha önceki bir backward() çağrısıyla serbest bırakıldı (kaydedilen "
              "ara değerler kullanıldıktan sonra silinir). {name} tensörünü yeniden hesapla ya da "
              "backward(..., retain_graph=True) kullan, sonra yeniden dene.",
    },
    "walk.failed": {
        "en": "This graph cannot be walked node by node: {detail}",
        "tr": "Bu hesaplama grafiği düğüm düğüm izlenemiyor: {detail}",
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
        "en": "Type the derivative as a Python expression in {names}, written like {example}. "
              "Yours could not be evaluated: {error}",
        "tr": "Türevi {names} değişkenlerine bağlı bir Python ifadesi olarak yaz; yazılışı "
              "{example} gibi. Yazdığın ifade hesaplanamadı: {error}",
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
        "tr": "Enter/→ ileri · b/← geri · r REPL (canlı ad alanı; :çık ile dönülür) · q çık",
    },
    "demo.rebuilding": {
        "en": "Rebuilding the namespace…",
        "tr": "Ad alanı yeniden kuruluyor…",
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
        "tr": "Dersin canlı ad alanında REPL: :çizge z ya da :geri-yayılım z dene. :çık ya da "
              "Ctrl-D ile gösterime dönülür.",
    },
    "demo.repl_toolbar": {
        "en": "demo REPL · :quit or Ctrl-D returns to the lesson",
        "tr": "gösterim REPL'i · :çık ya da Ctrl-D ile derse dön",
    },
    "demo.no_reset": {
        "en": "In the demo, go back with b instead: the namespace is rebuilt step by step.",
        "tr": "Gösterimde bunun yerine b ile geri git: ad alanı adım adım yeniden kurulur.",
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
              "torch.tensor([1., 2.], requires_grad=True)) and compute the result again. "
              ":why loss.grad (with your tensor's name) shows where the graph was cut.",
        "tr": "backward() çağrısını autograd'ın kaydetmediği bir tensör üzerinde yaptın: "
              "hesaplandığı tensörlerin hiçbirinde requires_grad=True yok, yani geriye doğru "
              "gidilecek bir hesaplama grafiği yok. Girdileri requires_grad=True ile oluştur "
              "(örneğin torch.tensor([1., 2.], requires_grad=True)) ve sonucu yeniden hesapla. "
              ":neden loss.grad (kendi tensörünün adıyla) çizgenin nerede koptuğunu gösterir.",
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
        "tr": "İki tensörün şekilleri eleman eleman birleştirilemiyor. .shape ile kontrol et: "
              "her boyutta ya aynı uzunluk ya da 1 gerekir.",
    },
    "err.shape_matmul": {
        "en": "For a matrix product the inner sizes must match: (a×b) @ (b×c). Check the shapes "
              "with .shape; transposing one of them (.T) is often the fix.",
        "tr": "Matris çarpımında iç boyutların uzunlukları eşleşmeli: (a×b) @ (b×c). Şekilleri .shape ile "
              "kontrol et; çoğu zaman birini devirmek (.T) çözümdür.",
    },
    "err.shape_grad": {
        "en": "The gradient you passed to backward() must have exactly the shape of the tensor "
              "you call it on. Try gradient=torch.ones_like(z).",
        "tr": "backward() fonksiyonuna verdiğin gradyan, çağırdığın tensörle tam olarak aynı "
              "şekilde olmalı. gradient=torch.ones_like(z) dene.",
    },
    "err.shape_view": {
        "en": "The new shape must hold exactly as many elements as the tensor has. Multiply "
              "the sizes to check, or use -1 for one size and let PyTorch work it out.",
        "tr": "Yeni şekil, tensördeki eleman sayısını tam olarak karşılamalı. Boyutların "
              "uzunluklarını çarparak kontrol et ya da bir boyut için -1 yazıp PyTorch'un hesaplamasına izin ver.",
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
              "has run, and for tensors that do not require grad it stays None for good. "
              ":why w.grad (with your tensor's name) tells which it is.",
        "tr": "None olan bir değeri kullandın. Çoğu zaman bu .grad'dır: backward() çalışana "
              "kadar None kalır; gradyan istemeyen tensörlerde ise hep None kalır. "
              ":neden w.grad (kendi tensörünün adıyla) hangisi olduğunu söyler.",
    },
    "err.out_of_memory": {
        "en": "The code asked for more memory than this computer has. A float32 tensor takes 4 "
              "bytes per element. Try a smaller size; your session and your variables are still here.",
        "tr": "Kod, bu bilgisayarın belleğinden fazlasını istedi. float32 bir tensörün her "
              "elemanı 4 bayt tutar. Daha küçük bir şekil dene; oturumun ve değişkenlerin yerinde.",
    },
    "err.out_of_memory_size": {
        "en": "The code asked for {size} of memory, more than this computer has. A float32 tensor "
              "takes 4 bytes per element. Try a smaller size; your session and your variables are "
              "still here.",
        "tr": "Kod {size} bellek istedi, bu bilgisayarda olandan fazla. float32 bir tensörün her "
              "elemanı 4 bayt tutar. Daha küçük bir şekil dene; oturumun ve değişkenlerin yerinde.",
    },
    "err.recursion": {
        "en": "A function kept calling itself and never stopped, until Python gave up. Give it "
              "a case that returns without calling itself again. The session goes on.",
        "tr": "Bir fonksiyon kendini durmadan çağırdı, sonunda Python vazgeçti. Kendini yeniden "
              "çağırmadan dönen bir durum ekle. Oturum devam ediyor.",
    },
    "err.missing_in_engine": {
        "en": "This part of PyTorch exists in real PyTorch but not in the tutor's built-in engine. "
              "Run the code with real PyTorch: autograd-tui run --backend torch FILE.py (or start "
              "the tutor with --backend torch).",
        "tr": "PyTorch'un bu parçası gerçek PyTorch'ta var ama eğitmenin yerleşik motorunda yok. Kodu "
              "gerçek PyTorch ile çalıştır: autograd-tui run --backend torch DOSYA.py (ya da eğitmeni "
              "--backend torch ile başlat).",
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
    # --- why ---
    "cmd.why": {
        "en": "explain why a gradient is None, zero, NaN or large (:why w.grad)",
        "tr": "bir gradyanın neden None, sıfır, NaN ya da büyük olduğunu açıkla (:neden w.grad)"},
    "why.title": {"en": "why: {expr}", "tr": "neden: {expr}"},
    "why.yes": {"en": "yes", "tr": "evet"},
    "why.no": {"en": "no", "tr": "hayır"},
    "why.fix": {"en": "Fix:", "tr": "Çözüm:"},
    "why.checked": {"en": "Checked:", "tr": "Kontrol edilenler:"},
    "why.not_tensor": {
        "en": "{name} is a {type}, not a tensor: it has no gradient.",
        "tr": "{name} bir {type}, tensör değil: gradyanı olmaz."},
    "why.fix.not_tensor": {
        "en": "ask about a tensor, e.g. :why w.grad",
        "tr": "bir tensörü sor, örneğin :neden w.grad"},
    "why.inference_mode": {
        "en": "{name}.grad is None because {name} was made under torch.inference_mode(): {name}.is_inference() is "
              "True, and such a tensor never records a graph.",
        "tr": "{name}.grad None, çünkü {name} torch.inference_mode() altında üretildi: {name}.is_inference() True ve "
              "böyle bir tensör hiç çizge kaydetmez."},
    "why.fix.inference_mode": {
        "en": "compute {name} outside the inference_mode block.",
        "tr": "{name} değerini inference_mode bloğunun dışında hesapla."},
    "why.reassigned_no_grad": {
        "en": "{name}.grad is None because the name {name} now points to a new tensor. «{statement}» ran under "
              "{under} and made a tensor that does not require grad; the old {name} (a leaf that required grad) is "
              "gone from the name.",
        "tr": "{name}.grad None, çünkü {name} adı artık yeni bir tensörü gösteriyor. «{statement}» {under} altında "
              "çalıştı ve gradyan istemeyen bir tensör üretti; eski {name} (gradyan isteyen yaprak) artık bu adda "
              "değil."},
    "why.fix.reassigned_no_grad": {
        "en": "update in place so {name} stays the same leaf: with torch.no_grad(): {name} -= lr * {name}.grad",
        "tr": "{name} aynı yaprak kalsın diye yerinde güncelle: with torch.no_grad(): {name} -= lr * {name}.grad"},
    "why.no_grad": {
        "en": "{name}.grad is None because {name} does not require grad: «{statement}» ran inside {under}, so "
              "autograd recorded nothing for it.",
        "tr": "{name}.grad None, çünkü {name} gradyan istemiyor: «{statement}» {under} içinde çalıştı, autograd onun "
              "için hiçbir şey kaydetmedi."},
    "why.fix.no_grad": {
        "en": "compute {name} outside the {under} block.",
        "tr": "{name} değerini {under} bloğunun dışında hesapla."},
    "why.detached": {
        "en": "{name}.grad is None because {name} does not require grad: «{statement}» went through {op}, which "
              "leaves the graph.",
        "tr": "{name}.grad None, çünkü {name} gradyan istemiyor: «{statement}» {op} üzerinden geçti ve bu çizgeden "
              "çıkar."},
    "why.fix.detached": {
        "en": "keep the computation in tensor operations, without {op}.",
        "tr": "hesabı {op} kullanmadan tensör işlemleriyle sürdür."},
    "why.cut_upstream": {
        "en": "{name}.grad is None because {name} does not require grad: it was computed from {via}, and "
              "{via} was cut off the graph by «{statement}» ({how}).",
        "tr": "{name}.grad None, çünkü {name} gradyan istemiyor: {via} ile hesaplandı ve {via}, "
              "«{statement}» ile çizgeden koparıldı ({how})."},
    "why.fix.cut_upstream": {
        "en": "compute {via} with recording on (outside no_grad, without .detach()), then {name} again.",
        "tr": "{via} değerini kayıt açıkken (no_grad dışında, .detach() olmadan) hesapla, sonra {name} "
              "değerini yeniden."},
    "why.no_requires_grad": {
        "en": "{name}.grad is None because {name} does not require grad ({name}.requires_grad is False, dtype "
              "{dtype}): autograd never fills its .grad.",
        "tr": "{name}.grad None, çünkü {name} gradyan istemiyor ({name}.requires_grad False, dtype {dtype}): autograd"
              " onun .grad alanını hiç doldurmaz."},
    "why.fix.no_requires_grad": {
        "en": "create it with requires_grad=True (a float tensor), or call {name}.requires_grad_() before using it.",
        "tr": "onu requires_grad=True ile (ondalıklı bir tensör olarak) oluştur ya da kullanmadan önce "
              "{name}.requires_grad_() çağır."},
    "why.reassigned": {
        "en": "{name}.grad is None because the name {name} now points to a new tensor. «{statement}» made a "
              "non-leaf (grad_fn={grad_fn}), which keeps no .grad. The old {name} was the leaf: backward filled "
              "its .grad ({old_grad}), and it now lives on only inside the new {name}'s graph.",
        "tr": "{name}.grad None, çünkü {name} adı artık yeni bir tensörü gösteriyor. «{statement}» yaprak "
              "olmayan bir tensör üretti (grad_fn={grad_fn}); böyle bir tensör .grad tutmaz. Yaprak eski {name} "
              "idi: backward onun .grad alanını doldurdu ({old_grad}); o artık yalnızca yeni {name} tensörünün "
              "çizgesinde yaşıyor."},
    "why.fix.reassigned": {
        "en": "update in place so {name} stays the same leaf: with torch.no_grad(): {name} -= lr * {name}.grad",
        "tr": "{name} aynı yaprak kalsın diye yerinde güncelle: with torch.no_grad(): {name} -= lr * {name}.grad"},
    "why.non_leaf": {
        "en": "{name}.grad is None because {name} is not a leaf: it was computed (grad_fn={grad_fn}). backward() "
              "keeps gradients only in leaves.",
        "tr": "{name}.grad None, çünkü {name} bir yaprak değil: hesaplanarak üretildi (grad_fn={grad_fn}). backward()"
              " gradyanı yalnızca yapraklarda saklar."},
    "why.fix.non_leaf": {
        "en": "call {name}.retain_grad() before backward(), then run backward again.",
        "tr": "backward()'tan önce {name}.retain_grad() çağır, sonra backward'ı yeniden çalıştır."},
    "why.no_backward": {
        "en": "{name}.grad is None because backward() has not been called yet in this session.",
        "tr": "{name}.grad None, çünkü bu oturumda henüz backward() çağrılmadı."},
    "why.fix.no_backward": {
        "en": "call .backward() on the result computed from {name}, e.g. loss.backward().",
        "tr": "{name} ile hesaplanan sonuç üzerinde .backward() çağır, örneğin loss.backward()."},
    "why.backward_failed": {
        "en": "{name}.grad is None because every backward() so far failed; the last one, on {root}, raised {error}.",
        "tr": "{name}.grad None, çünkü şimdiye kadarki her backward() hata verdi; sonuncusu ({root} üzerinde) şunu "
              "verdi: {error}."},
    "why.fix.backward_failed": {
        "en": "fix that error first (the explanation under it says how), then call backward again.",
        "tr": "önce o hatayı düzelt (altındaki açıklama nasıl olacağını söylüyor), sonra backward'ı yeniden çağır."},
    "why.not_on_path": {
        "en": "{name}.grad is None because {name} is not on any path to {root}, the tensor the last backward() "
              "started from. That backward reached: {leaves}.",
        "tr": "{name}.grad None, çünkü {name}, son backward()'ın başladığı {root} tensörüne giden hiçbir yolda yok. O"
              " backward şunlara ulaştı: {leaves}."},
    "why.fix.not_on_path": {
        "en": "use {name} in the computation of {root}.",
        "tr": "{name} değerini {root} hesabında kullan."},
    "why.see": {"en": "See:", "tr": "Bak:"},
    "why.see.not_on_path": {"en": ":graph {root}", "tr": ":çizge {root}"},
    "why.see.nan_forward": {"en": ":graph {root}", "tr": ":çizge {root}"},
    "why.see.nan_node": {"en": ":backward {root}", "tr": ":geri-yayılım {root}"},
    "why.see.used_twice": {"en": ":backward {root}", "tr": ":geri-yayılım {root}"},
    "why.zeroed_none": {
        "en": "{name}.grad is None because zero_grad() ran after the backward from {root} and, with set_to_none=True "
              "(the default), set it to None.",
        "tr": "{name}.grad None, çünkü {root} üzerinden yapılan backward'tan sonra zero_grad() çalıştı ve "
              "set_to_none=True (varsayılan) ile onu None yaptı."},
    "why.fix.zeroed_none": {
        "en": "look at the gradient after backward() and before zero_grad(); or zero_grad() at the start of each "
              "step.",
        "tr": "gradyana backward()'tan sonra, zero_grad()'tan önce bak; ya da zero_grad()'ı her adımın başında çağır."},
    "why.hook": {
        "en": "The backward from {root} reached {name}, yet {name}.grad is None, and neither zero_grad() nor an "
              "assignment typed here cleared it. {hooks} hook(s) were registered on {name}: a hook that sets "
              ".grad = None is where to look. (A hook that only returns None leaves the gradient as it is.)",
        "tr": "{root} üzerinden yapılan backward {name} tensörüne ulaştı, ama {name}.grad None; bunu ne zero_grad() "
              "ne de burada yazılan bir atama temizledi. {name} üzerine {hooks} kanca kaydedildi: "
              ".grad = None yapan bir kanca, bakılacak yer orası. (Yalnızca None döndüren bir kanca gradyanı "
              "olduğu gibi bırakır.)"},
    "why.fix.hook": {
        "en": "remove the hook with the handle it returned: handle.remove().",
        "tr": "kancayı, döndürdüğü tutamakla kaldır: handle.remove()."},
    "why.unknown": {
        "en": "I cannot tell with certainty why {name}.grad looks like this.",
        "tr": "{name}.grad değerinin neden böyle olduğunu kesin olarak söyleyemiyorum."},
    "why.nan_forward": {
        "en": "{name}.grad has {kind} because the forward value of {root} already had NaN or inf before backward "
              "started.",
        "tr": "{name}.grad içinde {kind} var, çünkü {root} değeri backward başlamadan önce ileri hesapta zaten NaN ya"
              " da inf içeriyordu."},
    "why.fix.nan_forward": {
        "en": "find the forward operation that made it (print the intermediate tensors).",
        "tr": "onu üreten ileri işlemi bul (ara tensörleri yazdır)."},
    "why.nan_node": {
        "en": "{name}.grad has {kind}. Walking the backward pass from {root}, it first appears at {node}: {reason}.",
        "tr": "{name}.grad içinde {kind} var. {root} üzerinden geri yayılımda ilk olarak {node} düğümünde ortaya "
              "çıkıyor: {reason}."},
    "why.fix.nan_node": {
        "en": "keep the input of {node} away from the bad point, e.g. torch.sqrt(x + 1e-8) or "
              "torch.log(x.clamp_min(1e-8)).",
        "tr": "{node} girdisini sorunlu noktadan uzak tut, örneğin torch.sqrt(x + 1e-8) ya da "
              "torch.log(x.clamp_min(1e-8))."},
    "why.fix.nan_node.where": {
        "en": "make the unused branch safe too: torch.where(x > 0, torch.sqrt(torch.where(x > 0, x, 1.)), 0.) "
              "(the inner where keeps sqrt away from 0).",
        "tr": "kullanılmayan dalı da güvenli yap: torch.where(x > 0, torch.sqrt(torch.where(x > 0, x, 1.)), 0.) "
              "(içteki where, sqrt'yi 0'dan uzak tutar)."},
    "why.fix.nan_node.overflow": {
        "en": "keep exp's input small (subtract the maximum first, or use torch.logsumexp / torch.softmax).",
        "tr": "exp'in girdisini küçük tut (önce en büyük değeri çıkar ya da torch.logsumexp / torch.softmax kullan)."},
    "why.reason.zero": {
        "en": "its input has a 0 where the derivative is infinite or undefined (sqrt or log at 0, division by zero)",
        "tr": "girdisinde türevin sonsuz ya da tanımsız olduğu bir 0 var (0'da sqrt ya da log, sıfıra bölme)"},
    "why.reason.overflow": {
        "en": "a value overflowed (exp of a large number is inf)",
        "tr": "bir değer taştı (büyük bir sayının exp'i inf olur)"},
    "why.reason.where": {
        "en": "the torch.where trap: the branch that was not chosen still gets 0 × inf = NaN in backward",
        "tr": "torch.where tuzağı: seçilmeyen dal da geri yayılımda 0 × inf = NaN alır"},
    "why.reason.other": {"en": "its local derivative is not finite there", "tr": "oradaki yerel türevi sonlu değil"},
    "why.zero_op": {
        "en": "{zeros} of {numel} elements of {name}.grad are 0 because the path from {root} goes through {node}, "
              "whose derivative is 0 everywhere.",
        "tr": "{name}.grad içindeki {numel} elemandan {zeros} tanesi 0, çünkü {root} tensöründen gelen yol türevi her"
              " yerde 0 olan {node} düğümünden geçiyor."},
    "why.fix.zero_op": {
        "en": "use a smooth operation instead (e.g. torch.sigmoid for a soft step); round, sign, argmax and "
              "comparisons pass no gradient.",
        "tr": "yerine yumuşak bir işlem kullan (örneğin yumuşak basamak için torch.sigmoid); round, sign, argmax ve "
              "karşılaştırmalar gradyan geçirmez."},
    "why.masked": {
        "en": "{zeros} of {numel} elements of {name}.grad are 0 ({dead}): the backward from {root} goes "
              "through {node}, a {kind} mask that passes no gradient where it cut the value off.",
        "tr": "{name}.grad içindeki {numel} elemandan {zeros} tanesi 0 ({dead}): {root} üzerinden geri "
              "yayılım {node} düğümünden geçiyor; bu {kind} maskesi değeri kestiği yerlerde gradyan geçirmez."},
    "why.cleared_by_hand": {
        "en": "{name}.grad is None because it was set to None by hand ({name}.grad = None) after the "
              "backward from {root}.",
        "tr": "{name}.grad None, çünkü {root} üzerinden yapılan backward'tan sonra elle None yapıldı "
              "({name}.grad = None)."},
    "why.fix.cleared_by_hand": {
        "en": "call backward again, then read {name}.grad before clearing it.",
        "tr": "backward'ı yeniden çağır, sonra {name}.grad değerini temizlemeden önce oku."},
    "why.fix.masked": {
        "en": "if too many are dead, try torch.nn.functional.leaky_relu or a smaller learning rate.",
        "tr": "çok fazlası ölüyse torch.nn.functional.leaky_relu ya da daha küçük bir öğrenme oranı dene."},
    "why.unused_elements": {
        "en": "{zeros} of {numel} elements of {name}.grad are 0 because {root} uses only some elements of {name} "
              "({node} picks them): the others do not change the result.",
        "tr": "{name}.grad içindeki {numel} elemandan {zeros} tanesi 0, çünkü {root} {name} tensörünün yalnızca bazı "
              "elemanlarını kullanıyor ({node} onları seçiyor): diğerleri sonucu değiştirmiyor."},
    "why.fix.unused_elements": {
        "en": "nothing is wrong: elements that do not affect the result get gradient 0.",
        "tr": "yanlış bir şey yok: sonucu etkilemeyen elemanların gradyanı 0 olur."},
    "why.accumulated": {
        "en": "{name}.grad is the sum of {count} backward passes in a row (the last from {root}): backward() adds "
              "into .grad, it does not overwrite it.",
        "tr": "{name}.grad art arda {count} geri yayılımın toplamı (sonuncusu {root} üzerinden): backward() .grad'ın "
              "üzerine yazmaz, ona ekler."},
    "why.fix.accumulated": {
        "en": "clear it before each backward: optimizer.zero_grad() or {name}.grad = None.",
        "tr": "her backward'tan önce temizle: optimizer.zero_grad() ya da {name}.grad = None."},
    "why.used_twice": {
        "en": "{name} is used more than once in the graph of {root}; backward adds the gradient of every path. {name}"
              " feeds: {paths}.",
        "tr": "{name}, {root} çizgesinde birden fazla kez kullanılıyor; backward her yolun gradyanını toplar. {name} "
              "şunları besliyor: {paths}."},
    "why.fix.used_twice": {
        "en": "nothing to fix if that is what you meant; the backward walk shows both paths adding up.",
        "tr": "istediğin buysa düzeltecek bir şey yok; geri yayılım adımları iki yolun toplandığını gösterir."},
    "why.sum_not_mean": {
        "en": "{root} is a sum over {n} elements, so each gradient is {n} times what a mean would give.",
        "tr": "{root}, {n} elemanın toplamı; bu yüzden her gradyan, ortalama alınsaydı çıkacak olanın {n} katı."},
    "why.fix.sum_not_mean": {
        "en": "use .mean() instead of .sum() if you meant the average.",
        "tr": "ortalamayı kastettiysen .sum() yerine .mean() kullan."},
    "why.fine": {
        "en": "{name}.grad comes from one backward from {root}, with no NaN, no zeros and no repeated use: nothing "
              "unusual.",
        "tr": "{name}.grad, {root} üzerinden tek bir geri yayılımdan geliyor; NaN yok, sıfır yok, tekrar kullanım "
              "yok: olağandışı bir şey yok."},
    "why.module_no_grads": {
        "en": "No parameter of {name} has a gradient yet.",
        "tr": "{name} modelinin hiçbir parametresinin henüz gradyanı yok."},
    "why.fix.module_no_grads": {
        "en": "compute a loss from {name}'s output and call loss.backward().",
        "tr": "{name} çıktısından bir kayıp hesapla ve loss.backward() çağır."},
    "why.module_even": {
        "en": "Gradient norm per layer of {name}: no jump of 100× or more between layers.",
        "tr": "{name} için katman başına gradyan normu: katmanlar arasında 100 kat ya da daha büyük sıçrama yok."},
    "why.module_jump": {
        "en": "Gradient norm per layer of {name}: it changes by 100× or more at {jumps}.",
        "tr": "{name} için katman başına gradyan normu: {jumps} arasında 100 kat ya da daha fazla değişiyor."},
    "why.fix.module_jump": {
        "en": "check the initialisation and activations there; clip with torch.nn.utils.clip_grad_norm_ if it "
              "explodes.",
        "tr": "oradaki ilk değer atamasına ve aktivasyonlara bak; patlıyorsa torch.nn.utils.clip_grad_norm_ ile kırp."},
    "why.check.requires_grad": {"en": "it requires grad", "tr": "gradyan istiyor"},
    "why.check.is_leaf": {"en": "it is a leaf", "tr": "yaprak"},
    "why.check.no_log": {
        "en": "no record of this session's backward calls (run it in the tutor's REPL)",
        "tr": "bu oturumun backward çağrılarına dair kayıt yok (tutor'un REPL'inde çalıştır)"},
    "why.check.backward_reached": {"en": "the last backward reached it", "tr": "son backward ona ulaştı"},
    "why.check.zero_grad": {"en": "no zero_grad() after it", "tr": "ondan sonra zero_grad() yok"},
    "why.check.hooks": {"en": "it has no hooks", "tr": "üzerinde kanca yok"},
    "why.check.nonfinite": {"en": "the gradient has NaN or inf", "tr": "gradyanda NaN ya da inf var"},
    "why.check.no_backward_seen": {
        "en": "no backward that reached it was seen in this session",
        "tr": "bu oturumda ona ulaşan bir backward görülmedi"},
    "why.check.forward_finite": {"en": "the forward value was finite", "tr": "ileri değer sonluydu"},
    "why.check.graph_too_big": {
        "en": "the graph was too big to replay",
        "tr": "çizge yeniden oynatmak için çok büyüktü"},
    "why.check.zeros": {"en": "the gradient has zeros", "tr": "gradyanda sıfırlar var"},
    "why.check.no_mask": {
        "en": "no relu/clamp/max mask blocked anything",
        "tr": "hiçbir relu/clamp/max maskesi bir şey engellemedi"},
    "why.check.no_zero_op": {"en": "no round/sign-like operation", "tr": "round/sign benzeri işlem yok"},
    "why.check.no_selection": {"en": "no indexing or slicing", "tr": "indeksleme ya da dilimleme yok"},
    "why.check.finite": {"en": "the gradient is finite", "tr": "gradyan sonlu"},
    "why.check.nonzero": {"en": "it has no zeros", "tr": "sıfır içermiyor"},
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
    "cli.did_you_mean": {"en": "Did you mean {name}?", "tr": "{name} mi demek istedin?"},
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
        "en": "Not solved yet.",
        "tr": "Henüz çözülmedi.",
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
    ("AttributeError", r"exists in real PyTorch but not in the embedded engine", "err.missing_in_engine"),
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


class _Ambient:
    """The language of drawings that code asks for without ``lang=``: the lesson's."""

    lang = "en"
    reads = 0     # how often it was asked for: tells a recording which steps speak


_ambient = _Ambient()


def ambient_language() -> str:
    """The language lesson and learner code speaks when it draws (``viz.show_graph(z)``).

    Whoever runs that code sets it (:func:`speaking`): the tutor the learner's language, a
    lesson run (check, recording, transcripts) the language it runs in. English otherwise.
    """
    _ambient.reads += 1
    return _ambient.lang


def ambient_reads() -> int:
    """How many times :func:`ambient_language` has been asked so far."""
    return _ambient.reads


@contextlib.contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Run the body with ``lang`` as the language of drawings, restoring the previous one."""
    previous = _ambient.lang
    _ambient.lang = lang if lang in LANGS else "en"
    try:
        yield
    finally:
        _ambient.lang = previous


def set_ambient_language(lang: str) -> None:
    """Set the language of drawings for good (a session that speaks one language throughout)."""
    _ambient.lang = lang if lang in LANGS else "en"


def explain_error(exc_type: str, message: str, lang: str) -> str | None:
    """A short explanation of a known autograd error in the learner's language, or None."""
    key = error_key(exc_type, message)
    if key == "err.out_of_memory":
        size = _requested_size(message or "")
        if size:
            return t("err.out_of_memory_size", lang, size=size)
    return t(key, lang) if key else None


def _requested_size(message: str) -> str | None:
    """The size an allocation asked for, as the error says it (PyTorch: bytes; numpy: '74.5 TiB')."""
    found = re.search(r"allocate (\d+) bytes", message)
    if found:
        amount = float(found.group(1))
        for unit in ("bytes", "kB", "MB", "GB", "TB", "PB", "EB"):
            if amount < 1000 or unit == "EB":
                return f"{amount:.0f} {unit}" if unit == "bytes" else f"{amount:.3g} {unit}"
            amount /= 1000
    found = re.search(r"[Uu]nable to allocate (\d+(?:\.\d+)? [KMGTPE]?i?B)", message)
    return found.group(1) if found else None


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
