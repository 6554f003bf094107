# MaxPool3d with return_indices on a small volume and its unpooling.
import torch
import torch.nn as nn

vol = torch.arange(2 * 2 * 4, dtype=torch.float32).reshape(1, 1, 2, 2, 4)
vol[0, 0, 0, 1, 1] = 100.0
out, idx = nn.MaxPool3d(2, return_indices=True)(vol)
print(out.flatten(), idx.flatten())
print(nn.MaxUnpool3d(2)(out, idx).flatten())
x = vol.clone().requires_grad_()
nn.functional.max_pool3d(x, 2).sum().backward()
print(x.grad.flatten())
