# "Why is .grad None?" for an intermediate tensor: only leaves keep their gradient.
import torch

x = torch.randn(3, requires_grad=True, generator=torch.Generator().manual_seed(0))
y = x * 2
z = y.sum()
z.backward()
print(x.grad)
print(y.grad)
print(x.is_leaf, y.is_leaf)
