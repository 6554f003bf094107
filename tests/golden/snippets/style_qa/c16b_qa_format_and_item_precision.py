# Q: how to print a tensor value with a format spec?
import torch

loss = torch.tensor(0.123456789)
print(f"{loss.item():.4f}", f"{loss:.3f}")
print(loss.item(), float(loss), str(loss))
try:
    print(f"{torch.tensor([1.0, 2.0]):.2f}")
except TypeError as e:
    print(e)
print(round(loss.item(), 3), repr(torch.tensor(2.0, dtype=torch.float64).item()))
print('%.2e' % torch.tensor(12345.678).item())
