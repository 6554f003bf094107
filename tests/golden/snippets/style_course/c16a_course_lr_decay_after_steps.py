# A step learning-rate decay by hand in a training loop (lr 0.1, then 0.01)
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(1607)
X = torch.randn(40, 4, generator=g)
Y = (X[:, 0] > 0).long() + (X[:, 1] > 0).long()
W = torch.zeros(4, 3, requires_grad=True)
b = torch.zeros(3, requires_grad=True)
log_losses = []
for i in range(10):
    loss = F.cross_entropy(X @ W + b, Y)
    W.grad = b.grad = None
    loss.backward()
    lr = 0.1 if i < 5 else 0.01
    for param in [W, b]:
        param.data += -lr * param.grad
    log_losses.append(loss.log10().item())
print(log_losses)
print(torch.tensor(log_losses).view(-1, 5).mean(1))
