# out= with tensors that require grad is refused.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
buf = torch.empty(2)
try:
    torch.mul(x, 2, out=buf)
except RuntimeError as e:
    print(e)
with torch.no_grad():
    torch.mul(x, 2, out=buf)
print(buf, buf.requires_grad)
torch.add(torch.ones(2), 1, out=buf)
print(buf)
