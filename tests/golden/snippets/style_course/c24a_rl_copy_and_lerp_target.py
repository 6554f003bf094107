# Hard copy_ then lerp_ as a soft update
import torch

src = torch.tensor([1.0, 2.0, 3.0])
dst = torch.zeros(3)
dst.copy_(src)
print(dst)
dst.lerp_(torch.tensor([11.0, 12.0, 13.0]), 0.25)
print(dst)
p = torch.nn.Parameter(torch.zeros(3))
with torch.no_grad():
    p.copy_(torch.tensor([1, 2, 3]))
print(p)
q = torch.zeros(2, 3)
try:
    q.copy_(torch.ones(3, 2))
except RuntimeError as e:
    print(e)
q.copy_(torch.tensor([5.0, 6.0, 7.0]))
print(q)
