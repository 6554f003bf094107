# scipy.special.logsumexp habit: torch.logsumexp needs a dim
import numpy as np
import torch

x = np.array([[0.0, 1.0, 2.0], [10.0, 10.0, -5.0]])
m = x.max(axis=1, keepdims=True)
np_lse = (m + np.log(np.exp(x - m).sum(axis=1, keepdims=True))).squeeze(1)
t_lse = torch.logsumexp(torch.from_numpy(x), dim=1)
print(np_lse, t_lse)
print(np.allclose(np_lse, t_lse.numpy()))
try:
    torch.logsumexp(torch.from_numpy(x))
except TypeError as e:
    print("TypeError")
print(torch.logsumexp(torch.from_numpy(x), dim=(0, 1)))
