import warnings
import torch

# Exam B2-8. Which backward node produced the NaN? Use anomaly mode to find out.
p = torch.tensor([-1.0, 2.0], requires_grad=True)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    with torch.autograd.set_detect_anomaly(True):
        out = torch.log(p).nan_to_num(0.0).sum()
        try:
            out.backward()
        except RuntimeError as err:
            print(str(err).split("'")[1])
print("grad:", p.grad)
