"""The computation graph, the backward walk and the plots."""
MESSAGES: dict[str, dict[str, str]] = {
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
        "en": "Usage: :{name} EXPR, for example :{name} {example}",
        "tr": "Kullanım: :{name} İFADE, örneğin :{name} {example}",
    },
    "viz.needs_expr.no_tensor": {
        "en": "Usage: :{name} EXPR, where EXPR is one of your tensors (none yet: for example, after "
              "x = torch.tensor(2., requires_grad=True) and z = x * 3, try :{name} {example})",
        "tr": "Kullanım: :{name} İFADE; İFADE tensörlerinden biri (henüz yok: örneğin x = torch.tensor(2., "
              "requires_grad=True) ve z = x * 3 yazdıktan sonra :{name} {example} dene)",
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
        "en": "That is of type {type}, not a tensor: there is no graph to draw.",
        "tr": "Bu bir tensör değil, bir {type}: çizilecek bir hesaplama grafiği yok.",
    },
    "graph.node": {
        "en": "That is a node of the graph ({type}), not a tensor: the graph is drawn from the tensor "
              "whose grad_fn it is. Give that tensor.",
        "tr": "Bu, hesaplama grafiğinin bir düğümü ({type}), tensör değil: grafik, grad_fn'i bu düğüm "
              "olan tensörden çizilir. O tensörü ver.",
    },
    "graph.node_of": {
        "en": "That is a node of the graph ({type}), not a tensor: the graph is drawn from the tensor "
              "itself. Give {owner}.",
        "tr": "Bu, hesaplama grafiğinin bir düğümü ({type}), tensör değil: grafik tensörün kendisinden "
              "çizilir. Tensörün kendisini ver: {owner}.",
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
        "en": "{name} is of type {detail}, not a tensor.",
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
    "plot.not_finite": {
        "en": "Values left out of the chart (nan or inf): {n}.",
        "tr": "Grafikte gösterilmeyen değerler (nan ya da inf): {n}.",
    },
    "plot.no_derivative": {
        "en": "{expr} does not depend on {var} through autograd, so there is no derivative to draw.",
        "tr": "{expr}, autograd açısından {var} değişkenine bağlı değil; çizilecek bir türev yok.",
    },
    "deriv.invalid": {
        "en": "Type the derivative as a Python expression in {names}, written like {example}. "
              "Yours could not be evaluated: {error}",
        "tr": "Türevi {names} cinsinden bir Python ifadesi olarak yaz; yazılışı "
              "{example} gibi. Yazdığın ifade hesaplanamadı: {error}",
    },
    "deriv.no_value": {
        "en": "That line gives no value (None), so there is nothing to compare. Type the derivative "
              "itself as a Python expression in {names}, written like {example}.",
        "tr": "Bu satır bir değer vermiyor (None); karşılaştırılacak bir şey yok. Türevin kendisini "
              "{names} cinsinden bir Python ifadesi olarak yaz; yazılışı {example} gibi.",
    },
    "deriv.not_expression": {
        "en": "That code ran, but it is not one expression, so it is not taken as your answer. Type "
              "the derivative as a Python expression in {names}, written like {example}.",
        "tr": "Bu kod çalıştı ama tek bir ifade değil, bu yüzden cevabın olarak alınmadı. Türevi "
              "{names} cinsinden bir Python ifadesi olarak yaz; yazılışı {example} gibi.",
    },
    "deriv.grad": {
        "en": "Your answer is compared with autograd at random points where no backward has run, "
              "so write the derivative as a formula in {names}, not with .grad: written like "
              "{example}.",
        "tr": "Cevabın, hiç geri yayılım yapılmamış rastgele noktalarda autograd ile karşılaştırılır; "
              "türevi .grad ile değil, {names} cinsinden bir formül olarak yaz: yazılışı {example} "
              "gibi.",
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
        "en": "Enter/→ next · b/← back · r live REPL (:quit returns) · q quit",
        "tr": "Enter/→ ileri · b/← geri · r canlı REPL (:çık ile dönülür) · q çık",
    },
    "demo.rebuilding": {
        "en": "Rebuilding the namespace…",
        "tr": "Ad alanı yeniden kuruluyor…",
    },
    "demo.output": {"en": "output", "tr": "çıktı"},
    "demo.passed": {"en": "✓ The solution passes the check.", "tr": "✓ Çözüm kontrolü geçiyor."},
    "demo.failed": {"en": "✗ The solution does not pass the check.", "tr": "✗ Çözüm kontrolü geçmiyor."},
    "demo.page": {
        "en": "page {n}/{total} · Enter/→ more",
        "tr": "sayfa {n}/{total} · Enter/→ devamı",
    },
    "demo.page_last": {
        "en": "page {n}/{total}, the last",
        "tr": "sayfa {n}/{total}, sonuncusu",
    },
    "demo.reveal": {
        "en": "Ask the room first. Any key reveals the answer.",
        "tr": "Önce sınıfa sor. Herhangi bir tuş cevabı gösterir.",
    },
    "demo.answer": {"en": "Answer", "tr": "Cevap"},
    "demo.end": {
        "en": "End of “{title}”. b goes back, r opens the REPL, q quits.",
        "tr": "“{title}” dersinin sonu. b geri gider, r REPL'i açar, q çıkar.",
    },
    "demo.repl_lesson_only": {
        "en": ":{name} is for a learner taking the lesson; the demo only shows it. To take it: "
              "autograd-tui lesson {id}. :{quit} returns to the demo.",
        "tr": ":{name}, dersi alan bir öğrenci içindir; gösterim dersi yalnızca gösterir. Dersi almak için: "
              "autograd-tui lesson {id}. :{quit} ile gösterime dönülür."},
    "demo.repl_enter": {
        "en": "REPL on the lesson's live namespace: try :graph {name} or :backward {name}. :quit "
              "or Ctrl-D returns to the demo.",
        "tr": "Dersin canlı ad alanında REPL: :çizge {name} ya da :geri-yayılım {name} dene. :çık "
              "ya da Ctrl-D ile gösterime dönülür.",
    },
    "demo.repl_enter_no_graph": {
        "en": "REPL on the lesson's live namespace. Once a step has computed a tensor, :graph "
              "NAME draws its graph and :backward NAME walks it. :quit or Ctrl-D returns to the "
              "demo.",
        "tr": "Dersin canlı ad alanında REPL. Bir adım bir tensör hesapladıktan sonra :çizge AD "
              "onun hesaplama grafiğini çizer, :geri-yayılım AD geri yayılımı adım adım gösterir. "
              ":çık ya da Ctrl-D ile gösterime dönülür.",
    },
    "demo.repl_toolbar_keys": {
        "en": ":quit or Ctrl-D returns to the lesson",
        "tr": ":çık ya da Ctrl-D ile derse dön",
    },
    "demo.repl_toolbar_title": {"en": "demo REPL", "tr": "gösterim REPL'i"},
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
}
