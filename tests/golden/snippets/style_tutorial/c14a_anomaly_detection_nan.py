# Debugging NaNs: detect_anomaly turns a NaN produced in backward into an error naming the node,
# and warns with the forward call's traceback (only its first line kept here).
import warnings
import torch

x = torch.tensor([0.0, 1.0], requires_grad=True)
y = torch.sqrt(x) * 0 + x
y.sum().backward()
print(x.grad)
x.grad = None
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    with torch.autograd.detect_anomaly(check_nan=True):
        z = (x / x).sum()
        try:
            z.backward()
        except RuntimeError as e:
            print(str(e).splitlines()[0])
print([str(w.message).splitlines()[0] for w in caught], [w.category.__name__ for w in caught])
print(torch.is_anomaly_enabled())
print(torch.isnan(torch.tensor([0.0]) / 0), torch.nan_to_num(torch.tensor([float('nan'), float('inf'), -float('inf')])))
