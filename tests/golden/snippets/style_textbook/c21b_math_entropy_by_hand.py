# Shannon entropy in nats and bits; uniform maximises it
import torch

def entropy(p, base=None):
    h = -(p * p.log()).sum()
    return h if base is None else h / torch.log(torch.tensor(float(base)))

p = torch.tensor([0.5, 0.25, 0.125, 0.125])
print(entropy(p), entropy(p, base=2))
u = torch.full((4,), 0.25)
print(entropy(u, 2))
q = torch.tensor([1.0, 0.0, 0.0, 0.0])
print(entropy(q))
print(torch.special.entr(q).sum(), torch.special.entr(p).sum())
