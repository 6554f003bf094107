# Evaluating a trained bigram table on train and held-out words, with torch.no_grad
import torch
import torch.nn.functional as F

train = ["tom", "tim", "tam", "mia", "mat"]
held = ["tia", "mom"]
vocab = ".aimot"
def pairs(ws):
    xs, ys = [], []
    for w in ws:
        s = "." + w + "."
        xs += [vocab.index(c) for c in s[:-1]]
        ys += [vocab.index(c) for c in s[1:]]
    return torch.tensor(xs), torch.tensor(ys)
(xtr, ytr), (xte, yte) = pairs(train), pairs(held)
logits_table = torch.zeros(6, 6, requires_grad=True)
opt = torch.optim.SGD([logits_table], lr=5.0)
for _ in range(25):
    loss = F.cross_entropy(logits_table[xtr], ytr)
    opt.zero_grad(); loss.backward(); opt.step()
with torch.no_grad():
    for name, (x, y) in {"train": (xtr, ytr), "held": (xte, yte)}.items():
        print(name, F.cross_entropy(logits_table[x], y).item(), len(y))
print(logits_table.softmax(1)[0])
