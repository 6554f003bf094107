# Quiz B2: anomaly detection names the backward that produced nan
import warnings
import torch

x = torch.tensor([0.0, 1.0], requires_grad=True)
with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter("always")
    with torch.autograd.detect_anomaly():
        y = torch.sqrt(x) * 0
        try:
            y.sum().backward()
        except RuntimeError as e:
            print("RuntimeError:", e)
for w in seen:
    first = str(w.message).splitlines()[0]
    print(w.category.__name__, first[:70])
print(torch.is_anomaly_enabled(), x.grad)
