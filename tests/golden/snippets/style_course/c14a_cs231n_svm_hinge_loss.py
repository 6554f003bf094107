# cs231n multiclass SVM: vectorised hinge loss with margins, the correct-class column zeroed, gradient by autograd.
import torch

torch.manual_seed(1453)
N, D, C = 6, 5, 4
X = torch.randn(N, D, dtype=torch.float64)
y = torch.tensor([0, 3, 1, 1, 2, 0])
W = (torch.randn(D, C, dtype=torch.float64) * 0.01).requires_grad_()
reg = 0.1
scores = X @ W
correct = scores[torch.arange(N), y].unsqueeze(1)
margins = torch.clamp(scores - correct + 1, min=0)
margins[torch.arange(N), y] = 0
loss = margins.sum() / N + reg * torch.sum(W * W)
loss.backward()
print('loss: %f' % loss.item(), loss.item())
print(margins)
mask = (margins > 0).double()
mask[torch.arange(N), y] = -mask.sum(1)
dW = X.T @ mask / N + 2 * reg * W.detach()
print(torch.allclose(dW, W.grad), W.grad[:, 0])
print((scores.argmax(1) == y).double().mean().item())
