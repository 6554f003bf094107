# Gradients through EmbeddingBag in mean mode
import torch
import torch.nn as nn

bag = nn.EmbeddingBag(4, 2, mode='mean')
with torch.no_grad():
    bag.weight.copy_(torch.arange(8.0).view(4, 2))
inp = torch.tensor([0, 1, 1, 3])
off = torch.tensor([0, 3])
out = bag(inp, off)
print(out)
print(out.grad_fn.name())
(out * torch.tensor([[1.0], [2.0]])).sum().backward()
print(bag.weight.grad)
sbag = nn.EmbeddingBag(4, 2, mode='sum', sparse=True)
sbag(inp, off).sum().backward()
print(sbag.weight.grad.is_sparse, sbag)
