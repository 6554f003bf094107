# Section 4.6: golden-section search for a 1-D minimum
import torch

bowl = lambda t: (t - 1.3) * (t - 1.3) + 0.5
phi = (5 ** 0.5 - 1) / 2
left, right = torch.tensor(0.0, dtype=torch.float64), torch.tensor(3.0, dtype=torch.float64)
for _ in range(40):
    probe1 = right - phi * (right - left)
    probe2 = left + phi * (right - left)
    if bowl(probe1) < bowl(probe2):
        right = probe2
    else:
        left = probe1
print(f"{((left + right) / 2).item():.8f}", f"{(right - left).item():.2e}")
