# nan_to_num in the forward pass does not clean NaN gradients from upstream.
import torch

x = torch.tensor([-1.0, 4.0], requires_grad=True)
y = torch.sqrt(x).nan_to_num(0.0)
print(y)
y.sum().backward()
print(x.grad)
z = torch.tensor([float("nan"), 1.0, float("inf")], requires_grad=True)
out = z.nan_to_num(nan=0.0, posinf=5.0)
out.sum().backward()
print(out, z.grad)
