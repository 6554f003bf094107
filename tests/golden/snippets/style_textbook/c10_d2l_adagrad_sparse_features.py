# Adagrad's per-coordinate learning rates on data where one feature is rarely non-zero.
import torch

torch.manual_seed(20)
n = 100
X = torch.randn(n, 3)
X[:, 2] = (torch.rand(n) < 0.05).float() * 3
w_true = torch.tensor([1.0, -2.0, 3.0])
y = X @ w_true
for name, make in [("sgd", lambda p: torch.optim.SGD(p, lr=0.05)),
                   ("adagrad", lambda p: torch.optim.Adagrad(p, lr=0.5)),
                   ("adagrad-decay", lambda p: torch.optim.Adagrad(p, lr=0.5, lr_decay=0.01, initial_accumulator_value=0.1))]:
    w = torch.zeros(3, requires_grad=True)
    opt = make([w])
    for epoch in range(20):
        for i in range(0, n, 10):
            opt.zero_grad()
            loss = ((X[i:i + 10] @ w - y[i:i + 10]) ** 2).mean()
            loss.backward()
            opt.step()
    print(f"{name:14s} w={w.detach()} loss={((X @ w - y) ** 2).mean().item():.6f}")
    if name.startswith("adagrad"):
        print(opt.state[w]["sum"], opt.state[w]["step"])
print((X[:, 2] != 0).sum())
