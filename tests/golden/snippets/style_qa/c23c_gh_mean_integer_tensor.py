# Issue: "mean() on a LongTensor raises" and what the fix prints.
import torch

counts = torch.tensor([1, 2, 4])
try:
    counts.mean()
except RuntimeError as e:
    print("RuntimeError:", e)
print(counts.float().mean(), counts.sum() / len(counts), counts.double().mean())
print(counts.median(), counts.sum().dtype, (counts / 2).dtype, (counts // 2).dtype)
