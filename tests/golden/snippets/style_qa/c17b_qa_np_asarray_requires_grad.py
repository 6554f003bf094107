# Q: np.array(t) fails for a tensor that requires grad
import numpy as np
import torch

t = torch.tensor([1.5, -0.5], requires_grad=True)
try:
    np.array(t)
except RuntimeError as e:
    print(e)
try:
    (t * 2).numpy()
except RuntimeError as e:
    print(e)
print(np.array(t.detach()), (t * 2).detach().numpy().tolist())
print(t.tolist())
