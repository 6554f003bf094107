# EmbeddingBag with scale_grad_by_freq: each row's gradient divided by its frequency
import torch
import torch.nn as nn

bag = nn.EmbeddingBag(4, 1, mode='sum', scale_grad_by_freq=True)
with torch.no_grad():
    bag.weight.fill_(1.0)
out = bag(torch.tensor([1, 1, 2, 1, 3]), torch.tensor([0, 3]))
print(out)
out.sum().backward()
print(bag.weight.grad.view(-1))
print(bag)
m = nn.EmbeddingBag(4, 1, mode='mean', scale_grad_by_freq=True)
m(torch.tensor([[0, 0, 2]])).sum().backward()
print(m.weight.grad.view(-1))
