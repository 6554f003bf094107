# Q: the in-place error's hint reads differently once anomaly detection is on
import warnings
import torch

leaf = torch.tensor([0.5, -0.5], requires_grad=True)
with warnings.catch_warnings(record=True):
    warnings.simplefilter('ignore')
    with torch.autograd.detect_anomaly():
        act = torch.exp(leaf)
        act.div_(3)
        try:
            act.mean().backward()
        except RuntimeError as problem:
            print(problem)
