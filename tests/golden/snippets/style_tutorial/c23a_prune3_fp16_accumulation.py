# Accumulating many float16 values: PyTorch sums in float32 internally, a running fp16 total drifts
import torch

x = torch.full((4096,), 0.1, dtype=torch.float16)
print(x.sum(), x.sum().dtype)
acc = torch.tensor(0.0, dtype=torch.float16)
for v in x[:2048]:
    acc = acc + v
print(acc)
print(x.float().sum(), x.cumsum(0)[-1])
