# A double converted to half precision goes by way of float (rounded twice): values near a
# half-precision midpoint come out as PyTorch gives them, however the conversion is written.
import numpy as np
import torch

values = [-0.52368166, 0.74340823, -2.03417967, 0.523681640625 + 1e-12, 1e-9, 70000.0]
print(torch.tensor(values, dtype=torch.float16).tolist())
d = torch.tensor(values, dtype=torch.float64)
print(d.half().tolist(), d.to(torch.float16).tolist())
print(torch.as_tensor(np.array(values), dtype=torch.half).tolist())
print(torch.full((2,), -0.52368166, dtype=torch.half), torch.zeros(2).half().fill_(0.74340823))
h = torch.zeros(3, dtype=torch.half)
h[0] = -2.03417967
h[1:] = 0.52368166
print(h)
rng = np.random.default_rng(0)
x = torch.from_numpy(rng.normal(size=20000))
print(x.half().double().sum().item(), (x.half().double() - x).abs().max().item())
