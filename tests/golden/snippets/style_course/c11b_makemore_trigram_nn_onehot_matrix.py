# makemore exercise: a trigram neural model, one-hot of two previous chars concatenated, W of (54, 27).
import torch
import torch.nn.functional as F

words = ["anna", "bob", "clara", "dan", "eve", "ana", "carl", "bella"]
chars = sorted(set("".join(words)))
stoi = {s: i + 1 for i, s in enumerate(chars)}
stoi["."] = 0
V = len(stoi)
xs, ys = [], []
for w in words:
    cs = [".", "."] + list(w) + ["."]
    for c1, c2, c3 in zip(cs, cs[1:], cs[2:]):
        xs.append((stoi[c1], stoi[c2]))
        ys.append(stoi[c3])
xs = torch.tensor(xs)
ys = torch.tensor(ys)
print(V, xs.shape, ys.shape)
g = torch.Generator().manual_seed(2147483647)
W = torch.randn((2 * V, V), generator=g, requires_grad=True)
xenc = torch.cat([F.one_hot(xs[:, 0], V), F.one_hot(xs[:, 1], V)], dim=1).float()
print(xenc.shape, xenc.sum(1)[:5])
for k in range(50):
    logits = xenc @ W
    counts = logits.exp()
    probs = counts / counts.sum(1, keepdim=True)
    loss = -probs[torch.arange(len(ys)), ys].log().mean() + 0.01 * (W ** 2).mean()
    W.grad = None
    loss.backward()
    W.data += -10 * W.grad
    if k % 10 == 0:
        print(k, loss.item())
logits_idx = W[xs[:, 0]] + W[V + xs[:, 1]]
print(torch.allclose(logits_idx, xenc @ W, atol=1e-5))
print(F.cross_entropy(logits_idx, ys).item())
