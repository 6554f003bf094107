# Quiz: detect_anomaly catches a NaN produced in backward. Which function is named?
import warnings
import torch

t = torch.tensor([0.0, 4.0], requires_grad=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    with torch.autograd.detect_anomaly():
        r = torch.sqrt(t)
        masked = r * torch.tensor([0.0, 1.0])
        try:
            masked.sum().backward()
        except RuntimeError as e:
            print(type(e).__name__, e)
print([str(w.message).splitlines()[0][:40] for w in caught])
print(t.grad)
print(torch.is_anomaly_enabled())
