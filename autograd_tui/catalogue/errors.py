"""PyTorch's errors explained, and the plain outputs (listings, transcripts, exports)."""
MESSAGES: dict[str, dict[str, str]] = {
    # ------------------------------------------------------------------ errors explained
    "err.heading": {"en": "What went wrong?", "tr": "Ne oldu?"},
    "session.time_limit": {"en": "the step ran longer than {seconds} seconds and was stopped",
                           "tr": "adım {seconds} saniyeden uzun sürdü ve durduruldu"},
    # a lesson run in a child process that did not finish (demo --auto, export): FILE:LINE first
    "session.at_step": {"en": "step '{step}'", "tr": "'{step}' adımı"},
    "session.at_setup": {"en": "the lesson's setup", "tr": "dersin hazırlığı (setup)"},
    "session.stopped_step_time": {"en": "{where}: {at} ran longer than {seconds} seconds and was stopped",
                                  "tr": "{where}: {at} {seconds} saniyeden uzun sürdü ve durduruldu"},
    "session.stopped_file_time": {
        "en": "{where}: the lesson ran longer than {seconds} seconds in all and was stopped during {at}",
        "tr": "{where}: ders toplamda {seconds} saniyeden uzun sürdü ve {at} sırasında durduruldu"},
    "session.stopped_fork": {"en": "{where}: {at} started another process (os.fork) and was stopped",
                             "tr": "{where}: {at} başka bir süreç başlattı (os.fork) ve durduruldu"},
    "session.stopped_pipe": {"en": "{where}: {at} closed the lesson process's pipe and was stopped",
                             "tr": "{where}: {at} ders sürecinin bağlantısını kapattı ve durduruldu"},
    "session.stopped_cut_off": {"en": "{where}: {at} cut the lesson process off (its pipe was closed)",
                                "tr": "{where}: {at} ders sürecinin bağlantısını kesti (bağlantısı kapandı)"},
    "session.stopped_signal": {"en": "{where}: {at} ended the lesson process ({detail})",
                               "tr": "{where}: {at} ders sürecini sonlandırdı ({detail})"},
    "session.stopped_exit": {"en": "{where}: {at} ended the lesson process (exit status {detail})",
                             "tr": "{where}: {at} ders sürecini sonlandırdı (çıkış durumu {detail})"},
    "session.stopped_raised": {"en": "{where}: {at} stopped the lesson: {detail}",
                               "tr": "{where}: {at} dersi durdurdu: {detail}"},
    "err.torch_not_imported": {
        "en": "The name is not imported yet: as in any Python file, start with import torch (and "
              "from torch import nn, optim / import torch.nn.functional as F for the others).",
        "tr": "Bu ad henüz içe aktarılmadı: her Python dosyasında olduğu gibi önce import torch "
              "yaz (diğerleri için from torch import nn, optim / import torch.nn.functional as F).",
    },
    "err.method_not_called": {
        "en": "A method was indexed without being called: t.size[0] asks for item 0 of the "
              "method itself. Call it, t.size(0), or use the attribute t.shape[0].",
        "tr": "Bir metot çağrılmadan indekslendi: t.size[0], metodun kendisinin 0. öğesini "
              "ister. Onu çağır, t.size(0), ya da t.shape[0] niteliğini kullan.",
    },
    "err.no_grad_graph": {
        "en": "You called backward() on a tensor that autograd did not record: none of the "
              "tensors it was computed from has requires_grad=True, so there is no graph to go "
              "back through. Create the inputs with requires_grad=True (for example "
              "torch.tensor([1., 2.], requires_grad=True)) and compute the result again. "
              ":why loss.grad (with your tensor's name) tells whether the graph was cut or never built.",
        "tr": "backward() çağrısını autograd'ın kaydetmediği bir tensör üzerinde yaptın: "
              "hesaplandığı tensörlerin hiçbirinde requires_grad=True yok, yani geriye doğru "
              "gidilecek bir hesaplama grafiği yok. Girdileri requires_grad=True ile oluştur "
              "(örneğin torch.tensor([1., 2.], requires_grad=True)) ve sonucu yeniden hesapla. "
              ":neden loss.grad (kendi tensörünün adıyla) çizgenin koptuğunu mu yoksa hiç kurulmadığını mı söyler.",
    },
    "err.gradient_not_tensor": {
        "en": "The gradient given to backward() (or grad_outputs given to torch.autograd.grad) must "
              "be a tensor of the output's shape, not a Python list or number: "
              "gradient=torch.tensor([1., 1.]), or gradient=torch.ones_like(z).",
        "tr": "backward()'a verilen gradient (ya da torch.autograd.grad'a verilen grad_outputs), "
              "çıktıyla aynı şekilde bir tensör olmalı; Python listesi ya da sayı olamaz: "
              "gradient=torch.tensor([1., 1.]) ya da gradient=torch.ones_like(z).",
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
    "err.requires_grad_typo": {
        "en": "A misspelt keyword: PyTorch's is requires_grad (require + s + _grad), as in requires_grad=True.",
        "tr": "Anahtar sözcük yanlış yazılmış: PyTorch'ta requires_grad (require + s + _grad), örneğin "
              "requires_grad=True.",
    },
    "warn.nonleaf_grad": {
        "en": "That tensor was computed (it has a grad_fn), so it is not a leaf and backward() leaves its "
              ".grad None. To keep its gradient, give it a name and call .retain_grad() on it before "
              "backward(); :why NAME.grad explains.",
        "tr": "Bu tensör hesaplanarak üretildi (grad_fn'i var), yani yaprak değil; backward() onun .grad "
              "alanını None bırakır. Gradyanını tutmak için ona bir ad ver ve backward()'tan önce "
              ".retain_grad() çağır; :neden AD.grad nedenini açıklar.",
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
    "err.method_not_iterable": {
        "en": "A method was passed where its result was meant: model.parameters is the method itself. "
              "Call it with parentheses: optim.SGD(model.parameters(), lr=0.1), "
              "for p in model.parameters(): …",
        "tr": "Sonucunun beklendiği yere metodun kendisi verildi: model.parameters metodun kendisi. "
              "Onu parantezle çağır: optim.SGD(model.parameters(), lr=0.1), "
              "for p in model.parameters(): …",
    },
    "err.attribute_called": {
        "en": "Something that is not a function was called with (). Often it is an attribute written "
              "like a method: x.grad, x.grad_fn and x.data are read without parentheses (x.grad, not "
              "x.grad()).",
        "tr": "Fonksiyon olmayan bir şey () ile çağrıldı. Çoğu zaman bu, metot gibi yazılmış bir "
              "niteliktir: x.grad, x.grad_fn ve x.data parantezsiz okunur (x.grad() değil, x.grad).",
    },
    "err.shape_called": {
        "en": "x.shape is an attribute, not a method: write x.shape (or x.shape[0]), or call the "
              "method x.size() (x.size(0)).",
        "tr": "x.shape bir nitelik, metot değil: x.shape (ya da x.shape[0]) yaz ya da x.size() "
              "metodunu çağır (x.size(0)).",
    },
    "err.flag_called": {
        "en": "x.requires_grad (like x.is_leaf) is a True/False attribute, not a method: read it as "
              "x.requires_grad. To switch it on, write x.requires_grad_() or x.requires_grad = True.",
        "tr": "x.requires_grad (x.is_leaf gibi) True/False değerli bir nitelik, metot değil: onu "
              "x.requires_grad diye oku. Açmak için x.requires_grad_() ya da x.requires_grad = True yaz.",
    },
    "err.item_many": {
        "en": "Only a tensor of exactly one element becomes a Python number (.item(), float(), or an "
              "element of torch.tensor([...])). Reduce it first (loss.mean().item()), pick one element "
              "(x[0].item()), take all of them with x.tolist(), or join tensors with torch.stack([a, b]).",
        "tr": "Yalnızca tam bir elemanlı bir tensör Python sayısına dönüşür (.item(), float() ya da "
              "torch.tensor([...]) içindeki bir eleman). Önce indirge (loss.mean().item()), bir eleman "
              "seç (x[0].item()), hepsini x.tolist() ile al ya da tensörleri torch.stack([a, b]) ile birleştir.",
    },
    "err.bool_ambiguous": {
        "en": "if, while, and, or, not and bool() need one True or False, but this tensor has several "
              "elements. Say which you mean: (x > 0).all() or (x > 0).any(); to choose element by "
              "element, use torch.where(x > 0, a, b).",
        "tr": "if, while, and, or, not ve bool() tek bir True ya da False ister, ama bu tensörün birden "
              "çok elemanı var. Hangisini kastettiğini söyle: (x > 0).all() ya da (x > 0).any(); eleman "
              "eleman seçmek için torch.where(x > 0, a, b) kullan.",
    },
    "err.grad_input_no_grad": {
        "en": "torch.autograd.grad(outputs, inputs) differentiates with respect to inputs, so each of "
              "them must have requires_grad=True and be one the outputs were computed from.",
        "tr": "torch.autograd.grad(outputs, inputs) türevi inputs'a göre alır; bu yüzden her biri "
              "requires_grad=True olmalı ve outputs onlardan hesaplanmış olmalı.",
    },
    "err.empty_parameters": {
        "en": "The optimizer got no parameters. model.parameters() gives a generator that runs out after "
              "one pass: if you looped over it or made a list of it first, call model.parameters() "
              "again, or keep list(model.parameters()).",
        "tr": "Optimizer hiç parametre almadı. model.parameters() bir kez dolaşılınca tükenen bir üreteç "
              "verir: önce üzerinde döndüysen ya da ondan liste yaptıysan model.parameters() metodunu "
              "yeniden çağır ya da list(model.parameters()) sakla.",
    },
    "err.view_not_contiguous": {
        "en": "view() needs the tensor's elements in one contiguous run, and a transpose (.t(), .T, "
              ".permute) or a slice changed their order in memory. Use .reshape(...), which copies "
              "when it must, or .contiguous().view(...).",
        "tr": "view(), tensörün elemanlarının bellekte tek parça sıralı durmasını ister; bir devrik "
              "(.t(), .T, .permute) ya da bir dilim bu sırayı değiştirdi. Gerektiğinde kopyalayan "
              ".reshape(...) kullan ya da .contiguous().view(...) yaz.",
    },
    "err.target_dtype": {
        "en": "CrossEntropyLoss (and nll_loss) wants class indices as integers: target = target.long(). "
              "Targets of class probabilities must have the input's shape instead.",
        "tr": "CrossEntropyLoss (ve nll_loss) sınıf numaralarını tam sayı olarak ister: "
              "target = target.long(). Sınıf olasılıklarından oluşan hedefler ise girdiyle aynı şekilde olmalı.",
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
    "err.pasted_prompt": {
        "en": "The code begins with the prompt >>> (or ...), copied along with it from the docs or "
              "a tutorial. Paste only the code after the prompts: the tutor draws its own >>>.",
        "tr": "Kod, belgelerden ya da bir eğitimden onunla birlikte kopyalanan >>> (ya da ...) "
              "istemiyle başlıyor. Yalnızca istemlerden sonraki kodu yapıştır: >>> istemini "
              "eğitmen kendisi çizer.",
    },
    "err.unindent": {
        "en": "A line starts in a column where no block above it starts: the lines of one block must line "
              "up exactly (4 spaces a level). Give it the indentation of the lines around it; ↑ brings the "
              "code back to fix.",
        "tr": "Bir satır, üstündeki hiçbir bloğun başlamadığı bir sütunda başlıyor: bir bloğun satırları tam "
              "olarak hizalanmalı (her düzey 4 boşluk). Ona çevresindeki satırların girintisini ver; ↑ kodu "
              "düzeltmek için geri getirir.",
    },
    "err.unexpected_indent": {
        "en": "This line is indented, but no block begins above it (only a line ending in ':' starts one). "
              "Remove the spaces at its start; ↑ brings the code back to fix.",
        "tr": "Bu satır girintili, ama üstünde bir blok başlamıyor (blok yalnızca ':' ile biten bir satırdan "
              "sonra başlar). Başındaki boşlukları sil; ↑ kodu düzeltmek için geri getirir.",
    },
    "err.tabs_and_spaces": {
        "en": "The indentation mixes tabs and spaces, which Python refuses. Indent with spaces only (Tab at "
              ">>> puts 4 spaces).",
        "tr": "Girinti sekmelerle boşlukları karıştırıyor; Python bunu kabul etmez. Yalnızca boşlukla "
              "girintile (>>> isteminde Tab 4 boşluk koyar).",
    },
    "err.shell_command": {
        "en": "“{command}” is a command for the terminal (its shell), not Python. Run it in a terminal "
              "outside the tutor (:quit leaves, or open another window); at >>> only Python runs. The "
              "tutor needs nothing installed: import torch works here.",
        "tr": "“{command}” Python değil, terminalin (kabuğunun) komutu. Onu eğitmenin dışında bir "
              "terminalde çalıştır (:çık ile çıkabilir ya da başka bir pencere açabilirsin); >>> isteminde "
              "yalnızca Python çalışır. Eğitmen için hiçbir şey kurmak gerekmez: import torch burada çalışır.",
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
}
