# Q: TypeError when using torch.max output as a tensor
import torch

x = torch.tensor([[1, 9, 3], [7, 2, 8]])
res = x.max(1)
try:
    print(res + 1)
except TypeError as e:
    print("TypeError:", e)
print(res[0] + 1, res.indices)
print(torch.min(x, dim=0))
print(x.max(dim=1, keepdim=True).values.shape)
print(torch.maximum(x[0], x[1]))
