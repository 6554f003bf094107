# a sqrt at zero gives a NaN gradient; anomaly mode names the op
import torch
import warnings

x = torch.tensor([0.0, 1.0], dtype=torch.float64, requires_grad=True)
r = torch.sqrt(x)
(r * 0 + r).sum().backward()
print(x.grad)
x.grad = None
r = torch.sqrt(x ** 2 + 1e-12)
r.sum().backward()
print(x.grad)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    with torch.autograd.detect_anomaly():
        y = torch.sqrt(x - x)
        try:
            (y * 0).sum().backward()
        except RuntimeError as e:
            print("RuntimeError:", e)
