# makemore part 1 (second half): one-hot bigram network with W (27x27), softmax by hand, gradient steps with regularisation.
import torch
import torch.nn.functional as F

words = ["anna", "bob", "cara", "dan", "eve", "nora"]
chars = sorted(set("".join(words)))
stoi = {s: i + 1 for i, s in enumerate(chars)}
stoi["."] = 0
xs, ys = [], []
for w in words:
    chs = ["."] + list(w) + ["."]
    for a, b in zip(chs, chs[1:]):
        xs.append(stoi[a])
        ys.append(stoi[b])
xs, ys = torch.tensor(xs), torch.tensor(ys)
V, num = len(stoi), xs.nelement()
print("number of examples:", num, V)
g = torch.Generator().manual_seed(2147483647)
W = torch.randn((V, V), generator=g, requires_grad=True)
for k in range(20):
    xenc = F.one_hot(xs, num_classes=V).float()
    logits = xenc @ W
    counts = logits.exp()
    probs = counts / counts.sum(1, keepdims=True)
    loss = -probs[torch.arange(num), ys].log().mean() + 0.01 * (W ** 2).mean()
    W.grad = None
    loss.backward()
    W.data += -10 * W.grad
    if k % 5 == 0:
        print(k, loss.item())
print(xenc.shape, xenc.dtype, probs.shape, probs[0].sum())
print(probs[0, :5])
