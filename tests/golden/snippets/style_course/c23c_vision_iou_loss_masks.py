# Soft Jaccard (IoU) loss on probability masks, and its gradient direction.
import torch

p = torch.tensor([[0.9, 0.2], [0.6, 0.1]], requires_grad=True)
t = torch.tensor([[1.0, 0.0], [1.0, 0.0]])
inter = (p * t).sum()
union = (p + t - p * t).sum()
loss = 1 - inter / union
loss.backward()
print(inter, union, loss, sep="\n")
print(p.grad)
hard = (p > 0.5).float()
print(((hard * t).sum() / ((hard + t) > 0).sum()).item())
