# Quiz 28: a = b = tensor, then a += 1
import torch

b = torch.zeros(2)
a = b
a += 1
print(b)
a = a + 1
print(b, a)
c = b.numpy()
b.add_(10)
print(c)
l = [torch.zeros(1)] * 3
l[0].add_(5)
print(l)
