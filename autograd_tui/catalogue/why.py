"""`:why`: why a gradient is None, zero, NaN or too large."""
MESSAGES: dict[str, dict[str, str]] = {
    # --- why ---
    "cmd.why": {
        "en": "explain why a gradient is None, zero, NaN or large (:why w.grad)",
        "tr": "bir gradyanın neden None, sıfır, NaN ya da büyük olduğunu açıkla (:neden w.grad)"},
    "why.title": {"en": "why: {expr}", "tr": "neden: {expr}"},
    "why.yes": {"en": "yes", "tr": "evet"},
    "why.no": {"en": "no", "tr": "hayır"},
    "why.fix": {"en": "Fix:", "tr": "Çözüm:"},
    "why.checked": {"en": "Checked:", "tr": "Kontrol edilenler:"},
    "why.format.percent": {"en": "{n}%", "tr": "%{n}"},
    "why.not_tensor": {
        "en": "{name} is not a tensor but a value of type {type}: it has no gradient.",
        "tr": "{name} bir tensör değil, {type} türünde bir değer: gradyanı olmaz."},
    "why.fix.not_tensor": {
        "en": "ask about a tensor, e.g. {ask}",
        "tr": "bir tensörü sor, örneğin {ask}"},
    "why.fix.not_tensor.unnamed": {
        "en": "ask about one of your tensors by its name: {ask}",
        "tr": "tensörlerinden birini adıyla sor: {ask}"},
    "why.format.ask": {"en": ":why {expr}", "tr": ":neden {expr}"},
    "why.format.placeholder": {"en": "NAME", "tr": "AD"},
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
    "why.inputs_no_grad": {
        "en": "{name}.grad is None because {name} does not require grad: «{statement}» computed it only from "
              "tensors that do not require grad ({inputs}), so autograd recorded nothing and {name} has no "
              "grad_fn; the graph was never built, rather than cut.",
        "tr": "{name}.grad None, çünkü {name} gradyan istemiyor: «{statement}» onu yalnızca gradyan istemeyen "
              "tensörlerden ({inputs}) hesapladı; bu yüzden autograd hiçbir şey kaydetmedi ve {name} için "
              "grad_fn yok: çizge kopmadı, hiç kurulmadı."},
    "why.fix.inputs_no_grad": {
        "en": "create the tensor you want gradients for with requires_grad=True (for example {first} = "
              "torch.tensor([...], requires_grad=True)), then compute {name} again.",
        "tr": "gradyanını istediğin tensörü requires_grad=True ile oluştur (örneğin {first} = "
              "torch.tensor([...], requires_grad=True)), sonra {name} değerini yeniden hesapla."},
    "why.no_requires_grad": {
        "en": "{name}.grad is None because {name} does not require grad ({name}.requires_grad is False, dtype "
              "{dtype}): autograd never fills its .grad.",
        "tr": "{name}.grad None, çünkü {name} gradyan istemiyor ({name}.requires_grad False, dtype {dtype}): autograd"
              " onun .grad alanını hiç doldurmaz."},
    "why.fix.no_requires_grad": {
        "en": "create it with requires_grad=True (a float tensor), or call {name}.requires_grad_() before using it.",
        "tr": "onu requires_grad=True ile (ondalıklı bir tensör olarak) oluştur ya da kullanmadan önce "
              "{name}.requires_grad_() çağır."},
    "why.frozen": {
        "en": "{name}.grad is None because {name} is a frozen parameter: its requires_grad is False (set with "
              "requires_grad_(False) or requires_grad = False, as when only the other layers are trained), so "
              "autograd does not fill its .grad. That is what freezing is for.",
        "tr": "{name}.grad None, çünkü {name} dondurulmuş bir parametre: requires_grad değeri False "
              "(requires_grad_(False) ya da requires_grad = False ile, yalnızca öbür katmanlar eğitilirken olduğu "
              "gibi), bu yüzden autograd onun .grad alanını doldurmaz. Dondurmanın amacı da bu."},
    "why.fix.frozen": {
        "en": "if it should learn after all, call {name}.requires_grad_(True), and make sure the optimizer was "
              "given it.",
        "tr": "yine de öğrenmesi gerekiyorsa {name}.requires_grad_(True) çağır ve optimizer'a verildiğinden emin ol."},
    "why.reassigned": {
        "en": "{name}.grad is None because the name {name} now points to a new tensor. «{statement}» made a "
              "non-leaf (grad_fn={grad_fn}), which keeps no .grad. The old {name} was the leaf: backward filled "
              "its .grad ({old_grad}), and it now lives on only inside the new {name}'s graph.",
        "tr": "{name}.grad None, çünkü {name} adı artık yeni bir tensörü gösteriyor. «{statement}» yaprak "
              "olmayan bir tensör üretti (grad_fn={grad_fn}); böyle bir tensör .grad tutmaz. Yaprak eski {name} "
              "idi: backward onun .grad alanını doldurdu ({old_grad}); o artık yalnızca yeni {name} tensörünün "
              "çizgesinde yaşıyor."},
    "why.reassigned.unfilled": {
        "en": "{name}.grad is None because the name {name} now points to a new tensor. «{statement}» made a "
              "non-leaf (grad_fn={grad_fn}), which keeps no .grad. The old {name} was the leaf, the tensor "
              "backward fills, and it now lives on only inside the new {name}'s graph.",
        "tr": "{name}.grad None, çünkü {name} adı artık yeni bir tensörü gösteriyor. «{statement}» yaprak "
              "olmayan bir tensör üretti (grad_fn={grad_fn}); böyle bir tensör .grad tutmaz. Yaprak, yani "
              "backward'ın dolduracağı tensör eski {name} idi; o artık yalnızca yeni {name} tensörünün "
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
    "why.fix.non_leaf.expression": {
        "en": "{name} is computed anew each time it is written, so calling retain_grad() on it cannot help: "
              "give it a name first (h = {name}), call h.retain_grad() before backward(), then read h.grad.",
        "tr": "{name} her yazılışında yeniden hesaplanır, bu yüzden ona retain_grad() çağırmak işe yaramaz: önce "
              "ona bir ad ver (h = {name}), backward()'tan önce h.retain_grad() çağır, sonra h.grad'ı oku."},
    "why.no_backward": {
        "en": "{name}.grad is None because backward() has not been called yet in this session.",
        "tr": "{name}.grad None, çünkü bu oturumda henüz backward() çağrılmadı."},
    "why.fix.no_backward": {
        "en": "compute a single number from {name} (a loss) and call .backward() on it.",
        "tr": "{name} ile tek bir sayı (bir kayıp) hesapla ve onun üzerinde .backward() çağır."},
    "why.fix.no_backward.scalar": {
        "en": "call {result}.backward(): {result} is computed from {name}.",
        "tr": "{result}.backward() çağır: {result}, {name} ile hesaplandı."},
    "why.fix.no_backward.vector": {
        "en": "call {result}.backward(torch.ones_like({result})): {result} is computed from {name} and holds "
              "more than one number, so backward() needs a gradient of its shape.",
        "tr": "{result}.backward(torch.ones_like({result})) çağır: {result}, {name} ile hesaplandı ve birden çok "
              "sayı tutuyor; bu yüzden backward() onun şeklinde bir gradient ister."},
    "why.backward_failed": {
        "en": "{name}.grad is None because every backward() so far failed; the last one, on {root}, raised {error}.",
        "tr": "{name}.grad None, çünkü şimdiye kadarki her backward() hata verdi; sonuncusu ({root} üzerinde) şunu "
              "verdi: {error}."},
    "why.fix.backward_failed": {
        "en": "fix that error first (the explanation under it says how), then call backward again.",
        "tr": "önce o hatayı düzelt (altındaki açıklama nasıl olacağını söylüyor), sonra backward'ı yeniden çağır."},
    "why.reaching_backward_failed": {
        "en": "{name}.grad is None because the backward() on {root}, the one that would have reached {name}, failed "
              "(the backward() calls that worked before it did not reach {name}). It raised {error}",
        "tr": "{name}.grad None, çünkü {name} tensörüne ulaşacak olan backward() ({root} üzerinde) hata verdi (ondan "
              "önce başarılı olan backward() çağrıları {name} tensörüne ulaşmadı). Verdiği hata: {error}"},
    "why.fix.reaching_backward_failed": {
        "en": "fix that error first (the explanation under it says how), then call backward again.",
        "tr": "önce o hatayı düzelt (altındaki açıklama nasıl olacağını söylüyor), sonra backward'ı yeniden çağır."},
    "why.not_on_path": {
        "en": "{name}.grad is None because {name} is not on any path to {root}, the tensor the last backward() "
              "started from. That backward reached: {leaves}.",
        "tr": "{name}.grad None, çünkü {name}, son backward()'ın başladığı {root} tensörüne giden hiçbir yolda yok. O"
              " backward şunlara ulaştı: {leaves}."},
    "why.not_on_path.unnamed": {
        "en": "{name}.grad is None because {name} is not on any path to {root}, the tensor the last backward() "
              "started from. That backward reached none of the tensors you named.",
        "tr": "{name}.grad None, çünkü {name}, son backward()'ın başladığı {root} tensörüne giden hiçbir yolda yok. O"
              " backward, adını verdiğin tensörlerin hiçbirine ulaşmadı."},
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
    "why.hook_changed": {
        "en": "{name}.grad is {now}, but the backward from {root} without hooks gives {without}: a hook "
              "registered on {hooked} changed the gradient on its way (a hook that returns a tensor replaces the "
              "gradient with it).",
        "tr": "{name}.grad değeri {now}, ama {root} üzerinden kancasız bir geri yayılım {without} verir: {hooked} "
              "üzerine kaydedilen bir kanca gradyanı yolda değiştirdi (tensör döndüren bir kanca gradyanın yerine "
              "onu koyar)."},
    "why.fix.hook_changed": {
        "en": "if that is not what you meant, remove the hook with the handle it returned (handle.remove()), or "
              "let it return None so that it only looks at the gradient.",
        "tr": "istediğin bu değilse kancayı döndürdüğü tutamakla kaldır (handle.remove()) ya da gradyana yalnızca "
              "baksın diye None döndürmesini sağla."},
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
    "why.nan_earlier": {
        "en": "{name}.grad has {kind} left over from an earlier backward, not from the last one. {origin} "
              "{last_finite} backward() adds into .grad, it does not overwrite it, and {kind} + a number is still "
              "{kind}: {name}.grad is the sum of {count} backward passes in a row (the last from {root}).",
        "tr": "{name}.grad içindeki {kind} son backward'tan değil, daha önceki bir backward'tan kalma. {origin} "
              "{last_finite} backward() .grad'ın üzerine yazmaz, ona ekler ve {kind} + sayı yine {kind}: "
              "{name}.grad art arda {count} geri yayılımın toplamı (sonuncusu {root} üzerinden)."},
    "why.nan_earlier.node": {
        "en": "The backward from {first} brought it in at {node}.",
        "tr": "{first} üzerinden yapılan backward onu {node} düğümünde getirdi."},
    "why.nan_earlier.forward": {
        "en": "The backward from {first} started from a value that was already NaN or inf.",
        "tr": "{first} üzerinden yapılan backward, zaten NaN ya da inf olan bir değerden başladı."},
    "why.nan_earlier.last_finite": {
        "en": "The last backward itself added only finite numbers.",
        "tr": "Son backward'ın kendisi yalnızca sonlu sayılar ekledi."},
    "why.fix.nan_earlier": {
        "en": "start again from a clean {name} (create it again, or set {name}.grad = None), then call backward "
              "once.",
        "tr": "temiz bir {name} ile yeniden başla ({name} tensörünü yeniden oluştur ya da {name}.grad = None yap), "
              "sonra backward'ı bir kez çağır."},
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
    "why.fix.nan_node.edge": {
        "en": "keep the input strictly inside (-1, 1), e.g. torch.acos(x.clamp(-1 + 1e-6, 1 - 1e-6)).",
        "tr": "girdiyi (-1, 1) aralığının tam içinde tut, örneğin torch.acos(x.clamp(-1 + 1e-6, 1 - 1e-6))."},
    "why.fix.nan_node.custom": {
        "en": "look at the formula your backward returns where the values it saved are 0 or huge (print them in "
              "backward), and keep it finite there, e.g. g / (2 * r).clamp_min(1e-8) instead of g / (2 * r).",
        "tr": "backward'ının döndürdüğü formüle, sakladığı değerlerin 0 ya da çok büyük olduğu yerlerde bak "
              "(backward içinde yazdır) ve orada sonlu kalmasını sağla, örneğin g / (2 * r) yerine "
              "g / (2 * r).clamp_min(1e-8)."},
    "why.fix.nan_node.saved_inf": {
        "en": "find where the forward pass made the inf (an overflow, a division by 0, a float('inf') you put in) "
              "and keep it out of the product; clamping the result afterwards does not help, because the "
              "clamp's gradient 0 times inf is still NaN.",
        "tr": "ileri hesabın inf değerini nerede ürettiğini bul (bir taşma, sıfıra bölme ya da senin koyduğun bir "
              "float('inf')) ve onu çarpımın dışında tut; sonucu sonradan kırpmak işe yaramaz, çünkü kırpmanın "
              "gradyanı 0 ile inf'in çarpımı yine NaN olur."},
    "why.reason.zero": {
        "en": "its input has a 0 where the derivative is infinite or undefined (sqrt or log at 0, division by zero)",
        "tr": "girdisinde türevin sonsuz ya da tanımsız olduğu bir 0 var (0'da sqrt ya da log, sıfıra bölme)"},
    "why.reason.overflow": {
        "en": "a value overflowed (exp of a large number is inf)",
        "tr": "bir değer taştı (büyük bir sayının exp'i inf olur)"},
    "why.reason.where": {
        "en": "the torch.where trap: the branch that was not chosen still gets 0 × inf = NaN in backward",
        "tr": "torch.where tuzağı: seçilmeyen dal da geri yayılımda 0 × inf = NaN alır"},
    "why.reason.edge": {
        "en": "its input is exactly 1 or -1, the edge of acos's and asin's domain, where the derivative "
              "1/√(1 − x²) is infinite",
        "tr": "girdisi tam olarak 1 ya da -1; bu, acos ile asin'in tanım kümesinin sınırı ve orada türev "
              "1/√(1 − x²) sonsuz"},
    "why.reason.saved_inf": {
        "en": "it multiplies the gradient by a value saved from the forward pass that is already inf or NaN, "
              "and 0 × inf is NaN",
        "tr": "gradyanı ileri hesaptan saklanmış, zaten inf ya da NaN olan bir değerle çarpıyor ve 0 × inf NaN "
              "olur"},
    "why.reason.custom": {
        "en": "the backward of your autograd.Function returned it, from a gradient that arrived finite",
        "tr": "autograd.Function'ının backward'ı, sonlu gelen bir gradyandan onu döndürdü"},
    "why.reason.other": {"en": "its local derivative is not finite there", "tr": "oradaki yerel türevi sonlu değil"},
    "why.zero_error": {
        "en": "{name}.grad is all 0 because the error is 0: the backward from {root} goes through {node}, "
              "whose error {error} is exactly 0 everywhere (the prediction equals the target), and a squared "
              "or absolute error has derivative 0 there.",
        "tr": "{name}.grad tamamen 0, çünkü hata 0: {root} üzerinden geri yayılım {node} düğümünden geçiyor ve "
              "onun hatası {error} her yerde tam olarak 0 (tahmin hedefe eşit); karesi ya da mutlak değeri "
              "alınan bir hatanın türevi orada 0'dır."},
    "why.fix.zero_error": {
        "en": "nothing is wrong: at a perfect fit there is nothing left to learn. To see a gradient, start from a "
              "prediction that misses (another starting value or another target).",
        "tr": "yanlış bir şey yok: tam uyumda öğrenilecek bir şey kalmaz. Bir gradyan görmek için hedefi "
              "ıskalayan bir tahminle başla (başka bir başlangıç değeri ya da başka bir hedef)."},
    "why.see.zero_error": {"en": ":graph {root}", "tr": ":çizge {root}"},
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
    "why.zero_factor": {
        "en": "{zeros} of {numel} elements of {name}.grad are 0 because the backward from {root} goes through "
              "{node}, a product: the gradient it passes to one factor is the incoming one times the other "
              "factor, and that factor is {what}.",
        "tr": "{name}.grad içindeki {numel} elemandan {zeros} tanesi 0, çünkü {root} üzerinden geri yayılım "
              "{node} düğümünden geçiyor; bu bir çarpım ve bir çarpana geçirdiği gradyan, gelen gradyanın öbür "
              "çarpanla çarpımı: o çarpan da {what}."},
    "why.zero_factor.constant": {"en": "the constant {factor}", "tr": "sabit {factor}"},
    "why.zero_factor.everywhere": {"en": "{factor}, which is 0 everywhere", "tr": "her yerde 0 olan {factor}"},
    "why.zero_factor.some": {
        "en": "{factor}, which is 0 at {factor_zeros} of its {factor_numel} elements",
        "tr": "{factor_numel} elemanından {factor_zeros} tanesi 0 olan {factor}"},
    "why.zero_factor.columns": {
        "en": "{factor}, whose column(s) {lines} (of {total}) are all 0: in a matrix product each column of "
              "the left factor meets only the matching row of the right one, so that row's gradient is 0",
        "tr": "{total} sütunundan {lines} numaralı olan(lar)ı tamamen 0 olan {factor}: matris çarpımında "
              "soldaki çarpanın her sütunu sağdakinin yalnızca karşılık gelen satırıyla buluşur, bu yüzden o "
              "satırın gradyanı 0 olur"},
    "why.zero_factor.rows": {
        "en": "{factor}, whose row(s) {lines} (of {total}) are all 0: in a matrix product each row of the "
              "right factor meets only the matching column of the left one, so that column's gradient is 0",
        "tr": "{total} satırından {lines} numaralı olan(lar)ı tamamen 0 olan {factor}: matris çarpımında "
              "sağdaki çarpanın her satırı soldakinin yalnızca karşılık gelen sütunuyla buluşur, bu yüzden o "
              "sütunun gradyanı 0 olur"},
    "why.fix.zero_factor": {
        "en": "nothing is wrong if the 0 is meant (a mask, an input of 0); otherwise look at where {factor} comes "
              "from: a factor of 0 passes no gradient to what it multiplies.",
        "tr": "0 isteniyorsa (bir maske, 0 olan bir girdi) yanlış bir şey yok; istenmiyorsa {factor} değerinin "
              "nereden geldiğine bak: 0 olan bir çarpan, çarptığı şeye gradyan geçirmez."},
    "why.fix.zero_factor.constant": {
        "en": "a product with 0 does not depend on {name} at all: leave that term out, or multiply by the value "
              "you meant.",
        "tr": "0 ile çarpım {name} değerine hiç bağlı değil: o terimi çıkar ya da kastettiğin değerle çarp."},
    "why.see.zero_factor": {"en": ":backward {root}", "tr": ":geri-yayılım {root}"},
    "why.saturated": {
        "en": "{zeros} of {numel} elements of {name}.grad are 0 ({dead}): the backward from {root} goes through "
              "{node}, and {kind} is saturated there: its input was so far from 0 that its output is exactly "
              "{ends}, where its slope rounds to 0.",
        "tr": "{name}.grad içindeki {numel} elemandan {zeros} tanesi 0 ({dead}): {root} üzerinden geri yayılım "
              "{node} düğümünden geçiyor ve {kind} orada doymuş: girdisi 0'dan o kadar uzak ki çıktısı tam "
              "olarak {ends}; orada eğimi 0'a yuvarlanıyor."},
    "why.saturated.sigmoid": {"en": "0 or 1", "tr": "0 ya da 1"},
    "why.saturated.tanh": {"en": "-1 or 1", "tr": "-1 ya da 1"},
    "why.fix.saturated": {
        "en": "keep the input of {kind} in a moderate range: scale the inputs, start from smaller weights.",
        "tr": "{kind} girdisini makul bir aralıkta tut: girdileri ölçekle, daha küçük ağırlıklarla başla."},
    "why.fix.saturated.sigmoid": {
        "en": "keep the input of sigmoid in a moderate range (scale the inputs, start from smaller weights); "
              "for a probability in a loss, give the logits to torch.nn.BCEWithLogitsLoss instead of applying "
              "sigmoid first.",
        "tr": "sigmoid girdisini makul bir aralıkta tut (girdileri ölçekle, daha küçük ağırlıklarla başla); "
              "kayıptaki bir olasılık için önce sigmoid uygulamak yerine logit'leri "
              "torch.nn.BCEWithLogitsLoss'a ver."},
    "why.zeroed": {
        "en": "{name}.grad is all 0 because {how} filled it with zeros after the backward from {root}.",
        "tr": "{name}.grad tamamen 0, çünkü {root} üzerinden yapılan backward'tan sonra {how} onu sıfırlarla "
              "doldurdu."},
    "why.fix.zeroed": {
        "en": "read {name}.grad after backward() and before clearing it; clearing belongs at the start of each "
              "step.",
        "tr": "{name}.grad değerini backward()'tan sonra, temizlemeden önce oku; temizlemenin yeri her adımın "
              "başı."},
    "why.integer_result": {
        "en": "{name}.grad is None because {name} does not require grad: «{statement}» reads {inputs}, which "
              "requires grad, but its result has dtype {dtype}, and only floating-point and complex tensors "
              "carry gradients: the graph stops there.",
        "tr": "{name}.grad None, çünkü {name} gradyan istemiyor: «{statement}» gradyan isteyen {inputs} "
              "tensörünü okuyor ama sonucunun dtype'ı {dtype}; gradyan yalnızca ondalıklı ve karmaşık "
              "tensörlerde taşınır: çizge orada biter."},
    "why.fix.integer_result": {
        "en": "keep the floating-point values in the computation: comparisons, argmax and integer conversions "
              "have no gradient; a smooth stand-in (torch.sigmoid for a step, torch.softmax for argmax) has one.",
        "tr": "hesapta ondalıklı değerleri tut: karşılaştırmaların, argmax'ın ve tamsayıya dönüşümlerin gradyanı "
              "yoktur; yumuşak bir karşılığın (basamak için torch.sigmoid, argmax için torch.softmax) vardır."},
    "why.new_tensor": {
        "en": "{name}.grad is None because {name} does not require grad: «{statement}» builds a new tensor with "
              "{op}, which copies the values of {inputs} and starts without a graph.",
        "tr": "{name}.grad None, çünkü {name} gradyan istemiyor: «{statement}» {op} ile yeni bir tensör "
              "kuruyor; bu, {inputs} değerlerini kopyalar ve çizgesiz başlar."},
    "why.fix.new_tensor": {
        "en": "combine tensors with tensor operations, which keep the graph: torch.stack([...]) or "
              "torch.cat([...]) instead of torch.tensor([...]).",
        "tr": "tensörleri çizgeyi koruyan tensör işlemleriyle birleştir: torch.tensor([...]) yerine "
              "torch.stack([...]) ya da torch.cat([...])."},
    "why.grad_disabled": {
        "en": "{name}.grad is None because {name} does not require grad: gradient recording was switched off "
              "(torch.is_grad_enabled() was False) when «{statement}» ran, so it recorded nothing from {inputs}.",
        "tr": "{name}.grad None, çünkü {name} gradyan istemiyor: «{statement}» çalıştığında gradyan kaydı "
              "kapalıydı (torch.is_grad_enabled() False idi); bu yüzden {inputs} için hiçbir şey kaydetmedi."},
    "why.fix.grad_disabled": {
        "en": "switch recording back on with torch.set_grad_enabled(True), then compute {name} again.",
        "tr": "kaydı torch.set_grad_enabled(True) ile yeniden aç, sonra {name} değerini yeniden hesapla."},
    "why.masked": {
        "en": "{zeros} of {numel} elements of {name}.grad are 0 ({dead}): the backward from {root} goes "
              "through {node}, a {kind} mask that passes no gradient {cut}.{tie}",
        "tr": "{name}.grad içindeki {numel} elemandan {zeros} tanesi 0 ({dead}): {root} üzerinden geri "
              "yayılım {node} düğümünden geçiyor; bu {kind} maskesi {cut} gradyan geçirmez.{tie}"},
    "why.masked.cut": {"en": "where it cut the value off", "tr": "değeri kestiği yerlerde"},
    "why.masked.cut.relu": {
        "en": "where its output is 0: where its input was below 0, or exactly 0 (the kink, where PyTorch takes "
              "relu's slope to be 0)",
        "tr": "girdisinin 0'dan küçük ya da tam olarak 0 olduğu, yani çıktısının 0 olduğu yerlerde (0, PyTorch'un "
              "relu'nun eğimini 0 aldığı kırılma noktasıdır)"},
    "why.masked.cut.hardtanh": {
        "en": "where its input is at or beyond either limit (unlike clamp, which passes the gradient at exactly "
              "its limits, hardtanh passes none there)",
        "tr": "girdisinin sınırlardan birinde ya da ötesinde olduğu yerlerde (clamp tam sınırda gradyanı geçirir, "
              "hardtanh geçirmez)"},
    "why.masked.cut.leaky_relu": {
        "en": "where its input is 0 or below, because its negative slope is 0: with slope 0, leaky_relu is a "
              "plain relu",
        "tr": "negatif eğimi 0 olduğu için (eğim 0 olunca leaky_relu düz bir relu olur) girdisinin 0 ya da daha "
              "küçük olduğu yerlerde"},
    "why.masked.kind.elu": {"en": "zero-alpha elu", "tr": "elu"},
    "why.masked.kind.prelu": {"en": "zero-weight PReLU", "tr": "PReLU"},
    "why.masked.cut.elu": {
        "en": "where its input is 0 or below: there elu's slope is alpha * exp(x), and alpha is 0",
        "tr": "alpha'sı 0 olduğu için (0 ve altında elu'nun eğimi alpha * exp(x)) girdisinin 0 ya da daha küçük "
              "olduğu yerlerde"},
    "why.masked.cut.prelu": {
        "en": "where its input is 0 or below: there PReLU's slope is its weight, and that weight is 0",
        "tr": "ağırlığı 0 olduğu için (0 ve altında PReLU'nun eğimi ağırlığıdır) girdisinin 0 ya da daha küçük "
              "olduğu yerlerde"},
    "why.masked.cut.where": {
        "en": "to the elements where it chose the other branch",
        "tr": "öbür dalı seçtiği elemanlara"},
    "why.masked.passed_over.max": {
        "en": " {passed_over} of them equal the maximum it chose: max(dim=...) gives the whole gradient to the "
              "one whose index it returns and none to the values that tie with it (torch.amax would split it "
              "evenly).",
        "tr": " Bunlardan {passed_over} tanesi seçtiği en büyük değere eşit: max(dim=...) gradyanın tamamını "
              "döndürdüğü indeksteki değere verir, ona eşit olanlara hiç vermez (torch.amax eşit olarak bölerdi)."},
    "why.masked.passed_over.min": {
        "en": " {passed_over} of them equal the minimum it chose: min(dim=...) gives the whole gradient to the "
              "one whose index it returns and none to the values that tie with it (torch.amin would split it "
              "evenly).",
        "tr": " Bunlardan {passed_over} tanesi seçtiği en küçük değere eşit: min(dim=...) gradyanın tamamını "
              "döndürdüğü indeksteki değere verir, ona eşit olanlara hiç vermez (torch.amin eşit olarak bölerdi)."},
    "why.masked.tied": {
        "en": " {tied} of the values it kept are tied, and at a tie PyTorch splits the gradient evenly: each "
              "gets {share}.",
        "tr": " Tuttuğu değerlerden {tied} tanesi eşit; eşitlikte PyTorch gradyanı eşit olarak böler: her biri "
              "{share} alır."},
    "why.fix.masked.leaky_relu": {
        "en": "give it a small negative slope so that negative inputs still learn: "
              "torch.nn.functional.leaky_relu(x, 0.01) or nn.LeakyReLU(0.01) (0.01 is the default).",
        "tr": "negatif girdiler de öğrensin diye ona küçük bir negatif eğim ver: "
              "torch.nn.functional.leaky_relu(x, 0.01) ya da nn.LeakyReLU(0.01) (varsayılan 0.01)."},
    "why.fix.masked.elu": {
        "en": "give elu a nonzero alpha so that negative inputs still learn: torch.nn.functional.elu(x, alpha=1.0) "
              "or nn.ELU() (1.0 is the default).",
        "tr": "negatif girdiler de öğrensin diye elu'ya sıfırdan farklı bir alpha ver: "
              "torch.nn.functional.elu(x, alpha=1.0) ya da nn.ELU() (varsayılan 1.0)."},
    "why.fix.masked.prelu": {
        "en": "the weight still gets a gradient from those inputs, so an optimizer step moves it away from 0; "
              "if it was set to 0 by hand, start it at nn.PReLU()'s default, 0.25.",
        "tr": "ağırlık o girdilerden yine de gradyan alır, bu yüzden bir optimizer adımı onu 0'dan uzaklaştırır; "
              "elle 0 yapıldıysa nn.PReLU()'nun varsayılanı olan 0.25 ile başlat."},
    "why.fix.masked.hardtanh": {
        "en": "if the values at or beyond the limits should learn too, widen min_val and max_val or use "
              "torch.tanh, hardtanh's smooth form.",
        "tr": "sınırlarda ya da ötesindeki değerler de öğrenecekse min_val ile max_val'i genişlet ya da "
              "hardtanh'in yumuşak biçimi torch.tanh'i kullan."},
    "why.fix.masked.where": {
        "en": "torch.where passes the gradient only to the branch it picks at each element; if the other "
              "elements should learn too, give them a branch that depends on {name} as well (for example "
              "torch.where(c, {name}, 0.1 * {name})).",
        "tr": "torch.where gradyanı her elemanda yalnızca seçtiği dala geçirir; diğer elemanların da öğrenmesi "
              "gerekiyorsa onlara da {name} değerine bağlı bir dal ver (örneğin torch.where(c, {name}, 0.1 * "
              "{name}))."},
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
    "why.fix.masked.choice": {
        "en": "{node} passes the gradient only to the values it kept; if the others should learn too, widen "
              "the limits or use a smooth form (torch.logsumexp for a max over elements, "
              "torch.nn.functional.softplus for a max with 0).",
        "tr": "{node} gradyanı yalnızca tuttuğu değerlere geçirir; diğerlerinin de öğrenmesi gerekiyorsa sınırları "
              "genişlet ya da yumuşak bir biçim kullan (elemanlar üzerinde max için torch.logsumexp, 0 ile max için "
              "torch.nn.functional.softplus)."},
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
        "en": "{root} is a sum over {n} elements, so each gradient is {n} times what a mean would give: the "
              "largest in {name}.grad is {largest}.",
        "tr": "{root}, {n} elemanın toplamı; bu yüzden her gradyan, ortalama alınsaydı çıkacak olanın {n} katı: "
              "{name}.grad içindeki en büyüğü {largest}."},
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
    "why.check.custom_not_replayed": {
        "en": "the backward was not replayed, so that your autograd.Function's backward runs only once (paths "
              "that cancel were not looked for)",
        "tr": "autograd.Function'ının backward'ı yalnızca bir kez çalışsın diye geri yayılım yeniden oynatılmadı "
              "(birbirini götüren yollara bakılmadı)"},
    "why.check.backward_finite": {
        "en": "the last backward itself added only finite numbers",
        "tr": "son backward'ın kendisi yalnızca sonlu sayılar ekledi"},
    "why.check.replay_unsure": {
        "en": "replaying the last backward could not show where it appears",
        "tr": "son backward'ı yeniden oynatmak nerede ortaya çıktığını gösteremedi"},
    "why.check.zeros": {"en": "the gradient has zeros", "tr": "gradyanda sıfırlar var"},
    "why.check.no_mask": {
        "en": "no relu/clamp/max mask blocked anything",
        "tr": "hiçbir relu/clamp/max maskesi bir şey engellemedi"},
    "why.check.no_zero_op": {"en": "no round/sign-like operation", "tr": "round/sign benzeri işlem yok"},
    "why.check.no_selection": {"en": "no indexing or slicing", "tr": "indeksleme ya da dilimleme yok"},
    "why.check.inputs_require_grad": {
        "en": "it was computed from tensors that require grad",
        "tr": "gradyan isteyen tensörlerden hesaplandı"},
    "why.check.not_under_no_grad": {"en": "not under no_grad", "tr": "no_grad altında değil"},
    "why.check.not_detached": {
        "en": "no .detach(), .item() or torch.tensor(...) in its statement",
        "tr": "satırında .detach(), .item() ya da torch.tensor(...) yok"},
    "why.check.meta": {
        "en": "the gradient is on the meta device: it has a shape but no values",
        "tr": "gradyan meta aygıtında: şekli var ama değerleri yok"},
    "why.check.finite": {"en": "the gradient is finite", "tr": "gradyan sonlu"},
    "why.check.nonzero": {"en": "it has no zeros", "tr": "sıfır içermiyor"},
    "why.flat_at_zero": {
        "en": "{zeros} of {numel} elements of {name}.grad are 0 because the backward from {root} goes through "
              "{node}, whose input {input} is exactly 0 at {at} of its {of} elements, and {how}.",
        "tr": "{name}.grad içindeki {numel} elemandan {zeros} tanesi 0, çünkü {root} üzerinden geri yayılım "
              "{node} düğümünden geçiyor; onun girdisi {input}, {of} elemanından {at} tanesinde tam olarak 0 "
              "ve {how}."},
    "why.flat_at_zero.abs": {
        "en": "|x| has a kink at 0, where PyTorch takes its slope to be sign(0) = 0",
        "tr": "|x| 0'da kırılır; PyTorch oradaki eğimi sign(0) = 0 olarak alır"},
    "why.flat_at_zero.pow": {
        "en": "x**{exponent} is flat at 0: its derivative {slope} is 0 there",
        "tr": "x**{exponent} 0'da düzdür: türevi {slope} orada 0'dır"},
    "why.flat_at_zero.norm": {
        "en": "a norm has a kink at the zero vector (as |x| has at 0), where PyTorch takes its gradient to be 0",
        "tr": "norm sıfır vektöründe kırılır (|x|'in 0'da kırılması gibi); PyTorch oradaki gradyanı 0 olarak alır"},
    "why.flat_at_zero.relu": {
        "en": "relu has a kink at 0, where PyTorch takes its slope to be 0",
        "tr": "relu 0'da kırılır; PyTorch oradaki eğimi 0 olarak alır"},
    "why.fix.flat_at_zero": {
        "en": "nothing is wrong if exactly 0 is where it should be (a target reached); but an element whose "
              "gradient is 0 does not move, so one that starts at exactly 0 stays there: start from small "
              "random values instead (torch.randn(...) * 0.01).",
        "tr": "tam 0 olması gereken yerse (ulaşılmış bir hedef) yanlış bir şey yok; ama gradyanı 0 olan bir "
              "eleman hareket etmez, bu yüzden tam 0'dan başlayan orada kalır: bunun yerine küçük rastgele "
              "değerlerle başla (torch.randn(...) * 0.01)."},
    "why.see.flat_at_zero": {"en": ":backward {root}", "tr": ":geri-yayılım {root}"},
    "why.cancelled": {
        "en": "{zeros} of {numel} elements of {name}.grad are 0 because the backward from {root} brings "
              "gradient to {at} along {paths} paths, and they cancel out: {parts} add up to exactly 0.",
        "tr": "{name}.grad içindeki {numel} elemandan {zeros} tanesi 0, çünkü {root} üzerinden geri yayılım "
              "{at} için {paths} yoldan gradyan getiriyor ve bunlar birbirini götürüyor: {parts} toplamı tam "
              "olarak 0."},
    "why.fix.cancelled": {
        "en": "look at the formula: terms that cancel (w - w, w + (-w)) give a result that does not depend on "
              "{name} at all; if that is what you meant, nothing is wrong.",
        "tr": "formüle bak: birbirini götüren terimler (w - w, w + (-w)) {name} değerine hiç bağlı olmayan bir "
              "sonuç verir; istediğin buysa yanlış bir şey yok."},
    "why.see.cancelled": {"en": ":backward {root}", "tr": ":geri-yayılım {root}"},
    "why.no_grad_function": {
        "en": "{name}.grad is None because {name} does not require grad: «{statement}» calls {function}, and "
              "{how}, so autograd records nothing computed there, although {inputs} requires grad.",
        "tr": "{name}.grad None, çünkü {name} gradyan istemiyor: «{statement}» {function} fonksiyonunu "
              "çağırıyor ve {how}; bu yüzden {inputs} gradyan istese de autograd orada hesaplanan hiçbir şeyi "
              "kaydetmiyor."},
    "why.no_grad_function.decorator": {
        "en": "{function} is decorated with {code}",
        "tr": "{function}, {code} dekoratörüyle tanımlı"},
    "why.no_grad_function.body": {
        "en": "{function} computes inside «{code}»",
        "tr": "{function} hesabını «{code}» bloğunun içinde yapıyor"},
    "why.fix.no_grad_function": {
        "en": "compute what needs gradients outside no_grad: remove {code} from {function}, or keep it only "
              "around evaluation and the parameter update.",
        "tr": "gradyan gereken hesabı no_grad dışında yap: {function} içinden {code} kısmını kaldır ya da onu "
              "yalnızca değerlendirme ve parametre güncellemesi için kullan."},
    "why.detached_path": {
        "en": "{name}.grad holds only part of the gradient: the backward from {root} reached {name}, but "
              "{node} also uses the values of {name} through a copy without a graph (made with .detach() or "
              ".data, which share the memory of {name}), and nothing flows back through that copy.",
        "tr": "{name}.grad gradyanın yalnızca bir kısmını tutuyor: {root} üzerinden geri yayılım {name} "
              "tensörüne ulaştı, ama {node} düğümü {name} değerlerini çizgesiz bir kopya üzerinden de "
              "kullanıyor (.detach() ya da .data ile yapılmış; {name} ile aynı belleği paylaşır) ve o kopyadan "
              "geriye hiçbir şey akmaz."},
    "why.fix.detached_path": {
        "en": "use {name} itself there if the gradient should flow through both uses; keep .detach() only "
              "where you mean to stop it (a target, a fixed copy).",
        "tr": "gradyanın iki kullanımdan da akması gerekiyorsa orada {name} tensörünün kendisini kullan; "
              ".detach()'i yalnızca gradyanı bilerek durdurduğun yerde tut (bir hedef, sabit bir kopya)."},
    "why.see.detached_path": {"en": ":graph {root}", "tr": ":çizge {root}"},
    "why.tied": {
        "en": "{count} of {numel} elements of {name}.grad get only a share of the gradient: the backward from "
              "{root} goes through {node}, where {how}; at a tie PyTorch splits the gradient evenly, so each "
              "gets {share}.",
        "tr": "{name}.grad içindeki {numel} elemandan {count} tanesi gradyanın yalnızca bir payını alıyor: "
              "{root} üzerinden geri yayılım {node} düğümünden geçiyor ve orada {how}; eşitlikte PyTorch "
              "gradyanı eşit olarak böler, bu yüzden her biri {share} alır."},
    "why.tied.pair": {
        "en": "{input} equals the other input at those elements",
        "tr": "{input} o elemanlarda öbür girdiye eşit"},
    "why.tied.shared": {
        "en": "several elements share the extreme value",
        "tr": "birden fazla eleman uç değeri paylaşıyor"},
    "why.fix.tied": {
        "en": "nothing is wrong: at a tie there is no single slope, and PyTorch shares it. If one side should "
              "get it all, break the tie (a tiny offset).",
        "tr": "yanlış bir şey yok: eşitlikte tek bir eğim yoktur ve PyTorch onu paylaştırır. Hepsini bir tarafın "
              "alması gerekiyorsa eşitliği boz (küçük bir kayma)."},
    "why.cut_path": {
        "en": "{name}.grad leaves out one path: the backward from {root} also uses {via}, which «{statement}» "
              "computed from {name} with recording off ({how}), so nothing flows back to {name} through {via}.",
        "tr": "{name}.grad bir yolu dışarıda bırakıyor: {root} üzerinden geri yayılım {via} değerini de "
              "kullanıyor; onu «{statement}» {name} üzerinden kayıt kapalıyken ({how}) hesapladı, bu yüzden "
              "{via} üzerinden {name} tensörüne geriye hiçbir şey akmaz."},
    "why.fix.cut_path": {
        "en": "compute {via} with recording on (outside no_grad, without .detach()) if the gradient should flow "
              "through it too; keep it cut only where you mean to (a target, a fixed copy).",
        "tr": "gradyanın {via} üzerinden de akması gerekiyorsa onu kayıt açıkken (no_grad dışında, .detach() "
              "olmadan) hesapla; yalnızca bilerek kestiğin yerde kesik bırak (bir hedef, sabit bir kopya)."},
    "why.see.cut_path": {"en": ":graph {root}", "tr": ":çizge {root}"},
    "why.compared": {
        "en": "{name}.grad is None because {name} does not require grad: «{statement}» reads {inputs} only inside "
              "a comparison ({compare}), whose result is a bool tensor with no gradient, so nothing connects "
              "{name} to {inputs}.",
        "tr": "{name}.grad None, çünkü {name} gradyan istemiyor: «{statement}» {inputs} değerini yalnızca bir "
              "karşılaştırmanın ({compare}) içinde okuyor; onun sonucu gradyanı olmayan bir bool tensör, bu "
              "yüzden {name} ile {inputs} arasında bir bağ yok."},
    "why.fix.compared": {
        "en": "to learn through it, keep {inputs} itself in the result (torch.where(c, {inputs}, 0.)) or use a "
              "smooth stand-in for the step (torch.sigmoid(k * (x - a)) for x > a).",
        "tr": "bunun üzerinden öğrenmek için {inputs} değerinin kendisini sonuçta tut (torch.where(c, {inputs}, "
              "0.)) ya da basamak yerine yumuşak bir karşılık kullan (x > a için torch.sigmoid(k * (x - a)))."},
    "why.zero_paths": {
        "en": "{zeros} of {numel} elements of {name}.grad are 0 because the backward from {root} reaches {name} "
              "along several paths, and on every one of them a node passes back exactly 0 at those elements, "
              "so each path adds 0 there: {nodes}.",
        "tr": "{name}.grad içindeki {numel} elemandan {zeros} tanesi 0, çünkü {root} üzerinden geri yayılım "
              "{name} tensörüne birden fazla yoldan ulaşıyor ve her yolda bir düğüm o elemanlarda geriye tam "
              "olarak 0 gönderiyor; bu yüzden her yolun oraya katkısı 0: {nodes}."},
    "why.zero_paths.abs": {
        "en": "{node}, where {input} is exactly 0 and |x| has slope sign(0) = 0",
        "tr": "{node}: {input} orada tam olarak 0 ve |x| fonksiyonunun eğimi sign(0) = 0"},
    "why.zero_paths.pow": {
        "en": "{node}, where {input} is exactly 0 and a power above 1 is flat",
        "tr": "{node}: {input} orada tam olarak 0 ve 1'den büyük bir kuvvet orada düzdür"},
    "why.zero_paths.relu": {
        "en": "{node}, where relu's input is 0 or below and its slope is 0",
        "tr": "{node}: relu'nun girdisi orada 0 ya da negatif ve eğimi 0"},
    "why.zero_paths.elu": {
        "en": "{node}, where elu's input is 0 or below and, with alpha 0, its slope is 0",
        "tr": "{node}: elu'nun girdisi orada 0 ya da negatif ve alpha 0 olduğu için eğimi 0"},
    "why.zero_paths.prelu": {
        "en": "{node}, where PReLU's input is 0 or below and its weight, the slope there, is 0",
        "tr": "{node}: PReLU'nun girdisi orada 0 ya da negatif ve oradaki eğimi olan ağırlığı 0"},
    "why.zero_paths.clamp": {
        "en": "{node}, where {input} lies beyond the limit and is cut off",
        "tr": "{node}: {input} orada sınırın ötesinde ve kesiliyor"},
    "why.zero_paths.saturated": {
        "en": "{node}, where the output has reached its limit and the slope is 0",
        "tr": "{node}: çıktı orada sınırına ulaşmış ve eğim 0"},
    "why.zero_paths.exponent": {
        "en": "{node}, where the base is 1 or 0 and the gradient with respect to the exponent is 0",
        "tr": "{node}: taban orada 1 ya da 0 ve üsse göre gradyan 0"},
    "why.zero_paths.choice": {
        "en": "{node}, where max/min chose another value",
        "tr": "{node}: max/min orada başka bir değeri seçti"},
    "why.zero_paths.where": {
        "en": "{node}, where torch.where chose the other branch",
        "tr": "{node}: torch.where orada öbür dalı seçti"},
    "why.zero_paths.zero_op": {
        "en": "{node}, whose derivative is 0 everywhere",
        "tr": "{node}: türevi her yerde 0"},
    "why.zero_paths.factor": {
        "en": "{node}, a product whose other factor is 0 there",
        "tr": "{node}: öbür çarpanı orada 0 olan bir çarpım"},
    "why.fix.zero_paths": {
        "en": "each path is 0 for its own reason: see them one by one with the step-by-step backward. Nothing is "
              "wrong if those elements should stay where they are; otherwise change the values or the "
              "operations that stop each path (start away from exactly 0, a smooth function instead of a "
              "kink or a step).",
        "tr": "her yol kendi nedeniyle 0: adım adım geri yayılımla onlara tek tek bak. O elemanların yerinde "
              "kalması gerekiyorsa yanlış bir şey yok; yoksa her yolu durduran değerleri ya da işlemleri "
              "değiştir (tam 0'dan uzakta başla, kırılma ya da basamak yerine yumuşak bir fonksiyon kullan)."},
    "why.see.zero_paths": {"en": ":backward {root}", "tr": ":geri-yayılım {root}"},
    "why.pow_exponent": {
        "en": "{zeros} of {numel} elements of {name}.grad are 0 because {name} is the exponent of a power: the "
              "backward from {root} goes through {node}, and the gradient of a ** b with respect to the "
              "exponent b is a ** b · ln(a), and at those elements the base ({base}) is exactly 1 (ln 1 = 0) or 0.",
        "tr": "{name}.grad içindeki {numel} elemandan {zeros} tanesi 0, çünkü {name} bir kuvvetin üssü: {root} "
              "üzerinden geri yayılım {node} düğümünden geçiyor ve a ** b ifadesinin b üssüne göre gradyanı "
              "a ** b · ln(a); o elemanlarda taban ({base}) tam olarak 1 (ln 1 = 0) ya da 0."},
    "why.fix.pow_exponent": {
        "en": "nothing is wrong: 1 to any power is 1 (and 0 to any positive power is 0), so changing the "
              "exponent changes nothing there. If the exponent should learn from those elements, use a base "
              "other than 1 and 0.",
        "tr": "yanlış bir şey yok: 1'in her kuvveti 1'dir (0'ın her pozitif kuvveti de 0), bu yüzden üssü "
              "değiştirmek orada hiçbir şeyi değiştirmez. Üssün o elemanlardan öğrenmesi gerekiyorsa 1 ve "
              "0'dan farklı bir taban kullan."},
    "why.see.pow_exponent": {"en": ":backward {root}", "tr": ":geri-yayılım {root}"},
}
