# Lecture: anomaly detection - finding the op whose backward produced NaN.
import warnings
import torch

x = torch.tensor([0.0, 1.0, 4.0], requires_grad=True)
y = torch.sqrt(x) * 0.0
y.sum().backward()
print("silent NaN?", x.grad)
x.grad = None
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # its forward traceback names this file's path
    with torch.autograd.detect_anomaly():
        y = torch.sqrt(x)
        z = (y * 0.0).sum()
        try:
            z.backward()
        except RuntimeError as e:
            print("RuntimeError:", e)
print(torch.is_anomaly_enabled())
torch.autograd.set_detect_anomaly(True)
print(torch.is_anomaly_enabled(), torch.is_anomaly_check_nan_enabled())
torch.autograd.set_detect_anomaly(False)
a = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.autograd.set_detect_anomaly(True, check_nan=False):
    (a.log() * 0).sum().backward()
print(a.grad)
