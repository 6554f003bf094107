# HW: forward pass in torch, checked against a numpy reference implementation
import numpy as np
import torch

rng = np.random.default_rng(0)
W1, b1 = rng.standard_normal((3, 4)), rng.standard_normal(4)
x = rng.standard_normal((2, 3))
ref = np.maximum(x @ W1 + b1, 0)

out = torch.relu(torch.from_numpy(x) @ torch.from_numpy(W1) + torch.from_numpy(b1))
print(out.dtype)
torch.testing.assert_close(out, torch.from_numpy(ref))
print("matches numpy: PASS")
try:
    torch.testing.assert_close(out.float(), torch.from_numpy(ref))
except AssertionError as e:
    print(e)
