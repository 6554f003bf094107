# Dynamic quantization of Linear layers of several sizes: outputs compared bit for bit
import torch
import torch.nn as nn

for seed, (i, o, n) in enumerate([(4, 8, 1), (8, 2, 3), (16, 5, 7), (3, 33, 2), (20, 16, 4), (1, 1, 1)]):
    torch.manual_seed(seed)
    lin = nn.Linear(i, o, bias=seed % 2 == 0)
    q = torch.ao.quantization.quantize_dynamic(nn.Sequential(lin), {nn.Linear})
    x = torch.randn(n, i) * (seed + 0.5) + seed * 0.1
    y = q(x)
    print(q[0].weight().q_scale(), [v.hex() for v in y.flatten().tolist()[:6]])
    print(q[0].weight().int_repr().flatten().tolist()[:10])
