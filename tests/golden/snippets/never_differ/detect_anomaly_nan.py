import warnings
import torch

x = torch.tensor([-1.0, 1.0], requires_grad=True)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # the forward traceback it shows names this file's path
    with torch.autograd.set_detect_anomaly(True):
        print(torch.is_anomaly_enabled())
        y = torch.sqrt(x)
        try:
            y.sum().backward()
        except RuntimeError as e:
            print("RuntimeError:", e)
print(torch.is_anomaly_enabled())
with torch.autograd.detect_anomaly(check_nan=False):
    print(torch.is_anomaly_enabled(), torch.is_anomaly_check_nan_enabled())
    torch.sqrt(x).sum().backward()
print(x.grad)
