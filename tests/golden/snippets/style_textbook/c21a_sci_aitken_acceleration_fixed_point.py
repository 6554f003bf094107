# Fixed-point iteration x = exp(-x) and Aitken's delta-squared acceleration.
import torch

x = torch.tensor(0.5, dtype=torch.float64)
seq = [x]
for _ in range(6):
    x = torch.exp(-x)
    seq.append(x)
s = torch.stack(seq)
aitken = s[:-2] - (s[1:-1] - s[:-2]) ** 2 / (s[2:] - 2 * s[1:-1] + s[:-2])
omega = 0.5671432904097838
print([f"{abs(v - omega):.1e}" for v in s.tolist()])
print([f"{abs(v - omega):.1e}" for v in aitken.tolist()])
