# Softmax regression by hand: row-normalised exponentials, negative log of the picked probability.
import torch

def stable_softmax(z):
    z = z - z.amax(dim=1, keepdim=True)
    return z.exp() / z.exp().sum(dim=1, keepdim=True)

def picked_nll(p, cls):
    return -torch.log(p.gather(1, cls.unsqueeze(1))).squeeze(1)

torch.manual_seed(1)
W = (0.01 * torch.randn(6, 3)).requires_grad_()
offset = torch.zeros(3, requires_grad=True)
features = torch.rand(4, 6)
cls = torch.tensor([0, 2, 1, 2])
p = stable_softmax(features @ W + offset)
print(p.sum(dim=1), p.grad_fn)
per_row = picked_nll(p, cls)
print(per_row)
per_row.mean().backward()
print(W.grad.sum(), offset.grad)
hits = (p.argmax(dim=1) == cls).sum()
print(hits, hits.item() / len(cls))
