# log(0) = -inf in forward and inf in backward; log1p and xlogy as fixes.
import torch

p = torch.tensor([0.0, 0.5, 1.0], requires_grad=True)
l = torch.log(p)
print(l)
l.sum().backward()
print(p.grad)
p.grad = None
ent = torch.special.xlogy(p, p).sum()
ent.backward()
print(ent, p.grad)
p.grad = None
(p * torch.log(p)).sum().backward()
print(p.grad)
