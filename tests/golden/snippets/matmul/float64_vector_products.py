# float64 regression with one output: nn.Linear(k, 1) forward and backward, torch.mv,
# x @ w with a vector, dots of many lengths (some starting off an aligned boundary)
import torch

torch.manual_seed(3)
X = torch.randn(10, 3, dtype=torch.float64)
w_true = torch.tensor([1.5, -2.0, 0.25], dtype=torch.float64)
y = X @ w_true + 0.1 * torch.randn(10, dtype=torch.float64)
print((X @ w_true).tolist())
print(torch.mv(X, w_true).tolist())
print(torch.mv(X.t().contiguous().t(), w_true).tolist())

model = torch.nn.Linear(3, 1).double()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for step in range(5):
    opt.zero_grad()
    loss = ((model(X).squeeze(1) - y) ** 2).mean()
    loss.backward()
    opt.step()
    print(step, loss.item(), model.weight.grad.tolist(), model.bias.grad.tolist())
print(model.weight.tolist(), model.bias.tolist())
print(model(X[:1]).item(), model(X[4]).item())

a = torch.randn(40, dtype=torch.float64)
b = torch.randn(41, dtype=torch.float64)
for n in (3, 9, 10, 17, 24, 33, 40):
    print(n, torch.dot(a[:n], b[:n]).item(), torch.dot(a[:n], b[1:n + 1]).item(), (a[:n] @ b[:n]).item())
M = torch.randn(7, 13, dtype=torch.float64)
print((M @ a[:13]).tolist())
print((a[:7] @ M).tolist())
print(torch.addmv(a[:7], M, b[:13]).tolist())
