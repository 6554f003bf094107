# comparing numpy and torch results with np.allclose and torch.allclose
import numpy as np
import torch

x = np.linspace(-2, 2, 5)
np_sig = 1 / (1 + np.exp(-x))
t_sig = torch.sigmoid(torch.from_numpy(x))
print(np.allclose(np_sig, t_sig))
print(torch.allclose(torch.from_numpy(np_sig), t_sig))
t32 = torch.sigmoid(torch.from_numpy(x).float())
try:
    torch.allclose(t32, t_sig)
except RuntimeError as e:
    print(e)
print(torch.allclose(t32.double(), t_sig, atol=1e-6))
print(np.abs(np_sig - t32.numpy()).max() < 1e-6)
