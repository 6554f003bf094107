# Q: does retain_grad() do anything on a leaf?
import torch

p = torch.tensor([3.0], requires_grad=True)
p.retain_grad()
print(p.retains_grad)
q = torch.tensor([3.0])
try:
    q.retain_grad()
except RuntimeError as e:
    print(e)
(p * p).backward()
print(p.grad)
