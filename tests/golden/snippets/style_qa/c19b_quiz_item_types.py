# Quiz 75: what Python type does item() give back?
import torch

for t in [torch.tensor(1), torch.tensor(1.0), torch.tensor(True), torch.tensor(1, dtype=torch.uint8),
          torch.tensor(1.5, dtype=torch.float16), torch.tensor(1 + 2j), torch.tensor(2.5, dtype=torch.float64)]:
    v = t.item()
    print(t.dtype, type(v).__name__, v)
print(torch.tensor([1.1]).item())
print(torch.tensor(0.1, dtype=torch.float16).item())
