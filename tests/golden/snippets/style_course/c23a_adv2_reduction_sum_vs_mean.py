# The loss reduction scales the input gradient but not its sign (FGSM does not care)
import torch
import torch.nn.functional as F

W = torch.tensor([[1.0, -1.0], [-0.5, 2.0]])
X = torch.tensor([[0.3, 0.7], [0.9, 0.1], [0.5, 0.5], [0.2, 0.2]])
Y = torch.tensor([1, 0, 0, 1])
grads = {}
for red in ("mean", "sum"):
    Xr = X.clone().requires_grad_(True)
    F.cross_entropy(Xr @ W, Y, reduction=red).backward()
    grads[red] = Xr.grad
print(torch.allclose(grads["sum"], grads["mean"] * 4))
print(torch.equal(grads["sum"].sign(), grads["mean"].sign()))
print(grads["mean"].sign())
