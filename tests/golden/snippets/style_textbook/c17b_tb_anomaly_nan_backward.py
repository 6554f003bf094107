# Anomaly mode names the backward function that produced NaN.
import torch

x = torch.tensor([0.0, 4.0], requires_grad=True)
with torch.autograd.set_detect_anomaly(True):
    y = torch.sqrt(x) * 0
    try:
        y.sum().backward()
    except RuntimeError as err:
        print(err)
print(torch.is_anomaly_enabled())
print(x.grad)
