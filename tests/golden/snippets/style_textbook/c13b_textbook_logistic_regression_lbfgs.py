# Classification chapter: logistic regression fitted with L-BFGS (closure), compared with plain gradient descent.
import torch

torch.manual_seed(7)
X = torch.cat([torch.randn(20, 2) + 1.0, torch.randn(20, 2) - 1.0])
y = torch.cat([torch.ones(20), torch.zeros(20)])
w = torch.zeros(2, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
opt = torch.optim.LBFGS([w, b], lr=1.0, max_iter=20, history_size=5)

def closure():
    opt.zero_grad()
    loss = torch.nn.functional.binary_cross_entropy_with_logits(X @ w + b, y) + 0.01 * w.pow(2).sum()
    loss.backward()
    return loss

for outer in range(3):
    loss = opt.step(closure)
    print(outer, loss.item())
print(w, b)
acc = ((X @ w + b > 0).float() == y).float().mean()
print(acc)
state = opt.state[opt._params[0]]
print(state["func_evals"], state["n_iter"])
w2 = torch.zeros(2, requires_grad=True)
b2 = torch.zeros(1, requires_grad=True)
gd = torch.optim.SGD([w2, b2], lr=0.5)
for _ in range(60):
    gd.zero_grad()
    l = torch.nn.functional.binary_cross_entropy_with_logits(X @ w2 + b2, y) + 0.01 * w2.pow(2).sum()
    l.backward()
    gd.step()
print(l.item(), w2)
