import torch

torch.manual_seed(17)
logits = torch.tensor([2.0, 1.0, 0.5, -1.0, 0.0])
for T in (0.5, 1.0, 2.0):
    p = torch.softmax(logits / T, dim=0)
    print(T, p.round(decimals=3))
vals, idx = torch.topk(logits, 3)
print(vals, idx)
probs = torch.softmax(vals, dim=0)
g = torch.Generator().manual_seed(3)
draws = torch.multinomial(probs, 10, replacement=True, generator=g)
print(idx[draws])
print(torch.multinomial(torch.softmax(logits, 0), 2, generator=g))
