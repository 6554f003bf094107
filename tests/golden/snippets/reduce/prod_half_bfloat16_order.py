# Products in half precision: rows of many lengths (vectors of 16, the rest one by one),
# columns, the whole tensor, a transposed view, in float16 and bfloat16.
import torch

torch.manual_seed(0)
for dtype in (torch.float16, torch.bfloat16):
    x = (torch.rand(4, 70) + 0.5).to(dtype)
    print(x.prod(dim=1).tolist(), x[:, :37].prod(dim=1).tolist())
    print(x[:, :20].prod(dim=0)[:6].tolist(), x[:, :9].prod().item(), x[:, :12].T.prod(dim=0).tolist())
    print(x[:, ::3].prod(dim=1).tolist(), x.prod(dim=-1, keepdim=True).shape)
