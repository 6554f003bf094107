# Expected calibration error with 5 equal-width confidence bins
import torch

conf = torch.tensor([0.95, 0.85, 0.62, 0.55, 0.91, 0.33, 0.78, 0.49, 0.99, 0.71])
correct = torch.tensor([1, 1, 0, 1, 1, 0, 0, 1, 1, 1], dtype=torch.float32)
edges = torch.linspace(0, 1, 6)
ece = torch.zeros(())
for lo, hi in zip(edges[:-1], edges[1:]):
    in_bin = (conf > lo) & (conf <= hi)
    if in_bin.any():
        gap = (conf[in_bin].mean() - correct[in_bin].mean()).abs()
        ece += in_bin.float().mean() * gap
        print(f"({lo:.1f}, {hi:.1f}] n={in_bin.sum().item()} gap={gap:.3f}")
print("ECE:", round(ece.item(), 4))
