# np.where / np.clip equivalents
import numpy as np
import torch

vals = [-2.5, -0.5, 0.0, 0.7, 3.1]
a, t = np.array(vals), torch.tensor(vals)
print(np.where(a > 0, a, 0.1 * a))
print(torch.where(t > 0, t, 0.1 * t))
print(np.clip(a, -1, 1), torch.clip(t, -1, 1), t.clamp(min=0))
print(torch.where(t > 0))
print(torch.where(t > 0, t, 0.0))
print(torch.clamp(t, max=torch.tensor([0.0, 0.0, 0.0, 0.5, 1.0])))
