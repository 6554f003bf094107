# Q: torch.max over a dim of an int32 tensor: what dtypes come back?
import torch

x = torch.tensor([[3, 9, 9], [4, 1, 8]], dtype=torch.int32)
values, indices = torch.max(x, dim=1)
print(values, values.dtype, indices.dtype)
print(x.max(), x.max().dtype, x.amax(dim=0))
print(torch.max(x, torch.tensor([5], dtype=torch.int32)))
print(torch.max(x.float(), 0))
try:
    torch.max(x, 1, True, 5)
except TypeError as e:
    print(str(e).splitlines()[0])
