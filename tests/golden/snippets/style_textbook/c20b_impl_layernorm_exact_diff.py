# layer norm by hand vs F.layer_norm: how far apart in float32
import torch
import torch.nn.functional as F

torch.manual_seed(117)
x = torch.randn(4, 16) * 3 + 2
mine = (x - x.mean(-1, keepdim=True)) / torch.sqrt(x.var(-1, unbiased=False, keepdim=True) + 1e-5)
ref = F.layer_norm(x, (16,))
print((mine - ref).abs().max().item())
print(ref[0, :4].tolist())
print(mine[0, :4].tolist())
