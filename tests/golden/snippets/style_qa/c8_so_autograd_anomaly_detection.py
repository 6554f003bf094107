# Q: finding where NaN gradients come from: torch.autograd.set_detect_anomaly / detect_anomaly.
import torch

x = torch.tensor([1.0, 0.0, 4.0], requires_grad=True)
y = torch.sqrt(x)
z = (y * 2).sum()
z.backward()
print(x.grad)
x.grad = None
y = torch.log(x)
w = y * 0
w.sum().backward()
print(x.grad)
print(torch.is_anomaly_enabled())
torch.autograd.set_detect_anomaly(True)
print(torch.is_anomaly_enabled())
torch.autograd.set_detect_anomaly(False)
a = torch.tensor([0.0], requires_grad=True)
b = (a / a)
b.backward()
print(b, a.grad, torch.isnan(a.grad).any().item())
