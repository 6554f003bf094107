# Section 6.2: compensated (Kahan) summation in a python loop
import torch

vals = torch.tensor([1.0, 1e-8, 1e-8, 1e-8, 1e-8, -1.0] * 3)
naive = torch.tensor(0.0)
for v in vals:
    naive = naive + v
s = torch.tensor(0.0)
comp = torch.tensor(0.0)
for v in vals:
    y = v - comp
    t = s + y
    comp = (t - s) - y
    s = t
print(naive.item(), s.item(), vals.double().sum().item())
