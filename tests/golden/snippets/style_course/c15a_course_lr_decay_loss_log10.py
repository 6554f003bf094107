# makemore training loop: step decay of the learning rate and a log10 loss history
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(2147483647)
X = torch.randn(100, 8, generator=g)
Y = torch.randint(0, 4, (100,), generator=g)
W = torch.randn(8, 4, generator=g, requires_grad=True)
lossi, stepi = [], []
for i in range(20):
    ix = torch.randint(0, X.shape[0], (10,), generator=g)
    loss = F.cross_entropy(X[ix] @ W, Y[ix])
    W.grad = None
    loss.backward()
    lr = 0.1 if i < 10 else 0.01
    W.data += -lr * W.grad
    stepi.append(i)
    lossi.append(loss.log10().item())
    if i % 5 == 0:
        print(f"{i:7d}/{20:7d}: {loss.item():.4f}")
print(lossi[-3:])
print(torch.tensor(lossi).view(-1, 5).mean(1))
