# An MLP language model over 3-character contexts: embedding table C, tanh layer, cross_entropy
import torch
import torch.nn.functional as F

words = ["anna", "bob", "cara", "dan", "ella", "finn"]
vocab = ["."] + sorted(set("".join(words)))
block = 3
rows, labels = [], []
for w in words:
    window = [0, 0, 0]
    for ch in w + ".":
        rows.append(list(window)); labels.append(vocab.index(ch))
        window = window[1:] + [vocab.index(ch)]
X, Y = torch.tensor(rows), torch.tensor(labels)
print(X.shape, Y.shape, X.dtype, X[:3].tolist())
gen = torch.Generator().manual_seed(1616)
C = torch.randn((len(vocab), 2), generator=gen)
W1, b1 = torch.randn((6, 20), generator=gen), torch.randn(20, generator=gen)
W2, b2 = torch.randn((20, len(vocab)), generator=gen), torch.randn(len(vocab), generator=gen)
params = [C, W1, b1, W2, b2]
print(sum(t.numel() for t in params))
_ = [t.requires_grad_() for t in params]
for it in range(5):
    hidden = (C[X].view(X.shape[0], -1) @ W1 + b1).tanh()
    loss = F.cross_entropy(hidden @ W2 + b2, Y)
    grads = torch.autograd.grad(loss, params)
    with torch.no_grad():
        for t, gr in zip(params, grads):
            t -= 0.1 * gr
    print(it, loss.item())
