# Quiz 35: a + b does not save, a * b does
import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0])
s = a + b
b.add_(1)
s.sum().backward()
print("add ok:", a.grad)
a.grad = None
p = a * b
b.add_(1)
try:
    p.sum().backward()
except RuntimeError as e:
    print("mul:", "modified by an inplace operation" in str(e))
