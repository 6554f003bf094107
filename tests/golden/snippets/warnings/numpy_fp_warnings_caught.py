# Recording every warning while training on data with zeros: torch's own inf/nan math is quiet,
# PyTorch's UserWarnings and the learner's own numpy warnings still arrive.
import warnings
import numpy as np
import torch

x = torch.tensor([0.0, 1.0, -1.0], requires_grad=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    y = x / x.detach()
    y.register_hook(lambda g: print("log of grad", np.log(g.numpy() - 1)))
    z = torch.log(x) + torch.sqrt(x) + torch.exp(x * 1000)
    (y.sum() + z.sum()).backward()
    print(y.grad)
    ratio = np.array([0.0, 1.0]) / np.array([0.0, 0.0])
print(x.grad, ratio)
for w in caught:
    print(w.category.__name__, str(w.message)[:60])
