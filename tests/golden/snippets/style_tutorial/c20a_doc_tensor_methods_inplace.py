# Tensor in-place methods: add_, mul_, clamp_, fill_, zero_, copy_, masked_fill_
import torch

torch.manual_seed(0)
x = torch.randn(2, 3)
print(x.add_(1))
print(x.mul_(2))
print(x.clamp_(min=0))
print(x.masked_fill_(x > 2, -1.0))
y = torch.empty(2, 3).fill_(5)
print(y, y.zero_())
y.copy_(torch.tensor([1., 2., 3.]))
print(y)
print(x.sub_(y, alpha=2))
