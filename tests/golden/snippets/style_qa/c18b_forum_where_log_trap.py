# Q: masked log-likelihood gives -inf gradient even where mask is 0
import torch

p = torch.tensor([0.0, 0.25, 1.0], requires_grad=True)
mask = torch.tensor([False, True, True])
ll = torch.where(mask, p.log(), torch.tensor(0.0))
print(ll)
ll.sum().backward()
print(p.grad)
p.grad = None
ll2 = (p.masked_fill(~mask, 1.0)).log()
ll2.sum().backward()
print(ll2, p.grad)
