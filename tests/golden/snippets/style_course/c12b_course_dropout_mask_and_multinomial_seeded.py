# course: seeded dropout masks, bernoulli samples and multinomial draws printed.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.ones(2, 8)
print(F.dropout(x, p=0.5))
print(nn.Dropout(0.25)(x))
print(torch.bernoulli(torch.full((2, 6), 0.3)))
probs = torch.tensor([0.1, 0.2, 0.3, 0.4])
print(torch.multinomial(probs, 10, replacement=True))
print(torch.multinomial(probs, 4))
print(torch.randint(0, 10, (8,)), torch.randperm(8))
g = torch.Generator().manual_seed(42)
print(torch.rand(3, generator=g), torch.randn(3, generator=g))
print(torch.normal(mean=torch.zeros(3), std=torch.ones(3) * 2))
