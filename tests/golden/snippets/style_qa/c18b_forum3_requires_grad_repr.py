# Q: what does "grad_fn=<...>" in the printed tensor mean?
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
print(w)
print(w * 2)
print((w * 2).sum())
print(w.mean(), w.max(), w[0])
print(w.double() + 1)
print(w.detach())
print(torch.tensor(3.0, dtype=torch.float64, requires_grad=True))
