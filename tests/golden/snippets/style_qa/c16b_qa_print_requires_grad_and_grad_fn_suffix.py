# Q: what do requires_grad=True and grad_fn=<...> in the printed tensor mean?
import torch

w = torch.tensor([0.25, -1.5], requires_grad=True)
print(w)
print(w * 2)
print(w.sum())
print(w.detach())
print(torch.nn.Parameter(torch.tensor([1.0, 2.0])))
with torch.no_grad():
    print(w + 1)
print(w.double())
