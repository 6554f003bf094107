# Section 6.10: the gradient of logsumexp is softmax
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
torch.logsumexp(x, dim=0).backward()
print(x.grad)
print(torch.softmax(x.detach(), 0))
print(torch.allclose(x.grad, torch.softmax(x.detach(), 0)))
y = torch.tensor([float("-inf"), float("-inf")], requires_grad=True)
out = torch.logsumexp(y, 0)
out.backward()
print(out, y.grad)
