# Q: how do I find which op produced NaN? (anomaly mode without the NaN check)
import torch

inp = torch.tensor([-1.0, 4.0, 9.0], requires_grad=True)
with torch.autograd.detect_anomaly(False):
    root = inp.sqrt() * 2
    print(root, torch.is_anomaly_enabled())
    root.sum().backward()
print(inp.grad)
print('after:', torch.is_anomaly_enabled(), torch.is_anomaly_check_nan_enabled())
