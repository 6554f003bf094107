import torch

x = torch.arange(6.0).view(2, 3)
row = x[1]
print(x.is_shared(), row.is_shared())
y = x.share_memory_()
print(y is x, x.is_shared(), row.is_shared())
print(x.untyped_storage().is_shared(), x.detach().is_shared())
print(x.clone().is_shared(), (x + 1).is_shared())
x.add_(1)
print(row)
w = torch.zeros(3, requires_grad=True)
print(w.share_memory_())
try:
    x.share_memory_(True)
except TypeError as e:
    print(type(e).__name__, e)
