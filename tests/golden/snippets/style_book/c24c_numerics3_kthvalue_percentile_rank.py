# Section 8.16: percentile by rank with kthvalue
import torch

scores = torch.tensor([55.0, 70.0, 62.0, 91.0, 84.0, 77.0, 68.0, 49.0, 73.0, 80.0])
n = scores.numel()
for pct in (10, 50, 90):
    k = max(1, int(round(pct / 100 * n)))
    print(pct, k, scores.kthvalue(k).values.item())
print(torch.quantile(scores, torch.tensor([0.1, 0.5, 0.9])))
