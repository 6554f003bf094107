# makemore: the average negative log likelihood of a bigram model in float64, by hand, with nll_loss, with cross_entropy.
import torch
import torch.nn.functional as F

words = ["ana", "bo", "cara", "dan", "abba"]
chars = sorted(set("".join(words)))
stoi = {c: i + 1 for i, c in enumerate(chars)}
stoi["."] = 0
V = len(stoi)
xs, ys = [], []
for w in words:
    cs = ["."] + list(w) + ["."]
    for a, b in zip(cs, cs[1:]):
        xs.append(stoi[a]); ys.append(stoi[b])
xs, ys = torch.tensor(xs), torch.tensor(ys)
N = torch.zeros(V, V, dtype=torch.float64)
N.index_put_((xs, ys), torch.ones(len(xs), dtype=torch.float64), accumulate=True)
P = (N + 0.5) / (N + 0.5).sum(1, keepdim=True)
nll_hand = -P[xs, ys].log().mean()
nll_fn = F.nll_loss(P.log()[xs], ys)
ce = F.cross_entropy(P.log()[xs], ys)
print(nll_hand.item(), nll_fn.item(), ce.item())
print(nll_hand.item() == nll_fn.item(), torch.isclose(nll_hand, ce))
print(P.sum(1).tolist()[:3], P.dtype)
print(torch.exp(nll_hand).item(), 2 ** (nll_hand / torch.log(torch.tensor(2.0, dtype=torch.float64))).item())
logits = torch.zeros(V, V, dtype=torch.float64, requires_grad=True)
for step in range(5):
    loss = F.cross_entropy(logits[xs], ys)
    logits.grad = None
    loss.backward()
    logits.data -= 50 * logits.grad
    print(step, loss.item())
