# Issue: "Python sum() over a list of losses" works and keeps the graph; the start value is int 0.
import torch

w = torch.tensor(2.0, requires_grad=True)
losses = [w * i for i in range(1, 4)]
total = sum(losses)
print(total, total.grad_fn.name())
total.backward()
print(w.grad)
stacked = torch.stack(losses).sum()
print(stacked.grad_fn.name(), torch.tensor([l.item() for l in losses]).requires_grad)
