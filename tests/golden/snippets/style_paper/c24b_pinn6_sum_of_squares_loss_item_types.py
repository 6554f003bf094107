# loss values logged as floats: item, tolist, and float() of 0-d tensors
import torch

loss = torch.tensor(0.125, dtype=torch.float64)
print(loss.item(), type(loss.item()).__name__)
print(float(loss), loss.tolist())
parts = torch.tensor([0.5, 0.25], dtype=torch.float64)
print(parts.tolist(), [round(v, 3) for v in parts.tolist()])
try:
    float(parts)
except (RuntimeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
