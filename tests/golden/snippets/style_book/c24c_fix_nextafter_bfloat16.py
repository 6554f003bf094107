# Section 5.25 (proof for the engine fix): nextafter steps on bfloat16's own grid
import torch
pairs = [(1.0, 2.0), (1.0, 0.0), (0.0, 1.0), (-0.0, -1.0), (0.0, -0.0), (3.0, 3.0), (65504.0, float("inf")), (float("nan"), 1.0),
         (1e-8, 0.0), (2.0, 1.0), (-2.0, 5.0), (float("inf"), 0.0), (-3.3e38, -float("inf")), (1e-40, 1.0)]
a = torch.tensor([p[0] for p in pairs], dtype=torch.bfloat16)
b = torch.tensor([p[1] for p in pairs], dtype=torch.bfloat16)
r = torch.nextafter(a, b)
print(r)
print(r.view(torch.int16))
print(torch.nextafter(torch.tensor([[1.0], [2.0]], dtype=torch.bfloat16), torch.tensor([0.0, 3.0], dtype=torch.bfloat16)))
print(torch.nextafter(torch.tensor([1.0], dtype=torch.bfloat16), torch.tensor([2.0])))
