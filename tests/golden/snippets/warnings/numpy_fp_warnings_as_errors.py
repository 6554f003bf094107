# Turning warnings into errors (as `python -W error` or a strict test setup does): torch ops
# that make inf and nan run as before; the learner's own numpy division raises.
import warnings
import numpy as np
import torch

warnings.simplefilter("error")
w = torch.tensor([0.0, 2.0], requires_grad=True)
loss = (torch.log(w) * w / w.detach()).sum()
loss.backward()
print(loss, w.grad)
print(torch.tensor([1.0, 0.0, -1.0]) / 0, torch.tensor([0.0]).pow(-1))
try:
    np.array([1.0]) / 0
except RuntimeWarning as e:
    print("RuntimeWarning:", e)
