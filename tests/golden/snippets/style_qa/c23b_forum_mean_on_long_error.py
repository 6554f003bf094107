import torch

counts = torch.tensor([3, 4, 5])
try:
    counts.mean()
except Exception as e:
    print(type(e).__name__, e)
print(counts.float().mean(), counts.mean(dtype=torch.float32))
print(counts.sum() / 3, (counts // 2), counts / 2)
try:
    counts.std()
except Exception as e:
    print(type(e).__name__, e)
