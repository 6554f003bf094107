# scale_grad_by_freq divides each row's gradient by its count in the batch
import torch
import torch.nn as nn

a = nn.Embedding(4, 1)
b = nn.Embedding(4, 1, scale_grad_by_freq=True)
idx = torch.tensor([1, 1, 1, 2, 3, 3])
a(idx).sum().backward()
b(idx).sum().backward()
print(a.weight.grad.view(-1))
print(b.weight.grad.view(-1))
print(b)
