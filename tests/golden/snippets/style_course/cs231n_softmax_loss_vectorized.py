# Vectorised softmax loss and gradient by hand versus autograd.
import torch

torch.manual_seed(6)
X = torch.randn(5, 4, dtype=torch.float64)
y = torch.tensor([0, 2, 1, 2, 0])
W = (0.001 * torch.randn(4, 3, dtype=torch.float64)).requires_grad_()
scores = X @ W
scores = scores - scores.max(dim=1, keepdim=True).values
probs = scores.exp() / scores.exp().sum(dim=1, keepdim=True)
loss = -probs[torch.arange(5), y].log().mean() + 0.5 * (W * W).sum()
loss.backward()
dscores = probs.detach().clone()
dscores[torch.arange(5), y] -= 1
dW = X.T @ dscores / 5 + W.detach()
print(loss.item())
print((dW - W.grad).abs().max().item() < 1e-12)
print(W.grad)
