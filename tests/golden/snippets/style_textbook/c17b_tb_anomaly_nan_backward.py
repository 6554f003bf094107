# Anomaly mode names the backward function that produced NaN and where it came from.
import warnings
import torch

x = torch.tensor([0.0, 4.0], requires_grad=True)
with warnings.catch_warnings(record=True) as notes:
    warnings.simplefilter('always')
    with torch.autograd.set_detect_anomaly(True):
        y = torch.sqrt(x) * 0
        try:
            y.sum().backward()
        except RuntimeError as err:
            print(err)
print(len(notes), str(notes[0].message).split('.')[0])
print('y = torch.sqrt(x) * 0' in str(notes[0].message))
print(torch.is_anomaly_enabled(), x.grad)
