# NLP chapter: GloVe's weighted squared loss on a tiny co-occurrence matrix.
import torch

torch.manual_seed(0)
X = torch.tensor([[0.0, 3.0, 1.0], [3.0, 0.0, 10.0], [1.0, 10.0, 0.0]])
def h(x, c=5.0, alpha=0.75):
    return torch.where(x < c, (x / c) ** alpha, torch.ones_like(x))
print(h(X))
W = torch.randn(3, 2, requires_grad=True)
Wc = torch.randn(3, 2, requires_grad=True)
b = torch.zeros(3, requires_grad=True)
bc = torch.zeros(3, requires_grad=True)
mask = X > 0
logX = torch.log(X.clamp(min=1e-12))
opt = torch.optim.Adagrad([W, Wc, b, bc], lr=0.1)
for step in range(5):
    opt.zero_grad()
    diff = W @ Wc.T + b[:, None] + bc[None, :] - logX
    loss = (h(X) * diff ** 2)[mask].sum()
    loss.backward()
    opt.step()
    print(step, loss.item())
