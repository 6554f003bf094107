# makemore bigram as a neural net: one-hot xs @ W, softmax by hand, loss with W**2 regularization, big lr.
import torch
import torch.nn.functional as F

words = ["anna", "bob", "ada", "abba", "dan", "nadia"]
chars = sorted(set("".join(words)))
stoi = {s: i + 1 for i, s in enumerate(chars)}
stoi["."] = 0
xs, ys = [], []
for w in words:
    chs = ["."] + list(w) + ["."]
    for ch1, ch2 in zip(chs, chs[1:]):
        xs.append(stoi[ch1])
        ys.append(stoi[ch2])
xs = torch.tensor(xs)
ys = torch.tensor(ys)
num = xs.nelement()
V = len(stoi)
print("number of examples: ", num, V)
g = torch.Generator().manual_seed(2147483647)
W = torch.randn((V, V), generator=g, requires_grad=True)
xenc = F.one_hot(xs, num_classes=V).float()
for k in range(20):
    logits = xenc @ W
    counts = logits.exp()
    probs = counts / counts.sum(1, keepdims=True)
    loss = -probs[torch.arange(num), ys].log().mean() + 0.01 * (W ** 2).mean()
    if k % 5 == 0:
        print(k, loss.item())
    W.grad = None
    loss.backward()
    W.data += -50 * W.grad
print(probs.shape, probs[0].sum())
for i in range(3):
    out = []
    ix = 0
    while True:
        p = F.softmax(W[ix:ix + 1].detach(), dim=1)
        ix = torch.multinomial(p, num_samples=1, replacement=True, generator=g).item()
        out.append(list(stoi)[list(stoi.values()).index(ix)])
        if ix == 0 or len(out) > 10:
            break
    print("".join(out))
