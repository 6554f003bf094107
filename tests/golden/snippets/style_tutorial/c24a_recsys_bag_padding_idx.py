# EmbeddingBag skips padding_idx entries when pooling
import torch
import torch.nn as nn

weight = torch.tensor([[9.0, 9.0], [1.0, 2.0], [3.0, 4.0]])
bag = nn.EmbeddingBag.from_pretrained(weight, mode='mean', padding_idx=0, freeze=False)
x = torch.tensor([[1, 2, 0], [0, 0, 2], [0, 0, 0]])
out = bag(x)
print(out)
out.sum().backward()
print(bag.weight.grad)
print(bag.weight.requires_grad)
