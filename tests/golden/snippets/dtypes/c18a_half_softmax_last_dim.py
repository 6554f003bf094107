# float16 softmax and log_softmax along the last dim: computed in float, rounded to half
import torch

torch.manual_seed(0)
x = (torch.randn(64, 33) * 4).half()
p = torch.softmax(x, dim=-1)
lp = torch.log_softmax(x, dim=1)
print(p[:2, :6])
print(lp[:2, :6])
print(p.dtype, lp.dtype)
print(p.float().sum(1)[:4])
print(torch.nn.functional.log_softmax(x[0], 0)[-5:])
print(hash(tuple(p.flatten().tolist())) == hash(tuple(p.float().half().flatten().tolist())))
print(sum(p.float().flatten().tolist()), sum(lp.float().flatten().tolist()))
